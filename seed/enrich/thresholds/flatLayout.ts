// The flattened layout (EU Annex I): paragraph labels, Notes, Technical Notes and N.B.s run together in one text.
import { blockSegments, type Block } from './blocks.js';
import { clauses } from './clauses.js';
import { LEAD_BOUND, type PlacementInput, type Segment } from './placementRules.js';

const FLAT_MARKER = /(?:^|(?<=[\s.;:]))(?:(Technical)\s+)?(Notes?|N\.\s?B\.)\s*\d*\s*\.?\s*:?\s*/g;
// A paragraph label: "a. " or "1. " at the start, after "; ", ": ", ". " or after "and"/"or".
const FLAT_LABEL = /(?:^|(?<=[;:.]\s{1,3})|(?<=\b(?:and|or)\s{1,3}))([a-z]|\d{1,2})\.\s+(?=\S)/g;

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
 * The flattened EU text: labels "a." "1." "a." give the paragraph path in order; a Note or Technical Note runs
 * over its own list when its first sentence introduces one (ends with ':'), else to its first full stop; an
 * N.B. runs to its first full stop. The EU source gives no part records, so `part` is the path read from the labels.
 */
export function flatSegments(entry: PlacementInput): Segment[] {
  const text = entry.text;
  const out: Segment[] = [];
  const items: Level[] = [];
  const base = { source: 'ITEM_TEXT' as const, regime: null, reason: null };
  const pathOf = (stack: Level[]) => (stack.length === 0 ? null : `${entry.code}.${stack.map((l) => l.label).join('.')}`);
  const labels = [...text.matchAll(FLAT_LABEL)].map((m) => ({ at: m.index, end: m.index + m[0].length, label: m[1]! }));
  const markers = [...text.matchAll(FLAT_MARKER)].filter((m) => m[0].trim() !== '').map((m) => ({ at: m.index, end: m.index + m[0].length, technical: m[1] !== undefined, nb: /^N\./.test(m[2]!) }));

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
    const body = text.slice(marker.end, end);
    const kind: Block['kind'] = marker.nb ? 'NB' : marker.technical ? 'TECHNICAL' : 'NOTE';
    out.push(...blockSegments({ kind, part: null, lines: [body] }, entry.code, []).map((s) => ({ ...s, part: s.part })));
    at = end;
  }
  flushItem(text.length);
  // EU 1C116.a: "Having an ultimate tensile strength, measured at 293 K (20 °C), equal to or greater than: 1. 0,9 GPa …"
  const ownText = new Map<string, string>();
  for (const s of out) if (s.rule === 'ITEM_PARAGRAPH' && s.part !== null && !ownText.has(s.part)) ownText.set(s.part, s.text.trim());
  return out.flatMap((s) => {
    if (s.rule !== 'ITEM_PARAGRAPH') return [s];
    const parent = s.part !== null && s.part.split('.').length > 2 ? s.part.slice(0, s.part.lastIndexOf('.')) : null;
    const bound = parent === null ? null : LEAD_BOUND.exec(ownText.get(parent) ?? '')?.[1];
    if (bound) return [{ ...s, text: `${bound} ${s.text.trim()}`, lead: bound.length + 1, rule: 'LEAD_BOUND' as const }];
    return clauses(s, entry.code, []);
  });
}

function noteEnd(text: string, from: number, limit: number, labels: { at: number; end: number; label: string }[], nb: boolean): number {
  const sentence = /\.(?=\s+(?:[A-Z"“]|[a-z0-9]{1,2}\.\s)|\s*$)/g;
  sentence.lastIndex = from;
  const stop = sentence.exec(text);
  const sentenceEnd = stop === null || stop.index >= limit ? limit : stop.index + 1;
  const own = labels.filter((l) => l.at >= from && l.at < limit);
  if (nb || own.length === 0 || own[0]!.at > sentenceEnd) return sentenceEnd;
  // The note introduces a list: it runs while the labels continue the note's own levels.
  const stack: Level[] = [];
  for (const l of own) {
    const depth = place(stack, l.label);
    if (depth === null) return l.at;
    stack.length = depth;
    stack.push({ letter: isLetter(l.label), label: l.label });
  }
  return limit;
}
