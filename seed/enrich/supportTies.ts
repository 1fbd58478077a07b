// For which regimes a software or technology entry's support of a hardware entry counts: only through the
// License Requirements row or the code that ties the D/E entry to the regime (src/domain/coverage.ts rules
// ITT_ROW, ITT_WHOLE_ROW, ITT_CODE_ORIGIN). Derived at import and stored on the SUPPORTS edge.
import type { AttributionRecord, EntryRecord, SupportRecord } from '../model.js';
import type { Phase, RegimeCode } from '../../src/domain/vocabulary.js';
import { phasesGoverning, phasesNamed } from '../parse/references.js';
import { readScope, servedItems, US_MUNITIONS_SERIES, within } from '../../src/domain/attribution.js';
import { rowNames } from './rowCodes.js';
import { HOLDS_NO_ITEMS } from './attributions.js';

export interface SupportTie {
  regime: RegimeCode;
  rule: 'ITT_ROW' | 'ITT_WHOLE_ROW' | 'ITT_ROW_PARAGRAPH' | 'ITT_REASON_ROW' | 'ITT_CODE_ORIGIN' | 'ITT_EU_GROUP' | 'ITT_EU_NAMED';
  /** The row's or the code origin's words. */
  words: string;
  /**
   * The hardware's paragraphs the support reaches for the regime, or null for the whole entry: what the support names
   * (less what its bracket leaves out) met with what the tying words name. 9E515's MT row "MT applies to technology for
   * items in 9A515.d, .e.2, .h, and 9B515.a controlled for MT reasons" and 9E515.a, "9A515 (except 9A515.a.1, a.2,
   * a.3, a.4, .b, .d, .e, or .g)": 9A515.h.
   */
  parts: string[] | null;
}

/** The paragraphs under each paragraph (and entry) of a list, those that hold no items ("[Reserved]") left out. */
export type ParagraphTree = ReadonlyMap<string, readonly string[]>;

export function paragraphTree(entries: readonly EntryRecord[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of entries) {
    if (e.kind !== 'PART' || e.parentCode === null || HOLDS_NO_ITEMS.test(e.text)) continue;
    out.set(e.parentCode, [...(out.get(e.parentCode) ?? []), e.code]);
  }
  return out;
}

/**
 * `named` (null: the entry `code` whole) less the paragraphs `except` leaves out, as the topmost paragraphs that remain;
 * null when nothing is left out. A paragraph holding one left out gives its other paragraphs (or itself, when the list
 * gives none under it).
 */
function remaining(code: string, named: readonly string[] | null, except: readonly string[], tree: ParagraphTree): string[] | null {
  if (except.length === 0) return named === null ? null : [...named];
  const rest = (node: string): string[] => {
    if (except.some((x) => within(node, x))) return [];
    const under = tree.get(node) ?? [];
    return except.some((x) => x !== node && within(x, node)) && under.length > 0 ? under.flatMap(rest) : [node];
  };
  return (named ?? [code]).flatMap(rest);
}

/** What two readings both reach (null: the whole entry). */
function meet(a: readonly string[] | null, b: readonly string[] | null): string[] | null {
  if (a === null) return b === null ? null : [...b].sort();
  if (b === null) return [...a].sort();
  const out = new Set<string>();
  for (const x of a) for (const y of b) if (within(x, y)) out.add(x); else if (within(y, x)) out.add(y);
  return [...out].sort();
}

/** The hardware's paragraphs a support names, less what its bracket leaves out; null for the whole entry. */
export function supportReach(support: SupportRecord, tree: ParagraphTree): string[] | null {
  return remaining(support.to, support.toPart === null ? null : [support.toPart], support.exceptParts ?? [], tree);
}

/**
 * The hardware's paragraphs words name (null: the whole entry, or none named): 9D604's MT row "… for commodities
 * controlled for MT reasons in ECCN 9A604.c or .d, or ECCN 9B604" names 9A604.c and 9A604.d. What follows "except"
 * is left out: 1E607 "NS applies to entire entry, except “technology” for 1C607.a.10, .a.11, .a.12, and .a.14 …".
 */
function wordsReach(words: string, code: string, tree: ParagraphTree): string[] | null {
  // Each "(except …)" bracket leaves out what it names, and an "except" outside brackets what follows it: 3E001 "…
  // 3B001 (except as noted in the heading), 3B002 (except 3B002.c), or 3C001 to 3C006" still names 3C001 to 3C006.
  const tails: string[] = [];
  let head = withoutExceptions(words).replace(/\([^()]*\b(?:except|excluding)\b[^()]*\)/gi, (bracket) => {
    tails.push(bracket);
    return ' ';
  });
  const cut = /\b(?:except|excluding)\b/i.exec(head)?.index;
  if (cut !== undefined) {
    tails.push(head.slice(cut));
    head = head.slice(0, cut);
  }
  const tail = tails.join(' ');
  const named = servedItems(head).filter((i) => i.code === code);
  const leftOut = servedItems(tail).filter((i) => i.code === code);
  // The hardware left out whole: 4E001 "NS applies to entire entry, except for “technology” for 4A090 …" for 4A090;
  // not when words narrow what is left out (0D501 "… except “software” for … equipment in ECCN 0B501 for commodities in
  // ECCN 0A501.y": 0B501's equipment for 0A501.y only).
  const narrowed = new RegExp(String.raw`(?<![A-Za-z0-9])${code}(?![.0-9])\s+(?:for|that|which|when|if|having|used|designed|specially)\b`).test(tail);
  if (leftOut.some((i) => i.part === null) && !narrowed) return [];
  const except = leftOut.flatMap((i) => (i.part === null ? [] : [i.part]));
  const parts = named.length === 0 || named.some((i) => i.part === null) ? null : [...new Set(named.map((i) => i.part as string))];
  return remaining(code, parts, except, tree);
}

/** A qualifier right after the hardware's code narrows the row to one phase: "9A012 (applies only to “production” “technology” …)". */
function qualifiedPhase(scope: string, code: string): Phase | null {
  const m = new RegExp(String.raw`${code}[^(]{0,20}\(applies only to [“"]?(development|production|use)\b`).exec(scope);
  return (m?.[1] as Phase | undefined) ?? null;
}

/**
 * The phases a row reaches for the hardware: its qualifier for that code; else the phases its own words name (9D610:
 * "MT applies to software “specially designed” for the operation, installation, maintenance, repair, overhaul, or
 * refurbishing of commodities controlled for MT reasons in 9A610" is use only); else, naming none, every phase.
 */
function rowPhases(scope: string, code: string): readonly Phase[] | null {
  const only = qualifiedPhase(scope, code);
  if (only) return [only];
  // 1D608 MT row "… for the “use” of 1B608 equipment in the “production” and handling of materials controlled by
  // 1C608.m …": the phases before the code govern it; the production is the materials'.
  const at = new RegExp(String.raw`(?<![A-Za-z0-9])${code}(?![0-9])`).exec(scope)?.index;
  const named = at === undefined ? phasesNamed(scope) : phasesGoverning(scope, at);
  return named.length > 0 ? named : null;
}

/**
 * The regimes a support counts for. A CCL D/E entry counts for a regime through a row of that regime that
 * covers the entire entry or names the hardware (its code or a range holding it); through its code origin only
 * when it has no row for that regime at all. An EU D/E entry carries no reasons: its code origin ties it. A row
 * that names phases ties those only: "(applies only to “production” “technology” …)" after the hardware's code, or
 * the phases of its own words ("for the operation, installation, maintenance … of commodities … in 9A610": use).
 */
/**
 * Whether a row covers the serving entry's entire entry except what it serves for some other items: 4E001 "NS applies
 * to entire entry, except for “technology” for 4A090 or “software” specified by 4D090"; 1E607 "NS applies to entire
 * entry, except “technology” for 1C607.a.10, .a.11, .a.12, and .a.14 and for 1D607 “software” therefor". A row that
 * leaves out the entry's own paragraphs ("entire entry except 9E515.x and .y") is another reading (ITT_ROW_PARAGRAPH).
 */
function wholeExceptOtherItems(scope: string, from: string): boolean {
  const at = /\bentire entry,?\s+except\b/i.exec(scope)?.index;
  if (at === undefined) return false;
  const codes = servedItems(scope.slice(at)).map((i) => i.code);
  return codes.length > 0 && codes.every((code) => code !== from.split('.')[0]);
}

/**
 * Whether a row names the hardware's product group (3D001 "NS applies to “software” for commodities controlled by
 * 3A001.b to 3A001.h, 3A001.z, and 3B (except as specified in the heading)" for 3B001). A group does not reach the 500
 * and 600 series, which have software and technology entries of their own (decision 0003).
 */
function namesGroupOf(scope: string, code: string): boolean {
  return !US_MUNITIONS_SERIES.test(code) && new RegExp(String.raw`(?<![A-Za-z0-9.§/-])${code.slice(0, 2)}(?![A-Za-z0-9:'’])`).test(scope);
}

/** A row's words without its "… does not apply to …" sentences. */
const withoutExceptions = (scope: string): string => scope.replace(/\b[A-Z]{2} does not apply to[^.]*\.?/g, ' ');

/** The reason code of a CCL row for each regime ("MT applies to …"). */
const REASON_OF: Partial<Record<RegimeCode, string>> = { MTCR: 'MT', NSG: 'NP', AG: 'CB', WA: 'NS' };

/**
 * Whether a row ties its software or technology to whatever hardware that regime controls for its reasons: 7E001 "MT
 * applies to technology for equipment controlled for MT reasons. MT does not apply to “technology” for equipment
 * controlled by 7A008." (7D001: "MT applies to “software” for equipment controlled for MT reasons."). Hardware the row
 * excludes by code ("does not apply to … 7A008") is not tied.
 */
function reasonRowTies(scope: string, regime: RegimeCode, code: string): boolean {
  const reason = REASON_OF[regime];
  if (reason === undefined) return false;
  const general = new RegExp(String.raw`\b${reason} applies to [“"]?(?:technology|software)[”"]? for (?:equipment|items|commodities)(?: [a-z“”"]+){0,3} controlled for ${reason} reasons\b`, 'i');
  if (!general.test(scope)) return false;
  const excluded = [...scope.matchAll(new RegExp(String.raw`\b${reason} does not apply to[^.]*`, 'gi'))].some((m) => rowNames(m[0], code));
  return !excluded;
}

/**
 * Whether an EU wording names the hardware's whole group ("specified in 2A, 2B or 2D" for 2B350). Naming the code
 * is not enough: 2E201 names 2B001 as the NSG's "use" technology, which Wassenaar does not control for 2B001.
 */
function namesGroup(words: string, code: string): boolean {
  return new RegExp(String.raw`(?<![A-Za-z0-9.])${code.slice(0, 2)}(?![A-Za-z0-9])`).test(words);
}

/**
 * `hardware` are the served entry's own statements: in the EU list, a software or technology entry that names the
 * hardware's whole group counts for the hardware's regimes too (ITT_EU_GROUP): Annex I merges the
 * regimes' lists and states no reasons, so 2E001 ("“development” of equipment or “software” specified in 2A, 2B or
 * 2D") is where the Australia Group's "related technology" for 2B350 is controlled.
 */
/** Whether a row names a code as an item of a list of codes ("1C351, 1C353, or 1C354"), not with words that narrow it. */
function namesInList(scope: string, code: string): boolean {
  return new RegExp(String.raw`(?<![A-Za-z0-9.])${code}(?=\s*(?:[,;|]|\.(?:\s|$)|$|\s+(?:or|and|to)\s+(?:ECCNs?\s+)?\d[A-E]\d{3}))`).test(scope);
}

/** Whether a row's words name a code itself (or a range holding it), not only paragraphs of it ("1C351.d.15"). */
function namesWholeCode(scope: string, code: string): boolean {
  return rowNames(scope.replace(new RegExp(String.raw`(?<![A-Za-z0-9])${code}\.[a-z0-9][a-z0-9.]*`, 'g'), ''), code);
}

/** A paragraph of a serving entry: its code and its words. */
export interface ServingParagraph {
  code: string;
  text: string;
}

/** The paragraphs of each software and technology entry, by the entry's code. */
export function servingParagraphs(entries: readonly EntryRecord[]): Map<string, ServingParagraph[]> {
  const out = new Map<string, ServingParagraph[]>();
  for (const e of entries) {
    const entry = e.code.split('.')[0] as string;
    if (e.kind !== 'PART' || !/^\d[DE]/.test(entry)) continue;
    out.set(entry, [...(out.get(entry) ?? []), { code: e.code, text: e.text }]);
  }
  return out;
}

/**
 * The row over the serving entry's entire entry except some of its paragraphs, and a paragraph it keeps that names the
 * hardware for the phase: 8D620 "NS applies to entire entry, except 8D620.b and .y" keeps 8D620.a, "“Software” …
 * for the “development,” “production,” operation, or maintenance of commodities controlled by ECCN 8A620 or ECCN 8B620
 * (except for commodities controlled by ECCN 8A620.b or .y …)". A code named only in brackets after "except" is not
 * named by the paragraph, and one whose words leave out what the support reaches is not the one.
 */
function keptParagraph(
  rows: readonly AttributionRecord[],
  support: SupportRecord,
  paragraphs: readonly ServingParagraph[],
  reaches: (paragraph: ServingParagraph) => boolean,
): { row: AttributionRecord; paragraph: ServingParagraph } | null {
  if (paragraphs.length === 0) return null;
  const codes = paragraphs.map((p) => p.code);
  for (const row of rows) {
    const reading = readScope(support.from, row.scope, codes);
    if (reading.coverage !== 'WHOLE_EXCEPT' || reading.exceptParts.length === 0) continue;
    const excepted = (code: string) => reading.exceptParts.some((x) => within(code, x));
    for (const paragraph of paragraphs) {
      if (excepted(paragraph.code)) continue;
      const words = paragraph.text.replace(/\((?:except|excluding)\b[^()]*\)/gi, ' ');
      const names = support.toPart === null ? namesWholeCode(words, support.to) : servedItems(words).some((item) => item.code === support.to);
      if (names && (rowPhases(words, support.to)?.includes(support.phase) ?? true) && reaches(paragraph)) return { row, paragraph };
    }
  }
  return null;
}

/**
 * `paragraphs` are the serving entry's paragraphs: a row over its entire entry except some of them ties the hardware
 * that the others name (ITT_ROW_PARAGRAPH).
 */
export function supportTies(
  support: SupportRecord,
  statements: readonly AttributionRecord[],
  jurisdiction: string,
  hardware: readonly AttributionRecord[] = [],
  paragraphs: readonly ServingParagraph[] = [],
  tree: ParagraphTree = new Map(),
): SupportTie[] {
  const reach = supportReach(support, tree);
  const ties: SupportTie[] = [];
  /** A tie reaches what the support reaches and the tying words name; one that reaches nothing is none. */
  const tie = (regime: RegimeCode, rule: SupportTie['rule'], words: string, named: string[] | null = null) => {
    const parts = meet(reach, named);
    if (parts === null || parts.length > 0) ties.push({ regime, rule, words, parts });
  };
  // What the hardware's own rows of a regime reach (null: the whole entry).
  const ownReach = (regime: RegimeCode): string[] | null => {
    const rows = hardware.filter((own) => own.regime === regime && own.basis === 'REASON_FOR_CONTROL');
    if (rows.length === 0 || rows.some((own) => own.wholeEntry)) return null;
    const reaches = rows.map((own) => wordsReach(own.scope, support.to, tree));
    return reaches.some((r) => r === null) ? null : [...new Set(reaches.flat() as string[])];
  };
  const regimes = new Set(statements.map((s) => s.regime));
  for (const regime of regimes) {
    const mine = statements.filter((s) => s.regime === regime);
    const rows = mine.filter((s) => s.basis === 'REASON_FOR_CONTROL');
    const origin = mine.find((s) => s.basis === 'CODE_ORIGIN' || s.basis === 'REGIME_LIST');
    if (jurisdiction !== 'EU' && rows.length > 0) {
      const whole = rows.find((s) => s.wholeEntry) ?? rows.find((s) => wholeExceptOtherItems(s.scope, support.from));
      // A code named only where the row says it does not apply is not named by it: 7E001 "MT does not apply to
      // “technology” for equipment controlled by 7A008".
      const namingRows = rows.filter(
        (s) => (rowNames(withoutExceptions(s.scope), support.to) || namesGroupOf(withoutExceptions(s.scope), support.to)) && (rowPhases(s.scope, support.to)?.includes(support.phase) ?? true),
      );
      // The row that names what is served, before one naming only some of its paragraphs: 1E001 serves 1C351 under
      // "CB applies to “technology” for items controlled by 1C351, 1C353, or 1C354" (CB Column 2), not under "… by
      // 1C351.d.15 and .16 …" (CB Column 1); a support of one paragraph prefers the row that names that paragraph.
      // Of the rows that name it whole, one that names it in a plain list of codes comes first: 1C353 is named whole by
      // both 1E001 CB rows, but "… the 1C353 genetic elements of toxins in 1C351.d.15 and .16" only some of its items,
      // and "… items controlled by 1C351, 1C353, or 1C354" all of them.
      const namesIt = (s: AttributionRecord) => (support.toPart === null ? namesWholeCode(s.scope, support.to) : s.scope.includes(support.toPart));
      const plainly = (s: AttributionRecord) => support.toPart === null && namesInList(withoutExceptions(s.scope), support.to);
      const naming = namingRows.find((s) => namesIt(s) && plainly(s)) ?? namingRows.find(namesIt) ?? namingRows[0];
      // The hardware is controlled for that regime's reasons when a row of its own for the regime reaches it.
      const controlledFor = hardware.some((own) => own.regime === regime && own.basis === 'REASON_FOR_CONTROL');
      const forReasons = controlledFor ? rows.find((s) => reasonRowTies(s.scope, regime, support.to)) : undefined;
      // The kept paragraph must reach what the support does: 9E515.a names 9A515 "(except 9A515.a.1 …)", 9E515.f
      // "9A515.a.1, a.2, a.3, a.4, or .g".
      const reachedBy = (p: ServingParagraph) => meet(reach, wordsReach(p.text, support.to, tree))?.length !== 0;
      const kept = whole || naming ? null : keptParagraph(rows, support, paragraphs, reachedBy);
      if (whole) tie(regime, 'ITT_WHOLE_ROW', whole.scope, whole.wholeEntry ? null : wordsReach(whole.scope, support.to, tree));
      else if (naming) tie(regime, 'ITT_ROW', naming.scope, wordsReach(naming.scope, support.to, tree));
      else if (kept) tie(regime, 'ITT_ROW_PARAGRAPH', `${kept.row.scope}; ${kept.paragraph.code}: ${kept.paragraph.text}`, wordsReach(kept.paragraph.text, support.to, tree));
      else if (forReasons) tie(regime, 'ITT_REASON_ROW', forReasons.scope, ownReach(regime));
    } else if (origin) {
      tie(regime, 'ITT_CODE_ORIGIN', origin.scope);
    }
  }
  if (jurisdiction === 'EU' && namesGroup(support.text, support.to)) {
    for (const own of hardware) {
      if (ties.some((t) => t.regime === own.regime)) continue;
      tie(own.regime, 'ITT_EU_GROUP', `${support.text}; ${own.scope}`);
    }
  } else if (jurisdiction === 'EU' && regimes.has('WA') && hardware.length > 0 && !hardware.some((own) => own.regime === 'WA')) {
    // A Wassenaar-numbered entry that names another regime's hardware by its code (9E001 "… specified in 9A004 to
    // 9A012, 9A350, 9B or 9D" names the Australia Group's 9A350) holds that regime's control for it: Wassenaar does not
    // control the item, so nothing else puts it there. The other way round, an MTCR- or NSG-numbered entry naming a
    // Wassenaar item (2E201 "“use” of … 2B001") is that regime's control only.
    for (const own of hardware) {
      if (ties.some((t) => t.regime === own.regime)) continue;
      tie(own.regime, 'ITT_EU_NAMED', `${support.text}; ${own.scope}`);
    }
  }
  return ties;
}
