// An entry's thresholds, each placed in its paragraph with its role (control, exclusion, note), the reason row it
// came from and the clause that shows it. The reading of numbers and the placement rules are in thresholds/.
import { z } from 'zod';
import { clauses } from './thresholds/clauses.js';
import { extractThresholds } from './thresholds/extract.js';
import { flatSegments } from './thresholds/flatLayout.js';
import { usesDecimalComma } from './thresholds/numbers.js';
import {
  PLACEMENT_RULES,
  ThresholdRole,
  ThresholdSource,
  type PlacementInput,
  type PlacementPart,
  type PlacementReason,
  type PlacementRule,
  type Segment,
} from './thresholds/placementRules.js';
import { reasonSegments } from './thresholds/reasonRows.js';
import { ThresholdRecord, type ExtractOptions } from './thresholds/record.js';
import { baseOf, toBase } from './thresholds/scales.js';
import { usSegments } from './thresholds/usLayout.js';

/** The longest clause a threshold quotes. */
const CLAUSE_LENGTH = 400;

export const PlacedThreshold = ThresholdRecord.extend({
  /** The paragraph the number sits in (`2B001.a`), or null for the entry as a whole (heading, entry-wide notes, rows). */
  part: z.string().min(1).nullable(),
  role: ThresholdRole,
  source: ThresholdSource,
  /** For REASON_ROW: the regime of the row's reason (MT -> MTCR); null for item text and for US-only reasons. */
  regime: z.string().nullable(),
  /** For REASON_ROW: the reason and column, "MT Column 1". */
  reason: z.string().nullable(),
  /** The clause the number sits in: the evidence for part and role. */
  clause: z.string().min(1).max(CLAUSE_LENGTH),
  rule: z.enum(Object.keys(PLACEMENT_RULES) as [PlacementRule, ...PlacementRule[]]),
  /** The value on the unit's base scale (m, kg, s, Pa …) when the unit converts exactly, else null. */
  baseUnit: z.string().nullable(),
  baseValue: z.number().nullable(),
  baseValueMax: z.number().nullable(),
});
export type PlacedThreshold = z.infer<typeof PlacedThreshold>;

export interface PlaceOptions extends ExtractOptions {
  /** US CCL text: License Requirements, Related Controls and one labelled paragraph a line. Else the flattened EU text. */
  layout: 'US_CCL' | 'FLAT';
}

/** Every threshold of an entry, each placed in its paragraph with its role, source and evidence. */
export function placeThresholds(entry: PlacementInput, parts: PlacementPart[], reasons: PlacementReason[], options: PlaceOptions): PlacedThreshold[] {
  const decimalComma = options.decimalComma ?? usesDecimalComma(`${entry.title}\n${entry.text}`);
  const segments: Segment[] = [
    ...clauses({ text: entry.title, part: null, role: 'CONTROL', rule: 'HEADING', source: 'ITEM_TEXT', regime: null, reason: null }, entry.code, parts),
    ...(options.layout === 'US_CCL' ? usSegments(entry, parts) : flatSegments(entry, parts)),
    ...reasons.flatMap((r) => reasonSegments(r, entry.code, parts)),
  ];
  const out: PlacedThreshold[] = [];
  const seen = new Set<string>();
  for (const segment of segments) {
    for (const read of extractThresholds(segment.text, { decimalComma })) {
      // A number of the lead itself ("measured at 20 °C") is the parent paragraph's, read there.
      if (segment.lead !== undefined && segment.text.indexOf(read.phrase) + read.phrase.length <= segment.lead) continue;
      // A measurement condition, or a travel length saying which machines a bound is for, bounds nothing: neither the
      // control nor an exclusion (5A101 Note "… not more than 200 microvolts per meter at a distance of 500 meters").
      const condition = segment.role !== 'NOTE' && (read.condition === true || read.parameter === 'travel length');
      const lead = !condition && segment.atLeast === true && read.comparator === '=' && segment.role === 'CONTROL';
      const { condition: _, ...plain } = read;
      const t: ThresholdRecord = lead ? { ...plain, comparator: '>=' } : plain;
      // A bound and a condition of the same value are two facts: EU 3A501.b.13 (flat text) "b. Designed for
      // operation at any frequency from 2 GHz up to and including 15 GHz; and c. A noise figure less (better) than 0,015 dB
      // at any frequency from 2 GHz up to and including 15 GHz …" bounds the band in b. and measures the noise figure in it.
      const key = [segment.part, segment.role, segment.source, segment.regime, condition, t.parameter, t.comparator, t.value, t.valueMax, t.unit].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const base = baseOf(t.unit);
      out.push({
        ...t,
        part: segment.part,
        role: condition ? 'NOTE' : segment.role,
        source: segment.source,
        regime: segment.regime,
        reason: segment.reason,
        ...asWritten(segment, t.phrase),
        rule: condition ? 'MEASUREMENT_CONDITION' : lead ? 'LEAD_AT_LEAST' : segment.rule,
        baseUnit: base?.unit ?? null,
        baseValue: base === null ? null : toBase(t.value, base),
        baseValueMax: base === null || t.valueMax === null ? null : toBase(t.valueMax, base),
      });
    }
  }
  return out;
}

/**
 * A threshold's phrase and clause in the list's own words. A sub-paragraph read after its parent's lead (rule
 * LEAD_BOUND) was read as one text with the lead, sometimes with the lead's comparison in place of an "of"; what it
 * quotes is the lead's words and the sub-paragraph's, as written, with "…" where the list has more between them:
 * 4A001.a.2 "Radiation hardened to exceed any of the following specifications:" and "a.2.a. A total dose of 5 × 10^3
 * Gy (Si);" quote "Radiation hardened to exceed … A total dose of 5 × 10^3 Gy (Si)", not "… a total dose better than …".
 */
function asWritten(segment: Segment, phrase: string): { phrase: string; clause: string } {
  const { child, lead } = segment;
  if (child === undefined || lead === undefined) return { phrase, clause: evidence(segment.context ?? segment.text, phrase) };
  const leadWords = segment.text.slice(0, lead - 1);
  const clause = evidence(`${leadWords} … ${child.text}`, phrase);
  const { norm, raw } = normalised(segment.text);
  const at = norm.indexOf(phrase);
  if (at === -1 || phrase.length === 0) return { phrase, clause };
  const start = raw[at]!;
  const end = raw[at + phrase.length - 1]! + 1;
  // A position in the text read, after the lead, as a position in the child's own words.
  const inChild = (p: number, side: 'start' | 'end') => {
    const edit = child.edit;
    if (edit === null || p <= edit.at) return p;
    if (p >= edit.at + edit.inserted) return p - edit.inserted + edit.removed;
    // A phrase that starts at the comparison read in starts with the child's own words.
    return side === 'start' ? 0 : edit.at + edit.removed;
  };
  const childWords = child.text.slice(inChild(Math.max(start, lead) - lead, 'start'), inChild(Math.max(end, lead) - lead, 'end'));
  const words = start < lead - 1 ? `${segment.text.slice(start, lead - 1)} … ${childWords}` : childWords;
  return { phrase: words.replace(/\s+/g, ' ').trim(), clause };
}

/** A text with each run of white space made one space, and for each of its characters where it stands in the text. */
function normalised(text: string): { norm: string; raw: number[] } {
  let norm = '';
  const raw: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) {
      if (norm.length === 0 || norm.endsWith(' ')) continue;
      norm += ' ';
    } else norm += text[i];
    raw.push(i);
  }
  return { norm, raw };
}

/**
 * The clause a threshold quotes: its segment's text, or, when that is longer than a clause may be, the words around the
 * phrase, cut between words, with "…" where the text goes on (EU 3A501 Technical Note 2 quoted "anual or brochure …").
 */
function evidence(text: string, phrase: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= CLAUSE_LENGTH) return clean;
  const room = CLAUSE_LENGTH - 4;
  const at = clean.indexOf(phrase);
  let from = Math.max(0, Math.min(at === -1 ? 0 : at - 150, clean.length - room));
  let to = Math.min(clean.length, from + room);
  if (from > 0 && clean[from - 1] !== ' ') from = clean.indexOf(' ', from) + 1;
  if (to < clean.length && clean[to] !== ' ') to = clean.lastIndexOf(' ', to);
  return `${from > 0 ? '… ' : ''}${clean.slice(from, to).trim()}${to < clean.length ? ' …' : ''}`;
}
