// Search, in four tiers: the query as a list code in any case (9a012 → 9A012); the query in a regime's own
// numbering (Wassenaar 1.A.2 → 1A002, MTCR 19.A.3 → M19A3); every word in an entry's title; the words anywhere
// (the full-text index over code, title and text). Each hit says how the query was read and carries a snippet.
import type { Graph } from '../repositories/graph.js';
import { readCode, type CodeReading, type Notation, type NotationRegime } from '../domain/notation.js';
import { badInput } from '../errors.js';
import { entriesByCodes, searchIndex, type FullEntry } from '../repositories/entries.js';
import { assertListExists } from './lists.js';

export const MAX_SEARCH_RESULTS = 100;
const MAX_QUERY_LENGTH = 200;
const SNIPPET_RADIUS = 90;

export type SearchMatch = 'CODE' | 'NATIVE_NOTATION' | 'TITLE' | 'TEXT';

/** The tiers, best first; a hit's score is its tier plus, for words, a relevance below 1. */
const TIER: Record<SearchMatch, number> = { CODE: 3, NATIVE_NOTATION: 2, TITLE: 1, TEXT: 0 };

export interface SearchInterpretation {
  description: string;
  notation: Notation | null;
  regime: NotationRegime | null;
  code: string | null;
}

export interface SearchHit {
  entry: FullEntry;
  score: number;
  matchedBy: SearchMatch;
  interpretation: SearchInterpretation;
  snippet: string;
}

/**
 * Lucene syntax is not offered: each word of the query becomes a quoted phrase, so any text is a valid query
 * and a word the analyzer splits (1.A.2, 9A610.u) must match as written, its pieces adjacent and in order.
 * Words the analyzer drops entirely (lone punctuation) drop out.
 */
const phrases = (query: string): string[] =>
  query
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => `"${w.replace(/["\\]/g, (c) => `\\${c}`)}"`);

/** Any word, anywhere (code, title or text). */
export function toLucene(query: string): string {
  return phrases(query).join(' ');
}

/** Every word required in the title field: `title:(+"gas" +"centrifuge")`. */
export function toTitleLucene(query: string): string {
  return `title:(${phrases(query).map((p) => `+${p}`).join(' ')})`;
}

/** The words around the passage of the title or text where most of the query's words occur (the title wins ties). */
export function snippetOf(entry: FullEntry, query: string): string {
  const terms = [
    ...new Set(
      query
        .toLowerCase()
        .split(/[^\p{L}\p{N}.]+/u)
        .filter((t) => t.length >= 2),
    ),
  ];
  let best: { field: string; at: number; count: number } | null = null;
  for (const field of [entry.title, entry.text]) {
    const lower = field.toLowerCase();
    for (const term of terms) {
      for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
        const window = lower.slice(Math.max(0, at - SNIPPET_RADIUS), at + SNIPPET_RADIUS);
        const count = terms.filter((t) => window.includes(t)).length;
        if (best === null || count > best.count) best = { field, at, count };
      }
    }
  }
  if (best !== null) {
    const { field, at } = best;
    const start = Math.max(0, at - SNIPPET_RADIUS);
    const end = Math.min(field.length, at + SNIPPET_RADIUS);
    return `${start > 0 ? '…' : ''}${field.slice(start, end).trim()}${end < field.length ? '…' : ''}`;
  }
  return entry.title.length > 2 * SNIPPET_RADIUS ? `${entry.title.slice(0, 2 * SNIPPET_RADIUS)}…` : entry.title;
}

/** The query, checked: bad input is named with what is allowed. */
export function searchQuery(text: string): string {
  const query = text.trim();
  if (query.length === 0) throw badInput('text', 'must not be empty');
  if (query.length > MAX_QUERY_LENGTH) throw badInput('text', `must be at most ${MAX_QUERY_LENGTH} characters (got ${query.length})`);
  if (!/[\p{L}\p{N}]/u.test(query)) throw badInput('text', 'must contain a letter or a digit: words, or a code such as 9A012, 1.A.2 or M19A2');
  return query;
}

const codeInterpretation = (r: CodeReading): SearchInterpretation => ({ description: r.description, notation: r.notation, regime: r.regime, code: r.code });

/** Hits whose code is a reading of the query, in the readings' order (ambiguous readings are all kept, none preferred). */
function codeHits(readings: CodeReading[], found: FullEntry[], query: string): SearchHit[] {
  return readings.flatMap((reading) => {
    const matchedBy: SearchMatch = reading.notation === 'LIST_CODE' ? 'CODE' : 'NATIVE_NOTATION';
    return found
      .filter((entry) => entry.code === reading.code)
      .map((entry) => ({ entry, score: TIER[matchedBy], matchedBy, interpretation: codeInterpretation(reading), snippet: snippetOf(entry, query) }));
  });
}

export async function search(graph: Graph, text: string, list: string | null | undefined, first: number | null | undefined): Promise<SearchHit[]> {
  const query = searchQuery(text);
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_RESULTS) throw badInput('first', `must be from 1 to ${MAX_SEARCH_RESULTS} (got ${limit})`);
  await assertListExists(graph, list ?? null);

  const readings = readCode(query);
  const found = readings.length > 0 ? await entriesByCodes(graph, [...new Set(readings.map((r) => r.code))], list ?? null) : [];
  const words = await searchIndex(graph, { lucene: toLucene(query), titleLucene: toTitleLucene(query), list: list ?? null, limit });

  const hits = codeHits(readings, found, query);
  const seen = new Set(hits.map((h) => h.entry.id));
  const titleFirst = [...words.filter((w) => w.inTitle), ...words.filter((w) => !w.inTitle)];
  for (const { entry, score, inTitle } of titleFirst) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    const matchedBy: SearchMatch = inTitle ? 'TITLE' : 'TEXT';
    hits.push({
      entry,
      // Lucene's score (unbounded, positive) mapped below 1, so a tier never overtakes the one above it.
      score: TIER[matchedBy] + score / (1 + score),
      matchedBy,
      interpretation: {
        description: inTitle ? 'every word of the query in the title' : 'words of the query in the code, title or text',
        notation: null,
        regime: null,
        code: null,
      },
      snippet: snippetOf(entry, query),
    });
  }
  // Stable: hits of equal score (the readings of a shared notation) keep the readings' order.
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** The GraphQL SearchHit's parent (a distinct name for the code generator). */
export type SearchHitModel = SearchHit;
