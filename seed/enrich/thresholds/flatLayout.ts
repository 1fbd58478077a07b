// The flattened layout (EU Annex I): paragraph labels, Notes, Technical Notes and N.B.s run together in one text.
import { blockSegments, type Block } from './blocks.js';
import { clauses } from './clauses.js';
import { LEAD_BOUND, type PlacementInput, type PlacementPart, type Segment } from './placementRules.js';

// A note's number is not the start of a code it names ("Note 9E003.c does not control …").
const FLAT_MARKER = /(?:^|(?<=[\s.;:]))(?:(Technical)\s+)?(Notes?|N\.\s?B\.)(?:\s*\d+(?![A-Za-z\d]))?\s*\.?\s*:?\s*/g;
// A paragraph label: "a. " or "1. " at the start, after "; ", ": ", ". " or after "and"/"or".
const FLAT_LABEL = /(?:^|(?<=[;:.]\s{1,3})|(?<=\b(?:and|or)\s{1,3}))([a-z]|\d{1,2})\.\s+(?=\S)/g;

interface Marker {
  at: number;
  end: number;
  technical: boolean;
  nb: boolean;
}
const markersIn = (text: string): Marker[] =>
  [...text.matchAll(FLAT_MARKER)].filter((m) => m[0].trim() !== '').map((m) => ({ at: m.index, end: m.index + m[0].length, technical: m[1] !== undefined, nb: /^N\./.test(m[2]!) }));
const kindOf = (marker: Marker): Block['kind'] => (marker.nb ? 'NB' : marker.technical ? 'TECHNICAL' : 'NOTE');

interface Level {
  letter: boolean;
  label: string;
}
const isLetter = (label: string) => /^[a-z]$/.test(label);
const successor = (a: string, b: string) =>
  isLetter(a) && isLetter(b) ? b.charCodeAt(0) === a.charCodeAt(0) + 1 : !isLetter(a) && !isLetter(b) && Number(b) === Number(a) + 1;
const first = (label: string) => label === 'a' || label === '1';

/** Where `label` goes in a stack of levels: the depth it takes, or null when it continues no level. */
function place(stack: Level[], label: string): number | null {
  for (let d = stack.length - 1; d >= 0; d--) if (successor(stack[d]!.label, label)) return d;
  if (first(label) && (stack.length === 0 || stack[stack.length - 1]!.letter !== isLetter(label))) return stack.length;
  return null;
}

/**
 * The flattened EU text, read along the parts the import found in it (seed/sources/euParts.ts, decision 0007): each
 * part's own words run from its label to the next part's label; a Note or Technical Note in them runs to the next
 * note or to that label (the walk that found the parts already told a note's own list from the entry's items), an N.B.
 * to its first full stop. Words before the first part are the heading's and its notes'. An entry with no parts (its
 * labels did not run in order, or it has none) is read by its labels alone, and none of its numbers gets a paragraph:
 * a path the import could not confirm is not one to cite (EU 2B201's Technical Note runs "a." to "f." before the
 * entry's own "a.").
 */
export function flatSegments(entry: PlacementInput, parts: PlacementPart[]): Segment[] {
  const spans = partSpans(entry.text, parts);
  if (spans === null) return labelSegments(entry).map((s) => ({ ...s, part: null }));
  const text = entry.text;
  const out: Segment[] = [];
  const base = { source: 'ITEM_TEXT' as const, regime: null, reason: null };
  const markers = markersIn(text);
  const ownText = new Map<string, string>();
  for (const span of spans) {
    let at = span.start;
    const inSpan = markers.filter((m) => m.at >= span.start && m.at < span.end);
    for (let mi = 0; mi < inSpan.length; mi++) {
      const marker = inSpan[mi]!;
      if (marker.at < at) continue;
      if (marker.at > at) out.push({ ...base, text: text.slice(at, marker.at), part: span.part, role: 'CONTROL', rule: 'ITEM_PARAGRAPH' });
      const limit = inSpan[mi + 1]?.at ?? span.end;
      const end = marker.nb ? sentenceEnd(text, marker.end, limit) : limit;
      // A note that names no paragraph ("2B201.c does not control …") is not given one: in the flattened text a note
      // after a paragraph may be that paragraph's or the entry's.
      out.push(...blockSegments({ kind: kindOf(marker), part: null, lines: [text.slice(marker.end, end)] }, entry.code, parts));
      at = end;
    }
    if (span.end > at) out.push({ ...base, text: text.slice(at, span.end), part: span.part, role: 'CONTROL', rule: 'ITEM_PARAGRAPH' });
    if (span.part !== null) ownText.set(span.part, out.filter((s) => s.part === span.part && s.rule === 'ITEM_PARAGRAPH').map((s) => s.text).join(' ').trim());
  }
  return withLeads(out, entry.code, parts, ownText);
}

/**
 * Where each part's own words stand in the text: from its label's text to the next part's, in text order, with the
 * words before the first part as a span of no part. Null when there are no parts, or one cannot be found in the text.
 */
function partSpans(text: string, parts: PlacementPart[]): Array<{ part: string | null; start: number; end: number }> | null {
  if (parts.length === 0) return null;
  const found: Array<{ part: string; start: number }> = [];
  let from = 0;
  for (const part of parts) {
    const body = part.text.trim();
    const at = body === '' ? -1 : text.indexOf(body, from);
    if (at === -1) return null;
    found.push({ part: part.code, start: at });
    from = at;
  }
  found.sort((a, b) => a.start - b.start);
  // A span ends where the next part's label ("1. ", "b. ") begins: the label is no one's words.
  const labelAt = (start: number) => start - (/(?:[a-z]|\d{1,2})\.\s+$/.exec(text.slice(Math.max(0, start - 6), start))?.[0].length ?? 0);
  const spans: Array<{ part: string | null; start: number; end: number }> = [];
  if (labelAt(found[0]!.start) > 0) spans.push({ part: null, start: 0, end: labelAt(found[0]!.start) });
  found.forEach((f, i) => spans.push({ part: f.part, start: f.start, end: found[i + 1] === undefined ? text.length : labelAt(found[i + 1]!.start) }));
  return spans;
}

/** A sub-paragraph's bare values take its parent's lead bound (EU 1C116.a "… equal to or greater than: 1. 0,9 GPa …"). */
function withLeads(out: Segment[], code: string, parts: PlacementPart[], ownText: Map<string, string>): Segment[] {
  return out.flatMap((s) => {
    if (s.rule !== 'ITEM_PARAGRAPH') return [s];
    const parent = s.part !== null && s.part.split('.').length > 2 ? s.part.slice(0, s.part.lastIndexOf('.')) : null;
    const bound = parent === null ? null : LEAD_BOUND.exec(ownText.get(parent) ?? '')?.[1];
    if (bound) return [{ ...s, text: `${bound} ${s.text.trim()}`, lead: bound.length + 1, rule: 'LEAD_BOUND' as const }];
    return clauses(s, code, parts);
  });
}

function sentenceEnd(text: string, from: number, limit: number): number {
  const sentence = /\.(?=\s+(?:[A-Z"“]|[a-z0-9]{1,2}\.\s)|\s*$)/g;
  sentence.lastIndex = from;
  const stop = sentence.exec(text);
  return stop === null || stop.index >= limit ? limit : stop.index + 1;
}

/**
 * An entry without parts, read by its labels: a Note or Technical Note runs over its own list when its first sentence
 * introduces one (ends with ':'), else to its first full stop; an N.B. runs to its first full stop. The paths it reads
 * only separate the paragraphs' words (a lead bound is its parent's); they are not given as paragraphs.
 */
function labelSegments(entry: PlacementInput): Segment[] {
  const text = entry.text;
  const out: Segment[] = [];
  const items: Level[] = [];
  const base = { source: 'ITEM_TEXT' as const, regime: null, reason: null };
  const pathOf = (stack: Level[]) => (stack.length === 0 ? null : `${entry.code}.${stack.map((l) => l.label).join('.')}`);
  const labels = [...text.matchAll(FLAT_LABEL)].map((m) => ({ at: m.index, end: m.index + m[0].length, label: m[1]! }));
  const markers = markersIn(text);

  let at = 0;
  let li = 0;
  const flushItem = (upTo: number) => {
    while (at < upTo) {
      while (li < labels.length && labels[li]!.at < at) li++;
      const next = labels[li];
      const end = next !== undefined && next.at < upTo ? next.at : upTo;
      if (end > at) out.push({ ...base, text: text.slice(at, end), part: pathOf(items), role: 'CONTROL', rule: 'ITEM_PARAGRAPH' });
      if (next === undefined || next.at >= upTo) {
        at = upTo;
        break;
      }
      const depth = place(items, next.label);
      if (depth !== null) {
        items.length = depth;
        items.push({ letter: isLetter(next.label), label: next.label });
      }
      at = next.end;
      li++;
    }
  };
  for (let mi = 0; mi < markers.length; mi++) {
    const marker = markers[mi]!;
    if (marker.at < at) continue;
    flushItem(marker.at);
    const limit = markers[mi + 1]?.at ?? text.length;
    const end = noteEnd(text, marker.end, limit, labels, marker.nb);
    out.push(...blockSegments({ kind: kindOf(marker), part: null, lines: [text.slice(marker.end, end)] }, entry.code, []));
    at = end;
  }
  flushItem(text.length);
  const ownText = new Map<string, string>();
  for (const s of out) if (s.rule === 'ITEM_PARAGRAPH' && s.part !== null && !ownText.has(s.part)) ownText.set(s.part, s.text.trim());
  return withLeads(out, entry.code, [], ownText);
}

function noteEnd(text: string, from: number, limit: number, labels: { at: number; end: number; label: string }[], nb: boolean): number {
  const firstSentenceEnd = sentenceEnd(text, from, limit);
  const own = labels.filter((l) => l.at >= from && l.at < limit);
  if (nb || own.length === 0 || own[0]!.at > firstSentenceEnd) return firstSentenceEnd;
  // The note introduces a list: it runs while the labels continue the note's own levels. A list whose items end in ";"
  // has ended at a full stop: EU 2B001 "Note 2: 2B001.c does not control grinding machine as follows: a. …; b. …;
  // c. Surface grinders. d. Electrical discharge machines (EDM) …" — the "d." is the entry's.
  const stack: Level[] = [];
  let semicolons = false;
  for (const l of own) {
    const before = text.slice(from, l.at);
    if (semicolons && /\.\s*$/.test(before)) return l.at;
    if (/;\s*(?:(?:or|and)\s*)?$/.test(before)) semicolons = true;
    const depth = place(stack, l.label);
    if (depth === null) return l.at;
    stack.length = depth;
    stack.push({ letter: isLetter(l.label), label: l.label });
  }
  return limit;
}
