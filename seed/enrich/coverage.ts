// Whether each entry of a regime is covered by each other regime, within its own list, and by which evidence
// (src/domain/coverage.ts): derived at import, so that a gap report reads one edge per entry instead of
// re-deriving coverage from attributions, references and supports on every request.
import type { AttributionRecord, EntryRecord, ReferenceRecord, SupportRecord } from '../model.js';
import { REGIME_CODES, type RegimeCode } from '../../src/domain/vocabulary.js';
import type { CoverageEvidence, CoverageStatus } from '../../src/domain/coverage.js';
import { PARAMETER_CODES, PRODUCED_CODES, servedItems, within } from '../../src/domain/attribution.js';
import { HOLDS_NO_ITEMS, type EntryAttribution, type PartAttribution } from './attributions.js';
import { phasesNamed } from '../parse/references.js';
import { namedCodes, rowNames } from './rowCodes.js';
import { paragraphTree, servingParagraphs, supportTies } from './supportTies.js';

export interface EntryCoverage {
  code: string;
  /** The regime the entry is examined for. */
  regime: RegimeCode;
  /** The regime that may cover it. */
  against: RegimeCode;
  status: CoverageStatus;
  /** The paragraphs of the entry that are `regime`'s (the entry code itself when they cannot be told apart). */
  units: string[];
  coveredUnits: string[];
  partialUnits: string[];
  /**
   * For a CCL software or technology entry: the items its rows for `regime` name as what they serve ("technology for
   * items controlled by 1C350": 1C350), and of those the ones no row for `against` names; empty for hardware, for a
   * row over the entire entry, and (the second) when the entry is covered.
   */
  servedItems: string[];
  servedItemsUncovered: string[];
  evidence: CoverageEvidence[];
}

interface Inputs {
  entries: readonly EntryRecord[];
  attributions: readonly EntryAttribution[];
  partAttributions: readonly PartAttribution[];
  /** The statements before resolution: a D/E entry's License Requirements rows, to see which hardware they name. */
  statements: readonly AttributionRecord[];
  references: readonly ReferenceRecord[];
  supports: readonly SupportRecord[];
  jurisdiction: string;
}

/** Words read from a License Requirements row: "MT applies to …", or a window of one ("… of 2B209 | NP Column 1"). */
const LICENSE_ROW = /^[A-Z]{2,3} (?:also )?applies to\b|\| [A-Z]{2,3} Column \d/;
/** References that say the items are the other entry's: "controlled by", "specified in", "the parameters of". */
const LINKING_REFERENCES = new Set(['CONTROLLED_BY', 'SPECIFIED_BY', 'PARAMETER']);


function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** The ties of a serving entry that are rows of the regime naming the item (src/domain/coverage.ts ITT_ROW, ITT_ROW_PARAGRAPH, ITT_REASON_ROW). */
const ROW_TIES = new Set(['ITT_ROW', 'ITT_ROW_PARAGRAPH', 'ITT_REASON_ROW']);

/** Words that make a row conditional on other parameters: such a row cannot be said to serve everything it names. */
const CONDITIONS = /\bmeets? or exceeds?\b|\bparameters?\b|\bcriteria\b|\bcharacteristics\b/i;
/** "… that also have the technical characteristics described in 2B351.a" (1E001): a code named for its parameters, not served. */
const EXCEPTIONS = /\bexcept\b|\bdoes not apply\b|\bnot controlled\b/i;
/** "… for NP reasons", "… for MT reasons": only the named items' paragraphs controlled for that reason. */
const OWN_REASONS = /\bfor [A-Z]{2}(?:\s+(?:and|or)\s+[A-Z]{2})? reasons\b/;

/** A heading whose paragraphs are the characteristics one item must all have. */
const ALL_OF_THE_FOLLOWING = /\b(?:having|with|meeting)\s+all\s+(?:of\s+)?the\s+following(?:\s+characteristics)?\s*(?:\(see List of Items Controlled\))?[.:]?\s*$/i;

export function deriveCoverage(inputs: Inputs): EntryCoverage[] {
  const top = inputs.entries.filter((e) => e.kind === 'ENTRY' && !e.itar);
  const childrenOf = group(
    inputs.entries.filter((e) => e.parentCode !== null),
    (e) => e.parentCode as string,
  );
  // Where a CCL entry has License Requirements rows for a regime, the rows say what it controls for that regime:
  // its code origin (9E001's digit 0 against its NS row for 9B001 to 9B010 only) is no evidence beside them.
  const rowRegimes = new Set(inputs.attributions.filter((a) => a.basis === 'REASON_FOR_CONTROL').map((a) => `${a.code}|${a.regime}`));
  const counts = (a: { basis: string; regime: RegimeCode }, entryCode: string) => a.basis !== 'CODE_ORIGIN' || !rowRegimes.has(`${entryCode}|${a.regime}`);
  const attributionsOf = group(
    inputs.attributions.filter((a) => counts(a, a.code)),
    (a) => a.code,
  );
  const usable = inputs.partAttributions.filter((a) => counts(a, a.entryCode));
  const partEdgesOf = group(usable, (a) => a.code);
  const partEdgesByEntry = group(usable, (a) => a.entryCode);
  const referencesOf = group(inputs.references, (r) => r.from);
  const supportsTo = group(inputs.supports, (s) => s.to);
  const statementsOf = group(inputs.statements, (s) => s.code);
  const paragraphsOf = servingParagraphs(inputs.entries);
  const tree = paragraphTree(inputs.entries);
  const eu = inputs.jurisdiction === 'EU';

  /** Whether `code` (entry or part) is attributed to `regime` without conditions. */
  const wholly = (code: string, regime: RegimeCode): boolean =>
    (attributionsOf.get(code) ?? []).some((a) => a.regime === regime && a.wholeEntry) ||
    (partEdgesOf.get(code) ?? []).some((a) => a.regime === regime && !a.conditional);

  /** Whether the D/E entry's rows for `regime` and the row `againstScope` each name hardware, and none of the same. */
  const servesOtherItems = (code: string, regime: RegimeCode, againstScope: string): boolean => {
    if (!/^\d[DE]/.test(code)) return false;
    const againstCodes = namedCodes(againstScope).filter((c) => c !== code);
    const mine = (statementsOf.get(code) ?? []).filter((s) => s.regime === regime && s.basis === 'REASON_FOR_CONTROL');
    if (againstCodes.length === 0 || mine.length === 0 || mine.some((s) => s.wholeEntry)) return false;
    const mineCodes = mine.flatMap((s) => namedCodes(s.scope)).filter((c) => c !== code);
    if (mineCodes.length === 0) return false;
    return !mineCodes.some((c) => rowNames(againstScope, c));
  };

  /**
   * For a D/E entry: the other regime's row is "entire entry, except …" naming only other hardware or software
   * (4E001 NS "… except for “technology” for 4A090 or “software” specified by 4D090"), and this regime's rows name
   * what they serve, none of it among the exceptions: the other row reaches all of this regime's items.
   */
  const wholeExceptOthers = (code: string, regime: RegimeCode, againstScope: string): boolean => {
    if (!/^\d[DE]/.test(code)) return false;
    const except = /\bentire entry,?\s+except\b:?([\s\S]*)$/i.exec(againstScope);
    if (!except) return false;
    const excepted = namedCodes(except[1] as string);
    const mine = (statementsOf.get(code) ?? []).filter((s) => s.regime === regime && s.basis === 'REASON_FOR_CONTROL');
    if (excepted.length === 0 || mine.length === 0 || mine.some((s) => s.wholeEntry)) return false;
    const mineCodes = mine.flatMap((s) => namedCodes(s.scope)).filter((c) => c !== code);
    return mineCodes.length > 0 && !mineCodes.some((c) => excepted.includes(c) || c === code);
  };

  /**
   * For a D/E entry: every item this regime's rows serve is served by a row of the other regime too, for the same
   * phases and without conditions of its own (6D001: "MT applies to “software” for equipment controlled by 6A008 or
   * 6B008 for MT reasons"; "NS applies to “software” for equipment controlled by 6A004, 6A005, 6A008 or 6B008").
   */
  const rowsServeAllMine = (code: string, regime: RegimeCode, against: RegimeCode): AttributionRecord | undefined => {
    if (!/^\d[DE]/.test(code)) return undefined;
    const rows = (statementsOf.get(code) ?? []).filter((s) => s.basis === 'REASON_FOR_CONTROL');
    const mine = rows.filter((s) => s.regime === regime);
    // Mine must name all it serves ("MT applies to “software” for equipment controlled for MT reasons. MT does not apply
    // to … 7A008", 7D001, names only what it spares); theirs must serve all it names, not only the items controlled for
    // their own reasons (1D001 "NP applies to … items controlled by 1B001 for NP reasons": 1B001's NP paragraphs only).
    if (mine.some((s) => EXCEPTIONS.test(s.scope))) return undefined;
    const theirs = rows.filter((s) => s.regime === against && !s.wholeEntry && !CONDITIONS.test(s.scope) && !EXCEPTIONS.test(s.scope) && !OWN_REASONS.test(s.scope));
    if (mine.length === 0 || theirs.length === 0 || mine.some((s) => s.wholeEntry)) return undefined;
    let serving: AttributionRecord | undefined;
    for (const row of mine) {
      const items = servedItems(row.scope).filter((i) => i.code !== code);
      if (items.length === 0) return undefined;
      const phases = phasesNamed(row.scope);
      for (const item of items) {
        const other = theirs.find((t) => {
          const theirPhases = phasesNamed(t.scope);
          if (theirPhases.length > 0 && !(phases.length > 0 && phases.every((p) => theirPhases.includes(p)))) return false;
          return servedItems(t.scope).some((i) => i.code === item.code && (i.part === null || (item.part !== null && within(item.part, i.part))));
        });
        if (!other) return undefined;
        serving ??= other;
      }
    }
    return serving;
  };

  /** The items a row names as served, up to its first exception ("MT does not apply to … 7A008"). */
  const rowItems = (scope: string) => servedItems((scope.split(EXCEPTIONS)[0] as string).replace(PARAMETER_CODES, '').replace(PRODUCED_CODES, ''));
  const itemCode = (i: { code: string; part: string | null }) => i.part ?? i.code;
  /** What this regime's rows of a D/E entry serve, and which of it no row of the other regime names. */
  const servedBy = (code: string, regime: RegimeCode, against: RegimeCode): { items: string[]; uncovered: string[] } => {
    const none = { items: [], uncovered: [] };
    if (eu || !/^\d[DE]/.test(code)) return none;
    const rows = (statementsOf.get(code) ?? []).filter((s) => s.basis === 'REASON_FOR_CONTROL');
    const mine = rows.filter((s) => s.regime === regime);
    if (mine.length === 0 || mine.some((s) => s.wholeEntry)) return none;
    const items = new Map<string, { code: string; part: string | null }>();
    for (const row of mine) for (const item of rowItems(row.scope)) if (item.code !== code) items.set(itemCode(item), item);
    const theirs = rows.filter((s) => s.regime === against).flatMap((s) => rowItems(s.scope));
    const uncovered = [...items.values()].filter(
      (item) => !theirs.some((i) => i.code === item.code && (i.part === null || (item.part !== null && within(item.part, i.part)))),
    );
    return { items: [...items.keys()], uncovered: uncovered.map(itemCode) };
  };

  const out: EntryCoverage[] = [];
  for (const entry of top) {
    const own = attributionsOf.get(entry.code) ?? [];
    // A paragraph that holds no items ("[Reserved]", "Not used") is no unit: it is nobody's to cover (decision 0006).
    const children = (childrenOf.get(entry.code) ?? []).filter((c) => !HOLDS_NO_ITEMS.test(c.text)).map((c) => c.code);
    const regimes = [...new Set(own.map((a) => a.regime))];
    for (const regime of regimes) {
      // The paragraphs that are this regime's: all of them for a whole-entry attribution, else those reached.
      let units: string[];
      // 4A005 "The list of items controlled is contained in the ECCN heading, except for the commodities controlled under
      // 4A005.z": a .z paragraph holds items "specified in 4A005 that also meet or exceed the performance parameters in
      // 4A090.a", the entry's own items again; with nothing else under it, the entry is the unit.
      const listed = children.filter((c) => !c.startsWith(`${entry.code}.z`));
      // 2B104 "“Isostatic presses” having all of the following characteristics": its paragraphs are what one item must
      // have, not items of their own; the entry is the unit.
      const cumulative = ALL_OF_THE_FOLLOWING.test(entry.title);
      if (own.some((a) => a.regime === regime && a.wholeEntry) || children.length === 0) units = listed.length > 0 && !cumulative ? children : [entry.code];
      else {
        const reached = (partEdgesByEntry.get(entry.code) ?? []).filter((p) => p.regime === regime).map((p) => p.code);
        const topmost = reached.filter((code) => !reached.some((other) => other !== code && within(code, other)));
        units = topmost.length > 0 ? topmost : [entry.code];
      }

      for (const against of REGIME_CODES) {
        if (against === regime) continue;
        const evidence: CoverageEvidence[] = [];
        // One piece of evidence per (kind, rule, other, words); the units it concerns are gathered on it.
        const add = (item: CoverageEvidence) => {
          const same = evidence.find((e) => e.kind === item.kind && e.rule === item.rule && e.other === item.other && e.words === item.words);
          if (!same) evidence.push(item);
          else for (const part of item.parts) if (!same.parts.includes(part)) same.parts.push(part);
        };
        const covered: string[] = [];
        const partial: string[] = [];
        const entryLevel = own.filter((a) => a.regime === against);
        for (const unit of units) {
          const whole = entryLevel.find((a) => a.wholeEntry);
          if (whole) {
            covered.push(unit);
            continue;
          }
          const reachesAll = entryLevel.find((a) => a.basis === 'REASON_FOR_CONTROL' && wholeExceptOthers(entry.code, regime, a.scope));
          if (reachesAll) {
            covered.push(unit);
            add({ kind: 'ATTRIBUTION', parts: [unit], other: null, words: reachesAll.scope, rule: 'COVERAGE_WHOLE_EXCEPT_OTHER_ITEMS' });
            continue;
          }
          const servesAll = rowsServeAllMine(entry.code, regime, against);
          if (servesAll) {
            covered.push(unit);
            add({ kind: 'ATTRIBUTION', parts: [unit], other: null, words: servesAll.scope, rule: 'COVERAGE_ROWS_SERVE_ALL' });
            continue;
          }
          const edge = unit === entry.code ? undefined : (partEdgesOf.get(unit) ?? []).find((a) => a.regime === against && !a.conditional);
          if (edge) {
            covered.push(unit);
            add({ kind: 'ATTRIBUTION', parts: [unit], other: null, words: edge.scope, rule: 'COVERAGE_SAME_PARAGRAPH' });
            continue;
          }
          const inPart =
            (unit !== entry.code && (partEdgesByEntry.get(entry.code) ?? []).find((a) => a.regime === against && (within(a.code, unit) || within(unit, a.code)))) ||
            // An attribution by parameters or by the items served, or of an entry without paragraphs, cannot be told to spare
            // this unit — unless both are rows of a software or technology entry that name what they serve, and name nothing in
            // common (2E001: CB "technology for … 2B350 to 2B352 …", NS "technology for items controlled by 2A001,
            // 2B001 to 2B009 …": the NS row reaches none of the CB row's items).
            entryLevel.find((a) => (a.coverage === 'PARAMETERS' || a.coverage === 'SERVED_ITEMS' || unit === entry.code) && !servesOtherItems(entry.code, regime, a.scope));
          if (inPart) {
            partial.push(unit);
            add({ kind: 'ATTRIBUTION', parts: [unit], other: null, words: inPart.scope, rule: 'COVERAGE_CONDITIONAL' });
          }
        }
        const whole = entryLevel.find((a) => a.wholeEntry);
        if (whole) add({ kind: 'ATTRIBUTION', parts: [], other: null, words: whole.scope, rule: 'COVERAGE_SAME_PARAGRAPH' });

        for (const reference of referencesOf.get(entry.code) ?? []) {
          if (!LINKING_REFERENCES.has(reference.kind)) continue;
          // A License Requirements row is read as an attribution; the codes it names are that row's words, not a link of
          // their own (2B009 "MT applies to: … flow-forming machines that meet or exceed the parameters of 2B009.a and
          // 2B109 | MT Column 1" is COVERAGE_CONDITIONAL, not also a reference to 2B109).
          if (LICENSE_ROW.test(reference.text)) continue;
          // A reference covers only between entries of one product group. Software or technology is never the hardware
          // it names ("2E001 includes “technology” for the integration of probe systems into coordinate measurement
          // machines specified by 2B006.a": a support, read apart); equipment is not the materials it makes (1B102 "for
          // the “production” … of … materials specified in 1C011.a"); software is not technology (9D001 → 9E003).
          if (entry.code.charAt(1) !== reference.to.charAt(1)) continue;
          const target = reference.toPart ?? reference.to;
          if (wholly(target, against) || (reference.toPart !== null && wholly(reference.to, against))) {
            add({ kind: 'REFERENCE', parts: [], other: target, words: reference.text, rule: 'COVERAGE_REFERENCE' });
          }
        }

        for (const support of supportsTo.get(entry.code) ?? []) {
          // Only a US row of the other regime that names the hardware. An EU software or technology entry has no rows,
          // and its code says which regime it was written for, not that every item it names is that regime's: EU 9E001
          // ("… specified in 9A004 to 9A012, 9A350, 9B or 9D") carries the Australia Group's 9A350 into a Wassenaar entry.
          if (eu) continue;
          // The serving entry's row for the other regime ties it to this entry as ITT coverage does: the row names it
          // (not only after "does not apply to": 7E001, 7A008), or reaches what that regime controls for its reasons.
          // A row over the serving entry's entire entry does not: 9E002 "NS applies to entire entry" serves 9B116 (an
          // MTCR item) for "production", and NS is Wassenaar's only for Wassenaar's items; the code origin is no row.
          const tie = supportTies(
            support,
            statementsOf.get(support.from) ?? [],
            inputs.jurisdiction,
            statementsOf.get(entry.code) ?? [],
            paragraphsOf.get(support.from),
            tree,
          ).find(
            (t) => t.regime === against && ROW_TIES.has(t.rule),
          );
          // The paragraphs the tie reaches (9E515's MT row: 9A515.d, .e.2 and .h) must be among this regime's units.
          const reached = tie?.parts ?? null;
          if (tie && (reached === null || reached.some((part) => units.some((unit) => within(part, unit) || within(unit, part))))) {
            add({
              kind: 'SUPPORT',
              parts: reached ?? [],
              other: support.from,
              words: tie.words,
              rule: 'COVERAGE_SUPPORT_ROW',
            });
          }
        }

        const status: CoverageStatus = covered.length === units.length ? 'COVERED' : evidence.length > 0 ? 'PARTIAL' : 'GAP';
        const served = servedBy(entry.code, regime, against);
        out.push({
          code: entry.code,
          regime,
          against,
          status,
          units,
          coveredUnits: covered,
          partialUnits: partial,
          servedItems: served.items,
          servedItemsUncovered: status === 'COVERED' ? [] : served.uncovered,
          evidence,
        });
      }
    }
  }
  return out;
}
