// Thresholds of different regimes side by side. A value is compared only with values of the same entry (the same
// items), parameter, unit scale and direction, only when it controls (not an exclusion or a note), and only for the
// regime it belongs to (its paragraph's regimes, or its reason row's). "Stricter" is said only when each regime has its
// own value; otherwise the comparison says why there is no verdict (docs/decisions/0010).
import { z } from 'zod';
import { badInput } from '../../errors.js';
import { within } from '../../domain/attribution.js';
import { REGIME_CODES } from '../../domain/vocabulary.js';
import type { Graph } from '../../repositories/graph.js';
import { readThresholdRows } from '../../repositories/thresholds.js';
import { withinKnownList } from '../lists.js';
import type { EntryRef, RegimeCode, RegimeEntries, ReportBasis, TechnologyRef, ThresholdComparison, ThresholdFact } from './model.js';

export type ThresholdDirection = 'AT_LEAST' | 'AT_MOST' | 'WITHIN' | 'EXACTLY';
export type ThresholdVerdict =
  | 'STRICTER'
  | 'SAME_VALUE'
  | 'NOT_A_BOUND'
  | 'ONLY_ONE_SIDE'
  | 'DIFFERENT_PARAMETER'
  | 'DIFFERENT_DIRECTION'
  | 'DIFFERENT_UNIT'
  | 'DIFFERENT_ITEM'
  | 'CONDITIONAL_BOUND';

/** A threshold with its place: paragraph, role, source, the regimes it belongs to and the rule that placed it. */
export interface PlacedThresholdFact extends ThresholdFact {
  id: string;
  paragraph: string | null;
  part: EntryRef | null;
  role: 'CONTROL' | 'EXCLUSION' | 'NOTE';
  source: 'ITEM_TEXT' | 'REASON_ROW';
  /** The reason row's regime (REASON_ROW only). */
  regime: RegimeCode | null;
  reason: string | null;
  clause: string;
  rule: string;
  baseUnit: string | null;
  baseValue: number | null;
  baseValueMax: number | null;
  /** The regimes the value belongs to, and how that was found (REASON_ROW, PARAGRAPH, WHOLE_ENTRY). */
  belongsTo: { regime: RegimeCode; via: 'REASON_ROW' | 'PARAGRAPH' | 'WHOLE_ENTRY' | 'CONDITIONAL_PARAGRAPH'; condition: string | null }[];
}

export interface ComparedValue {
  regime: RegimeCode;
  entry: EntryRef;
  threshold: PlacedThresholdFact;
  strictest: boolean;
}

export interface VerdictComparison {
  /** The list whose entries give the values: values of different lists are never compared with each other. */
  list: string;
  /** The entry whose paragraphs and rows give the values: values of different entries control different items. */
  entry: EntryRef;
  parameter: string;
  unit: string;
  direction: ThresholdDirection;
  values: ComparedValue[];
  strictestRegimes: RegimeCode[];
  verdict: ThresholdVerdict;
  /** The verdict in words, naming each side's value or what it states instead. */
  explanation: string;
  regimesWithout: RegimeCode[];
}

export interface ThresholdReport extends ReportBasis {
  regimes: RegimeCode[];
  list: string | null;
  technology: TechnologyRef | null;
  codes: string[];
  /** Per regime, its entries with the thresholds that are its own (every role). */
  regimeEntries: { regime: RegimeCode; entries: { entry: EntryRef; areaParts: string[] | null; thresholds: PlacedThresholdFact[] }[] }[];
  comparisons: VerdictComparison[];
}

// ---- arguments ------------------------------------------------------------------------------------

const ThresholdArgs = z
  .object({
    regimes: z
      .array(z.enum(REGIME_CODES, { message: `must be one of ${REGIME_CODES.join(', ')}` }))
      .min(2, 'a comparison needs at least two different regimes')
      .refine((codes) => new Set(codes).size === codes.length, 'must name each regime once'),
    technology: z.string().min(1, 'must be a technology area id such as uav-cruise-missiles').nullish().transform((v) => v ?? null),
    codes: z
      .array(z.string().regex(/^[0-9][A-E][0-9]{3}$/, 'must be entry codes such as 9A012 (top-level codes, no paragraph)'))
      .max(50, 'at most 50 codes')
      .nullish()
      .transform((v) => v ?? []),
    list: z.string().min(1, 'must be a list id such as us-ccl@ecfr-2026').nullish().transform((v) => v ?? null),
  })
  .refine((a) => a.technology !== null || a.codes.length > 0, { message: 'give a technology area or entry codes to compare', path: ['technology'] });
export type ThresholdArgs = { regimes: RegimeCode[]; technology: string | null; codes: string[]; list: string | null };

export function parseThresholdArgs(raw: unknown): ThresholdArgs {
  const parsed = ThresholdArgs.safeParse(raw);
  if (parsed.success) return parsed.data as ThresholdArgs;
  const issue = parsed.error.issues[0];
  throw badInput(issue?.path.filter((p) => typeof p === 'string').join('.') || 'arguments', issue?.message ?? 'invalid');
}

// ---- the report ----------------------------------------------------------------------------------

/** The thresholds of a technology area's (or the named codes') entries, compared across `regimes`. */
export async function thresholdReport(graph: Graph, args: ThresholdArgs): Promise<ThresholdReport> {
  const { basis, entries, technology: area } = withinKnownList(await readThresholdRows(graph, args)).result;
  const technology = args.technology === null ? null : (area ?? missingTechnology(args.technology));
  const regimeEntries = args.regimes.map((regime) => ({
    regime,
    entries: entries
      .filter((e) => e.entryRegimes.includes(regime))
      .map((e) => ({ entry: e.entry, areaParts: e.areaParts, thresholds: e.thresholds.filter((t) => t.belongsTo.some((b) => b.regime === regime)) })),
  }));
  return { ...basis, regimes: args.regimes, list: args.list, technology, codes: args.codes, regimeEntries, comparisons: compareByRegime(regimeEntries) };
}

function missingTechnology(id: string): never {
  throw badInput('technology', `unknown technology area '${id}'; list them with { technologies { id name } }`);
}

// ---- the comparison -------------------------------------------------------------------------------

function directionOf(comparator: ThresholdFact['comparator']): ThresholdDirection {
  if (comparator === '>=' || comparator === '>') return 'AT_LEAST';
  if (comparator === '<=' || comparator === '<') return 'AT_MOST';
  return comparator === 'range' ? 'WITHIN' : 'EXACTLY';
}
const scaleOf = (t: PlacedThresholdFact) => t.baseUnit ?? t.unit;
const amountOf = (t: PlacedThresholdFact) => t.baseValue ?? t.value;
const SIGN: Record<ThresholdFact['comparator'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', range: '' };
const show = (t: PlacedThresholdFact) =>
  t.comparator === 'range' ? `${t.value}–${t.valueMax ?? '?'} ${t.unit}` : `${SIGN[t.comparator]} ${t.value} ${t.unit}`;
const where = (v: { entry: EntryRef; threshold: PlacedThresholdFact }) =>
  `${v.threshold.paragraph ?? v.entry.code}${v.threshold.source === 'REASON_ROW' ? ` (${v.threshold.reason ?? 'reason'} row)` : ''}`;

/**
 * Compares the CONTROL values of each regime, like with like. For a regime, its bound on a parameter is its
 * most inclusive value (the lowest "at least", the highest "at most"): the one that reaches the most items.
 */
export function compareByRegime(sides: ThresholdReport['regimeEntries']): VerdictComparison[] {
  const regimes = sides.map((s) => s.regime);
  const controls = sides.flatMap(({ regime, entries }) =>
    entries.flatMap(({ entry, thresholds }) =>
      thresholds
        // A paragraph the regime reaches only under the row's conditions does not give the regime its own bound.
        .filter((t) => t.role === 'CONTROL' && t.belongsTo.some((b) => b.regime === regime && b.via !== 'CONDITIONAL_PARAGRAPH'))
        .map((threshold) => ({ regime, entry, threshold })),
    ),
  );
  const groups = new Map<string, typeof controls>();
  for (const v of controls) {
    // Each list implements the regimes in its own words, and the same code may name other items in another list (US
    // 9A120 UAVs, EU 9A120 propellant tanks); within a list, different entries control different items (US 1C010.c
    // inorganic fibres, 1C210.b glass fibres): values are ranked within one entry only.
    const key = [v.entry.id, v.threshold.parameter, scaleOf(v.threshold), directionOf(v.threshold.comparator)].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const out: VerdictComparison[] = [];
  for (const values of [...groups.values()].flatMap(byParagraph)) {
    const sample = values[0]!.threshold;
    const direction = directionOf(sample.comparator);
    const withValues = regimes.filter((r) => values.some((v) => v.regime === r));
    const without = regimes.filter((r) => !withValues.includes(r));
    const units = new Set(values.map((v) => v.threshold.unit));
    const unit = units.size === 1 ? sample.unit : scaleOf(sample);
    const entry = values[0]!.entry;
    const base = { list: entry.listId, entry, parameter: sample.parameter, unit, direction, regimesWithout: without };
    if (withValues.length < 2) {
      // Another regime reaches this paragraph only under conditions that set other bounds (1C010 NP row "… that meet or
      // exceed the control criteria of ECCN 1C210"): say so, rather than that it states nothing.
      const conditioned = sides
        .filter((s) => without.includes(s.regime))
        .flatMap((s) =>
          s.entries
            .filter((e) => e.entry.id === entry.id)
            .flatMap((e) => e.thresholds.filter((t) => t.paragraph !== null && sample.paragraph !== null && (t.paragraph === sample.paragraph || t.paragraph.startsWith(`${sample.paragraph}.`) || sample.paragraph.startsWith(`${t.paragraph}.`))))
            .flatMap((t) => t.belongsTo.filter((b) => b.regime === s.regime && b.via === 'CONDITIONAL_PARAGRAPH'))
            .map((b) => ({ regime: s.regime, condition: b.condition })),
        );
      if (conditioned.length > 0) {
        const who = [...new Set(conditioned.map((c) => c.regime))];
        // The row names the entry whose criteria bound the items ("… the control criteria of ECCN 1C210"): its own values
        // on this parameter, when the question includes it, are shown beside the paragraph's.
        const words = [...new Set(conditioned.map((c) => c.condition).filter((c): c is string => c !== null))];
        // Every entry the row names after "criteria of"/"parameters of", its own one aside: 2B009 MT row "flow-forming
        // machines that meet or exceed the parameters of 2B009.a and 2B109" is bounded by 2B109's values.
        const criteria = new Set(
          words
            .flatMap((w) => [...w.matchAll(/\b(?:criteria|parameters)\s+(?:of|in|stated in)\s+((?:(?:ECCNs?\s+)?\d[A-E]\d{3}(?:\.[a-z0-9.]+)?(?:,\s*|\s+(?:and|or)\s+)?)+)/gi)])
            .flatMap((m) => [...(m[1] as string).matchAll(/\d[A-E]\d{3}/g)].map((c) => c[0]))
            .filter((code) => code !== entry.code),
        );
        const asked = new Set(sides.flatMap((s) => s.entries.map((e) => e.entry.code)));
        const theirs = controls.filter(
          (c) => who.includes(c.regime) && criteria.has(c.entry.code) && c.entry.listId === entry.listId && c.threshold.parameter === sample.parameter && scaleOf(c.threshold) === scaleOf(sample) && directionOf(c.threshold.comparator) === direction,
        ).sort((a, b) => (a.threshold.paragraph ?? '').localeCompare(b.threshold.paragraph ?? ''));
        const quoted = words.length > 0 ? ` (“${words.join('”; “')}”)` : '';
        const setsBounds = words.some((w) => /\b(?:meets?|meeting) or exceeds?\b|\b(?:criteria|parameters|characteristics)\s+(?:of|in|stated in|specified in|described in)\b|\b(?:is|are) (?:less|lower|greater|more|higher|below|above)\b/i.test(w));
        const unasked = [...criteria].filter((code) => !asked.has(code));
        // "More than two axes" (2B109.a.2) and "three or more axes" (2B009.a) are the same count: say so.
        const sameCount = theirs.filter((c) => (countRead(c.threshold) || countRead(sample)) && compareBounds(c.threshold, sample, direction) === 0);
        const counted = sameCount.length > 0 ? ` (${sameCount.map((c) => show(c.threshold)).join(', ')} and ${show(sample)} are the same count: a count is a whole number)` : '';
        const alongside =
          theirs.length > 0
            ? ` ${[...criteria].join(', ')} states ${sample.parameter} ${theirs.map((c) => `${show(c.threshold)} in ${where(c)}`).join('; ')}${counted}: an item must meet both, and which of ${[...criteria].join(', ')}'s paragraphs applies depends on the item.`
            : unasked.length > 0
              ? ` Ask with ${unasked.join(', ')} among the codes to see its values.`
              : criteria.size > 0
                ? ` ${[...criteria].join(', ')} states no ${sample.parameter} bound in this direction.`
                : '';
        out.push({
          ...base,
          values: values.map((v) => ({ ...v, strictest: false })),
          strictestRegimes: [],
          verdict: 'CONDITIONAL_BOUND',
          explanation: `${withValues[0]} states ${sample.parameter} ${show(sample)} in ${sample.paragraph}; ${who.join(', ')} reaches this paragraph only for items meeting the conditions of its row${quoted}${setsBounds ? ', which set bounds of their own' : ''}: not ranked.${alongside}`,
        });
        continue;
      }
      const { verdict, explanation } = noCounterpart(withValues[0]!, sample, entry, without, controls.filter((c) => c.entry.listId === base.list));
      out.push({ ...base, values: values.map((v) => ({ ...v, strictest: false })), strictestRegimes: [], verdict, explanation });
      continue;
    }
    const bounds = new Map(withValues.map((r) => [r, bound(values.filter((v) => v.regime === r), direction)]));
    if (direction === 'WITHIN' || direction === 'EXACTLY') {
      const same = new Set(values.map((v) => `${amountOf(v.threshold)}|${v.threshold.baseValueMax ?? v.threshold.valueMax}`)).size === 1;
      out.push({
        ...base,
        values: values.map((v) => ({ ...v, strictest: false })),
        strictestRegimes: [],
        verdict: same ? 'SAME_VALUE' : 'NOT_A_BOUND',
        explanation: same
          ? `Each regime states the same ${sample.parameter}: ${show(sample)}.`
          : `The values are ${direction === 'WITHIN' ? 'bands' : 'exact values'}, not bounds: neither is stricter (${values.map((v) => `${v.regime} ${show(v.threshold)} in ${where(v)}`).join('; ')}).`,
      });
      continue;
    }
    const ranked = [...bounds.entries()].sort(([, a], [, b]) => compareBounds(a.threshold, b.threshold, direction));
    const best = ranked[0]![1].threshold;
    const strictest = ranked.filter(([, b]) => compareBounds(b.threshold, best, direction) === 0).map(([r]) => r);
    const allEqual = strictest.length === withValues.length;
    out.push({
      ...base,
      values: values
        .map((v) => ({ ...v, strictest: !allEqual && strictest.includes(v.regime) && bounds.get(v.regime)!.threshold === v.threshold }))
        .sort((a, b) => compareBounds(a.threshold, b.threshold, direction)),
      strictestRegimes: strictest,
      verdict: allEqual ? 'SAME_VALUE' : 'STRICTER',
      explanation: allEqual
        ? `Each regime controls from the same ${sample.parameter}: ${ranked.map(([r, b]) => `${r} ${show(b.threshold)} in ${where(b)}`).join('; ')}${ranked.some(([, b]) => countRead(b.threshold)) ? ` (a count is a whole number: ${show(ranked.find(([, b]) => countRead(b.threshold))![1].threshold)} is ${SIGN[direction === 'AT_LEAST' ? '>=' : '<=']} ${inclusiveOf(ranked.find(([, b]) => countRead(b.threshold))![1].threshold).amount} ${sample.unit})` : ''}.`
        : `${strictest.join(', ')} ${strictest.length > 1 ? 'are' : 'is'} stricter on ${sample.parameter}: ${ranked.map(([r, b]) => `${r} ${show(b.threshold)} in ${where(b)}`).join('; ')}.`,
    });
  }
  return out.sort(
    (a, b) =>
      a.list.localeCompare(b.list) ||
      a.entry.code.localeCompare(b.entry.code) ||
      a.parameter.localeCompare(b.parameter) ||
      a.unit.localeCompare(b.unit) ||
      a.direction.localeCompare(b.direction),
  );
}

/**
 * Within one entry, paragraphs name different items too (1C010.a organic fibres, 1C010.c inorganic fibres): values
 * are ranked only within one paragraph and the paragraphs under it. A value of the whole entry (its heading, a reason
 * row naming no paragraph) stands beside each of them.
 */
function byParagraph<T extends { threshold: PlacedThresholdFact }>(values: T[]): T[][] {
  const paragraphs = [...new Set(values.map((v) => v.threshold.paragraph).filter((p): p is string => p !== null))];
  const tops = paragraphs.filter((p) => !paragraphs.some((other) => other !== p && within(p, other)));
  const whole = values.filter((v) => v.threshold.paragraph === null);
  if (tops.length === 0) return [values];
  return tops.sort().map((top) => [...whole, ...values.filter((v) => v.threshold.paragraph !== null && within(v.threshold.paragraph, top))]);
}

/** The regime's most inclusive value in a group. */
function bound<T extends { threshold: PlacedThresholdFact; entry: EntryRef }>(values: T[], direction: ThresholdDirection): T {
  return [...values].sort((a, b) => compareBounds(a.threshold, b.threshold, direction))[0]!;
}

/** Negative when `a` reaches more items than `b`: a lower "at least", a higher "at most"; "≥" before ">" at the same value. */
/**
 * The lists convert temperatures with 273, not 273.15 ("398 K (+125 °C)", "218 K (−55 °C)"): kelvin and Celsius
 * values less than half a kelvin apart are the same bound.
 */
const TOLERANCE: Record<string, number> = { K: 0.5 };

/**
 * Counts are whole numbers: "More than two axes" (2B109.a.2) is "three or more axes" (2B009.a), so a strict bound on a
 * count is read as the inclusive one next to it before bounds are ranked.
 */
const COUNTS = new Set(['axes']);
function inclusiveOf(t: PlacedThresholdFact): { amount: number; strict: boolean } {
  const strict = t.comparator === '>' || t.comparator === '<';
  if (strict && COUNTS.has(scaleOf(t)) && Number.isInteger(amountOf(t))) return { amount: amountOf(t) + (t.comparator === '>' ? 1 : -1), strict: false };
  return { amount: amountOf(t), strict };
}
/** Whether a bound was read as the inclusive count next to it. */
const countRead = (t: PlacedThresholdFact) => COUNTS.has(scaleOf(t)) && (t.comparator === '>' || t.comparator === '<');

function compareBounds(a: PlacedThresholdFact, b: PlacedThresholdFact, direction: ThresholdDirection): number {
  const [x, y] = [inclusiveOf(a), inclusiveOf(b)];
  let diff = x.amount - y.amount;
  if (Math.abs(diff) < (TOLERANCE[scaleOf(a)] ?? 0)) diff = 0;
  if (diff !== 0) return direction === 'AT_MOST' ? -diff : diff;
  return Number(x.strict) - Number(y.strict);
}

/**
 * Why a value has no counterpart: in the same entry the other regimes bound the parameter the other way or in another
 * unit; or they bound it only for other items (other entries of the list); or they state other parameters, or nothing.
 */
function noCounterpart(
  regime: RegimeCode,
  sample: PlacedThresholdFact,
  entry: EntryRef,
  others: RegimeCode[],
  controls: { regime: RegimeCode; entry: EntryRef; threshold: PlacedThresholdFact }[],
): { verdict: ThresholdVerdict; explanation: string } {
  const stated = `${regime} states ${sample.parameter} ${show(sample)} in ${sample.paragraph ?? entry.code}`;
  const sameParameter = controls.filter((v) => others.includes(v.regime) && v.threshold.parameter === sample.parameter);
  const related = (t: PlacedThresholdFact) =>
    t.paragraph === null || sample.paragraph === null || t.paragraph.startsWith(`${sample.paragraph}.`) || sample.paragraph.startsWith(`${t.paragraph}.`) || t.paragraph === sample.paragraph;
  const here = sameParameter.filter((v) => v.entry.id === entry.id && related(v.threshold));
  const otherDirection = here.find((v) => scaleOf(v.threshold) === scaleOf(sample));
  if (otherDirection !== undefined) {
    return { verdict: 'DIFFERENT_DIRECTION', explanation: `${stated}; ${otherDirection.regime} bounds it the other way (${show(otherDirection.threshold)} in ${where(otherDirection)}): no verdict.` };
  }
  if (here.length > 0) {
    const v = here[0]!;
    return { verdict: 'DIFFERENT_UNIT', explanation: `${stated}; ${v.regime} states it in ${v.threshold.unit}, which does not convert to ${sample.unit}: no verdict.` };
  }
  if (sameParameter.length > 0) {
    const elsewhere = [...new Map(sameParameter.map((v) => [`${v.regime} ${where(v)}`, v])).values()].slice(0, 5);
    return {
      verdict: 'DIFFERENT_ITEM',
      explanation: `${stated}; ${elsewhere.map((v) => `${v.regime} states ${sample.parameter} ${show(v.threshold)} for other items (${where(v)})`).join('; ')}: values of different paragraphs or entries control different items and are not ranked.`,
    };
  }
  // Other parameters count only in the same entry and the same item: 9A012's Wassenaar endurance says nothing of 9A120's
  // capacity, and MTCR's temperature in 3A001.a.1.a nothing of the modulators of 3A001.i.
  const parametersOf = (r: string, inEntry: boolean) => [
    ...new Set(controls.filter((v) => v.regime === r && (v.entry.id === entry.id) === inEntry && (!inEntry || related(v.threshold))).map((v) => v.threshold.parameter)),
  ];
  const otherParameters = others.map((r) => ({ r, parameters: parametersOf(r, true) })).filter((o) => o.parameters.length > 0);
  if (otherParameters.length > 0) {
    return {
      verdict: 'DIFFERENT_PARAMETER',
      explanation: `${stated}; ${otherParameters.map((o) => `${o.r} states ${o.parameters.join(', ')}`).join('; ')}, not ${sample.parameter}: no verdict.`,
    };
  }
  const otherParagraphs = others.filter((r) => controls.some((v) => v.regime === r && v.entry.id === entry.id));
  const elsewhere = others.filter((r) => !otherParagraphs.includes(r) && parametersOf(r, false).length > 0);
  const asides = [
    ...(otherParagraphs.length > 0 ? [`${otherParagraphs.join(', ')} states values only for other paragraphs of ${entry.code}`] : []),
    ...(elsewhere.length > 0 ? [`${elsewhere.join(', ')} states values only for other entries`] : []),
  ];
  const aside = asides.length > 0 ? ` (${asides.join('; ')})` : '';
  return { verdict: 'ONLY_ONE_SIDE', explanation: `${stated}; ${others.join(', ') || 'no other regime'} states no threshold here${aside}: no verdict.` };
}

// ---- the overlap report's technology comparisons (values without a place) -------------------------

/** A threshold above which an item is controlled (>=, >) is AT_LEAST: a lower value controls more items. */
function direction(t: ThresholdFact): ThresholdComparison['direction'] | null {
  if (t.comparator === '>=' || t.comparator === '>') return 'AT_LEAST';
  if (t.comparator === '<=' || t.comparator === '<') return 'AT_MOST';
  return null;
}

/**
 * The overlap report's comparison, on thresholds read without their paragraph or role: identical unit strings,
 * at least two regimes. Prefer `thresholdComparison`, which compares only each regime's own control values.
 */
export function compareThresholds(regimes: RegimeEntries[]): (ThresholdComparison & { verdict: ThresholdVerdict; explanation: string; regimesWithout: RegimeCode[] })[] {
  const groups = new Map<string, { regime: RegimeCode; entry: EntryRef; threshold: ThresholdFact }[]>();
  for (const { regime, entries } of regimes) {
    for (const { entry, thresholds } of entries) {
      for (const threshold of thresholds) {
        const dir = direction(threshold);
        if (dir === null) continue;
        const key = `${entry.id}\u0000${threshold.parameter}\u0000${threshold.unit}\u0000${dir}`;
        const group = groups.get(key) ?? [];
        group.push({ regime, entry, threshold });
        groups.set(key, group);
      }
    }
  }
  const comparisons: (ThresholdComparison & { verdict: ThresholdVerdict; explanation: string; regimesWithout: RegimeCode[] })[] = [];
  for (const [key, values] of groups) {
    const regimesHere = new Set(values.map((v) => v.regime));
    if (regimesHere.size < 2) continue; // nothing to compare across regimes
    const [, parameter, unit, dir] = key.split('\u0000') as [string, string, string, ThresholdComparison['direction']];
    const entry = values[0]!.entry;
    const best = dir === 'AT_LEAST' ? Math.min(...values.map((v) => v.threshold.value)) : Math.max(...values.map((v) => v.threshold.value));
    const marked = values.map((v) => ({ ...v, strictest: v.threshold.value === best }));
    const strictestRegimes = [...new Set(marked.filter((v) => v.strictest).map((v) => v.regime))];
    const same = strictestRegimes.length === regimesHere.size;
    comparisons.push({
      list: entry.listId,
      entry,
      parameter,
      unit,
      direction: dir,
      values: marked.sort((a, b) => (dir === 'AT_LEAST' ? a.threshold.value - b.threshold.value : b.threshold.value - a.threshold.value)),
      strictestRegimes,
      verdict: same ? 'SAME_VALUE' : 'STRICTER',
      explanation: `${same ? 'The same value on each side' : `${strictestRegimes.join(', ')} holds the strictest value`}, among values read from the entries' whole text (paragraph, role and reason row not checked: see thresholdComparison).`,
      regimesWithout: regimes.map((r) => r.regime).filter((r) => !regimesHere.has(r)),
    });
  }
  return comparisons.sort((a, b) => a.entry.code.localeCompare(b.entry.code) || a.parameter.localeCompare(b.parameter) || a.unit.localeCompare(b.unit));
}
