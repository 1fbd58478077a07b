// Search: a code typed as a query ("9a012", "1C350.b", "m19a2") finds that entry first; then the full-text
// index over code, title and text ranks the rest. Each hit carries a snippet of the words that matched.
import type { Executor } from '../db/executor.js';
import { badInput } from '../errors.js';
import { entriesByCodes, searchIndex, type FullEntry } from '../repositories/entries.js';
import { assertListExists } from './lists.js';

export const MAX_SEARCH_RESULTS = 100;
const MAX_QUERY_LENGTH = 200;
const SNIPPET_RADIUS = 90;

export interface SearchHit {
  entry: FullEntry;
  score: number;
  /** CODE: the query is the entry's code. TEXT: the full-text index matched. */
  matchedBy: 'CODE' | 'TEXT';
  snippet: string;
}

/** Codes as the lists write them: ECCN style `1C350.b.1`, MTCR `M19A2`, NSG `N2C13`, `T5.1`. */
export function codeCandidates(query: string): string[] {
  const q = query.trim();
  const eccn = /^(\d)([a-e])(\d{3})((?:\.[a-z0-9]+)*)\.?$/i.exec(q);
  if (eccn) return [`${eccn[1]}${eccn[2]!.toUpperCase()}${eccn[3]}${eccn[4]!.toLowerCase()}`];
  const regimeItem = /^([mnt])(\d+)([a-e]?)(\d*)([a-z0-9.]*)$/i.exec(q);
  if (regimeItem) {
    const [, prefix, item, group, number, rest] = regimeItem as unknown as string[];
    return [`${prefix!.toUpperCase()}${item}${group!.toUpperCase()}${number}${rest!.toLowerCase()}`];
  }
  return [];
}

/** Lucene syntax is not offered: every special character is escaped, so any text is a valid query. */
export function toLucene(query: string): string {
  return query
    .trim()
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
}

export function snippetOf(entry: FullEntry, query: string): string {
  const terms = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((t) => t.length >= 2);
  for (const field of [entry.title, entry.text]) {
    const lower = field.toLowerCase();
    const at = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
    if (at !== undefined) {
      const start = Math.max(0, at - SNIPPET_RADIUS);
      const end = Math.min(field.length, at + SNIPPET_RADIUS);
      return `${start > 0 ? '…' : ''}${field.slice(start, end).trim()}${end < field.length ? '…' : ''}`;
    }
  }
  return entry.title.length > 2 * SNIPPET_RADIUS ? `${entry.title.slice(0, 2 * SNIPPET_RADIUS)}…` : entry.title;
}

export async function search(executor: Executor, text: string, list: string | null | undefined, first: number | null | undefined): Promise<SearchHit[]> {
  const query = text.trim();
  if (query.length === 0) throw badInput('text', 'must not be empty');
  if (query.length > MAX_QUERY_LENGTH) throw badInput('text', `must be at most ${MAX_QUERY_LENGTH} characters`);
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_RESULTS) throw badInput('first', `must be from 1 to ${MAX_SEARCH_RESULTS} (got ${limit})`);
  await assertListExists(executor, list ?? null);

  const codes = codeCandidates(query);
  const exact = codes.length > 0 ? await entriesByCodes(executor, codes, list ?? null) : [];
  const ranked = await searchIndex(executor, toLucene(query), list ?? null, limit);
  const seen = new Set(exact.map((e) => e.id));
  const topScore = ranked[0]?.score ?? 1;
  const hits: SearchHit[] = [
    ...exact.map((entry) => ({ entry, score: topScore + 1, matchedBy: 'CODE' as const, snippet: snippetOf(entry, query) })),
    ...ranked.filter((r) => !seen.has(r.entry.id)).map((r) => ({ ...r, matchedBy: 'TEXT' as const, snippet: snippetOf(r.entry, query) })),
  ];
  return hits.slice(0, limit);
}

/** The GraphQL SearchHit's parent (a distinct name for the code generator). */
export type SearchHitModel = SearchHit;
