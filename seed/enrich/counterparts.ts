// Whether two entries that carry the same code in two national lists name the same items, and, for an entry
// without a counterpart, what the sources say about why. Pure functions: the import step feeds them entries.
//
// The measure is deliberately plain, so a reader can redo it by hand: both wordings are reduced to sets of
// normalised content words (no numbers, no codes, no drafting words), then
//   titleSimilarity = Jaccard of the two headings' word sets  (|A∩B| / |A∪B|), and
//   textSimilarity  = containment of the two wordings' word sets (|A∩B| / min(|A|,|B|)),
// where a wording is the heading plus the items text. Containment, not Jaccard, for the wording because one
// list routinely says more than the other about the same item (EU notes, US paragraphs spelt out in the
// heading); what matters is whether the shorter wording is found in the longer. Titles get Jaccard because
// headings are short and one list often puts in the heading what the other spreads over paragraphs, so the
// title alone never decides "agree", only strengthens "diverge". See docs/decisions/0009-counterparts.md for
// the calibration on the real lists.

import { phasesNamed } from '../parse/references.js';

export type Verdict = 'AGREES' | 'DIVERGES' | 'UNCERTAIN' | 'CONTROLLED_ELSEWHERE';

export interface ComparableEntry {
  code: string;
  /** The list's jurisdiction: 'US' for the CCL, 'EU' for Annex I. */
  jurisdiction: string;
  title: string;
  text: string;
  category: number | null;
  itar: boolean;
  /** The values its items are bounded by (its CONTROL thresholds in base units); absent when not read. */
  values?: readonly ComparableValue[];
}

/** One control value of an entry, as the threshold reading stored it, with its base-unit form for comparing. */
export interface ComparableValue {
  parameter: string;
  comparator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  baseValue: number;
  baseValueMax: number | null;
  baseUnit: string;
  part: string | null;
}

export interface SameCodeComparison {
  verdict: Verdict;
  /** The id of the rule below that gave the verdict. */
  rule: string;
  titleSimilarity: number;
  textSimilarity: number;
  /** Both headings, the scores and the words the two wordings share. */
  evidence: string;
  sharedWords: string[];
}

/** A wording at or above this containment names the same items (calibrated: every agreeing pair read is ≥ 0.40). */
export const AGREE_TEXT = 0.4;
/** Below AGREE_TEXT, headings that share no more than this (Jaccard) name different items … */
export const DIVERGE_TITLE = 0.1;
/** … when both headings say enough to tell: "Software as follows:" names nothing yet. */
export const MIN_TITLE_WORDS = 3;

// Words that structure an entry rather than name its items, in either list's drafting.
const DRAFTING_WORDS = new Set(
  (
    'a an and any all also are as at be been by can for from has have having in including into is it its may not of on or ' +
    'other than that the their them then there these this those thereof therefor to under which with within ' +
    'specified specially designed controlled control controls described following follows item items entry entries eccn ' +
    'list see such usable useable used goods commodity commodities part note notes technical related ' +
    'definition definitions heading paragraph paragraphs subject except only reason reasons itar cfr usml'
  ).split(' '),
);

// The CCL's own boilerplate: pointers to where the items are listed, and the ITAR placeholder sentence.
const US_BOILERPLATE = [
  /\(see list of items controlled\)/gi,
  /the list of items controlled is contained in the eccn heading\.?/gi,
  /\(these items are [“"]?subject to the itar\.?[”"]?[^)]*\)/gi,
];

/** One spelling for words the US and EU spell differently (armour/armor, analyser/analyzer, centre/center). */
function normaliseWord(raw: string): string {
  let w = raw;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  w = w
    .replace(/(?<=[a-z]{3})our$/, 'or')
    .replace(/(?<=[a-z]{2})is(e|ed|ing|ation|er)$/, 'iz$1')
    .replace(/(?<=[a-z]{2})ys(e|ed|er|ing)$/, 'yz$1')
    .replace(/ogue$/, 'og')
    .replace(/(?<=[a-z]{2})tre$/, 'ter');
  return w;
}

/** Entry-level codes a wording names (`9A012`, `1C011.a` -> `1C011`): for software and technology, what they serve. */
const CODE = /\b(\d[A-E]\d{3})(?:\.[a-z0-9.]+)?/g;

/**
 * The content words of a wording: lower case, quotes dropped, hyphenated words split, numbers dropped; the
 * entry-level codes it names are kept as words of their own, since a software or technology entry names what it
 * serves by code ("equipment specified in 2B351") and its remaining words are the same in every such entry.
 */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(CODE)) words.add(match[1] as string);
  const cleaned = text.replace(CODE, ' ').toLowerCase().replace(/[“”"'’‘]/g, '');
  for (const token of cleaned.match(/[a-z]+/g) ?? []) {
    if (token.length < 3 || DRAFTING_WORDS.has(token)) continue;
    const word = normaliseWord(token);
    if (!DRAFTING_WORDS.has(word)) words.add(word);
  }
  return words;
}

/** The heading without the CCL's pointers and ITAR sentence, which say where items are, not what they are. */
export function comparableTitle(entry: Pick<ComparableEntry, 'title'>): string {
  // "… described in this ECCN (see List of Items Controlled)." loses its pointer without leaving "ECCN  ." behind.
  return US_BOILERPLATE.reduce((title, pattern) => title.replace(pattern, ' '), entry.title)
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * The words that name the items: the heading and the items text. For the CCL that is what follows "Items:" in the
 * List of Items Controlled (the License Requirements and Related Controls above it speak about licences and other
 * entries); an EU entry's text is all items and notes.
 */
export function comparableWording(entry: ComparableEntry): string {
  let items = entry.text;
  if (entry.jurisdiction === 'US') {
    const start = entry.text.indexOf('Items:');
    items = start >= 0 ? entry.text.slice(start + 'Items:'.length) : '';
  }
  const wording = `${comparableTitle(entry)}\n${items}`;
  return US_BOILERPLATE.reduce((text, pattern) => text.replace(pattern, ' '), wording);
}

const round = (x: number) => Math.round(x * 100) / 100;

export function jaccard(a: Set<string>, b: Set<string>): number {
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : [...a].filter((w) => b.has(w)).length / union;
}

export function containment(a: Set<string>, b: Set<string>): number {
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : [...a].filter((w) => b.has(w)).length / smaller;
}

const quote = (e: ComparableEntry) => `${e.jurisdiction} ${e.code}: “${comparableTitle(e)}”`;

const ITAR_SENTENCE = /\(?These items are [“"]?subject to the ITAR\.?[”"]?[^)]*\)?/i;

/** The CCL's ITAR placeholder sentence of an entry flagged as such, or null. */
function itarSentence(entry: ComparableEntry): string | null {
  if (!entry.itar) return null;
  return `${entry.title}\n${entry.text}`.match(ITAR_SENTENCE)?.[0].trim() ?? null;
}

/** Names "goods specified in this Category", i.e. its items are whatever its own list's category holds. */
const CATEGORY_RELATIVE = /(?:goods|items|commodities) (?:specified|controlled|described) (?:in|by) this Category/i;

/**
 * Compares two entries with the same code in lists of two jurisdictions. Rules, in order:
 * - `EU_CATEGORY_0_TRIGGER_LIST`: an EU Category 0 entry that names its items as "goods specified in this Category"
 *   means the NSG trigger list items of EU Category 0 (0A001–0C005); a US entry of the same number names other
 *   items (the CCL's Category 0 holds no trigger-list plant or material), so the wording, however alike, does not
 *   show the same items. DIVERGES.
 * - `US_ITAR_PLACEHOLDER`: one side is a CCL entry whose items are "subject to the ITAR": it keeps the number as a
 *   cross-reference and controls nothing on the CCL (the items are on the US Munitions List, 22 CFR part 121), so
 *   however alike the wordings, it is not the other list's counterpart: the two may name the same items, which the
 *   United States controls elsewhere. CONTROLLED_ELSEWHERE.
 * - `WORDING_CONTAINED`: textSimilarity ≥ AGREE_TEXT. AGREES.
 * - `WORDING_AND_TITLE_DIFFER`: textSimilarity < AGREE_TEXT, titleSimilarity ≤ DIVERGE_TITLE, and both headings have
 *   at least MIN_TITLE_WORDS content words. DIVERGES.
 * - `WORDING_PARTLY_SHARED`: anything else (little shared wording, but a heading too short to tell). UNCERTAIN.
 */
/** The CAS registry numbers a wording names ("(CAS 7783-66-6)"). */
function casNumbers(wording: string): Set<string> {
  return new Set([...wording.matchAll(/(?<![\d-])\d{2,7}-\d{2}-\d(?![\d-])/g)].map((m) => m[0]));
}

/** Two values within this share of each other are one value written two ways (5 atmospheres beside 0.5 MPa). */
const SAME_VALUE = 0.03;
const near = (x: number, y: number) => x === y || Math.abs(x - y) <= SAME_VALUE * Math.max(Math.abs(x), Math.abs(y));
/**
 * One bound: same comparison and value; a bare value against a one-sided bound at the same number is not told apart
 * either (EU 3A233.d.2 "'cold traps' that can be cooled to a temperature of 193 K (-80 °C)", the CCL's "… of 193 K (−80 °C) or less").
 */
const sameValue = (x: ComparableValue, y: ComparableValue) =>
  (x.comparator === y.comparator || ((x.comparator === '=' || y.comparator === '=') && x.comparator !== 'range' && y.comparator !== 'range')) &&
  near(x.baseValue, y.baseValue) &&
  (x.baseValueMax === null ? y.baseValueMax === null : y.baseValueMax !== null && near(x.baseValueMax, y.baseValueMax));
const COMPARATOR_SIGN: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
const written = (v: ComparableValue) =>
  `${v.comparator === 'range' ? `${v.value} to ${v.valueMax ?? ''}` : `${COMPARATOR_SIGN[v.comparator] ?? v.comparator} ${v.value}`} ${v.unit}`.trim();

/** The editions of ISO 230-2 a wording measures by: "ISO 230/2 (2006)" (CCL), "ISO 230-2:1988" (EU). */
function iso2302Editions(entry: ComparableEntry): Set<string> {
  return new Set([...`${entry.title}\n${entry.text}`.matchAll(/ISO\s*230[-/]2\s*(?:\(|:)\s*(\d{4})/g)].map((m) => m[1] as string));
}
/**
 * Parameters measured by an ISO 230-2 edition, not compared across editions: CCL 2B201 "The identified positioning
 * accuracy values in this entry are based on ISO 230/2 (2006), which equates to the values based on ISO 230/2 (1988)
 * that are used by the Nuclear Supplier's Group (NSG). … In 2B201.a and .b.1, this results in a change from 6 µm to 4.5
 * µm. … In 2B201.c, the resulting change is from 4 µm to 3 µm." The EU's 6 μm and 4 μm (ISO 230-2:1988) are those bounds,
 * under other letters (the EU's 2B201.a is milling, the CCL's turning).
 */
const MEASURED_BY_ISO_230_2 = /positioning|repeatability/i;

/**
 * The parameters both entries bound where a value of one is not among the other's, described: the word measure leaves
 * numbers out, so CCL 1B228.b "at an internal pressure of 0.5 to 5 MPa" and EU 1B228.b "at internal pressures in the
 * range of 0,1 MPa to 1 MPa" look alike. A parameter only one side bounds is left to the words.
 */
function valuesDiffer(a: ComparableEntry, b: ComparableEntry): string[] {
  const [editionsA, editionsB] = [iso2302Editions(a), iso2302Editions(b)];
  const otherEdition = editionsA.size > 0 && editionsB.size > 0 && [...editionsA, ...editionsB].some((y) => !editionsA.has(y) || !editionsB.has(y));
  const measured = (v: ComparableValue) => !(otherEdition && MEASURED_BY_ISO_230_2.test(v.parameter));
  const [va, vb] = [(a.values ?? []).filter(measured), (b.values ?? []).filter(measured)];
  // Paragraph by paragraph: a paragraph one list bounds and the other does not is left to the words.
  const key = (v: ComparableValue) => `${v.part ?? ''} ${v.parameter} (${v.baseUnit})`;
  const inB = new Set(vb.map(key));
  const out: string[] = [];
  for (const parameter of [...new Set(va.map(key))].filter((k) => inB.has(k)).sort()) {
    const [pa, pb] = [va.filter((v) => key(v) === parameter), vb.filter((v) => key(v) === parameter)];
    // A value the other entry states in another paragraph is a renumbering, not a difference: EU 6A205.a.1's 400 to 515
    // nm is the CCL's 6A205.b.1.
    const anywhere = (v: ComparableValue, values: readonly ComparableValue[]) =>
      values.some((w) => w.parameter === v.parameter && w.baseUnit === v.baseUnit && sameValue(v, w));
    const onlyA = pa.filter((x) => !anywhere(x, vb));
    const onlyB = pb.filter((y) => !anywhere(y, va));
    if (onlyA.length === 0 && onlyB.length === 0) continue;
    // Only the values the other entry states nowhere: CCL 6A205.a.1's copper-vapour 500 to 600 nm, not the EU's argon 400
    // to 515 nm, which is the CCL's 6A205.b.1.
    const side = (e: ComparableEntry, other: ComparableEntry, values: ComparableValue[]) =>
      values.length === 0
        ? []
        : [`${e.jurisdiction} ${[...new Set([...values].sort((x, y) => x.baseValue - y.baseValue || (x.baseValueMax ?? 0) - (y.baseValueMax ?? 0)).map(written))].join(', ')}, which ${other.jurisdiction} ${other.code} states nowhere`];
    out.push(`${parameter.replace(/ \(.*\)$/, '').trim()}: ${[...side(a, b, onlyA), ...side(b, a, onlyB)].join('; ')}`);
  }
  return out;
}

/**
 * The N.B.s over a whole entry (before its first item) that send some of its items to another entry, which may be where
 * a value the other list states here went: EU 6A205 "N.B. For copper vapour lasers, see 6A005.b." (the CCL's 6A205.a
 * copper vapour lasers). An N.B. inside an item speaks of that item only.
 */
function pointersElsewhere(entry: ComparableEntry): string[] {
  const firstItem = entry.text.search(/(?:^|\s)a\.\s+(?=[A-Z“"'‘(])/);
  const head = firstItem === -1 ? entry.text : entry.text.slice(0, firstItem);
  return [...head.matchAll(/N\.\s?B\.:?\s+((?:(?!N\.\s?B\.)[^;\n])*?\b[Ss]ee(?: also)?\s+(?:ECCN\s+)?\d[A-E]\d{3}(?:\.[a-z0-9]+)*\.?)/g)]
    .map((m) => `N.B. ${(m[1] as string).trim()}`)
    .filter((words) => !new RegExp(String.raw`\b${entry.code}\b`).test(words));
}

export function compareSameCode(a: ComparableEntry, b: ComparableEntry): SameCodeComparison {
  const titleA = contentWords(comparableTitle(a));
  const titleB = contentWords(comparableTitle(b));
  const wordingA = contentWords(comparableWording(a));
  const wordingB = contentWords(comparableWording(b));
  const titleSimilarity = round(jaccard(titleA, titleB));
  const textSimilarity = round(containment(wordingA, wordingB));
  const sharedWords = [...wordingA].filter((w) => wordingB.has(w)).sort();
  const scores =
    `title words in common ${[...titleA].filter((w) => titleB.has(w)).length} of ${new Set([...titleA, ...titleB]).size} (Jaccard ${titleSimilarity}); ` +
    `wording: ${sharedWords.length} of the shorter wording's ${Math.min(wordingA.size, wordingB.size)} words found in the other (containment ${textSimilarity})`;
  const evidence = (because: string) => `${quote(a)} | ${quote(b)} | ${scores}${because ? ` | ${because}` : ''}`;
  const result = (verdict: Verdict, rule: string, because = ''): SameCodeComparison => ({
    verdict,
    rule,
    titleSimilarity,
    textSimilarity,
    evidence: evidence(because),
    sharedWords,
  });

  const eu = a.jurisdiction === 'EU' ? a : b.jurisdiction === 'EU' ? b : null;
  if (eu && eu.category === 0 && CATEGORY_RELATIVE.test(`${eu.title} ${eu.text}`)) {
    const words = `${eu.title} ${eu.text}`.match(CATEGORY_RELATIVE)?.[0] ?? '';
    return result(
      'DIVERGES',
      'EU_CATEGORY_0_TRIGGER_LIST',
      `the EU entry names “${words}”: EU Category 0 is the NSG trigger list (INFCIRC/254 Part 1), which the other list does not hold under these numbers`,
    );
  }
  const placeholder = [a, b].find((e) => e.jurisdiction === 'US' && itarSentence(e) !== null);
  if (placeholder) {
    return result(
      'CONTROLLED_ELSEWHERE',
      'US_ITAR_PLACEHOLDER',
      `the US entry says ${itarSentence(placeholder)}: the CCL keeps ${placeholder.code} as a cross-reference and controls nothing under it (the items are on the US Munitions List, 22 CFR part 121)`,
    );
  }
  // Chemicals are named by their CAS numbers, which the word measure leaves out: EU 1C011 adds "e. Iodine pentafluoride
  // (CAS 7783-66-6)", which the CCL's 1C011 does not name, and the two do not agree on it.
  const [casA, casB] = [casNumbers(comparableWording(a)), casNumbers(comparableWording(b))];
  const onlyA = [...casA].filter((n) => !casB.has(n));
  const onlyB = [...casB].filter((n) => !casA.has(n));
  if (textSimilarity >= AGREE_TEXT && (onlyA.length > 0 || onlyB.length > 0)) {
    const side = (e: ComparableEntry, only: string[]) => (only.length > 0 ? `${e.jurisdiction} ${e.code} names CAS ${only.join(', ')}, which the other does not` : '');
    return result('UNCERTAIN', 'CAS_NUMBERS_DIFFER', [side(a, onlyA), side(b, onlyB)].filter((s) => s !== '').join('; '));
  }
  // The word measure drops the phases: CCL 1E203 "“Technology” … for the “development” or “production” of “software”
  // controlled by 1D201" holds what EU 1E203 "… for the "development" of "software" specified in 1D201" does and more.
  const [phasesA, phasesB] = [a, b].map((e) => (/^\d[DE]/.test(e.code) ? [...new Set(phasesNamed(comparableTitle(e)))].sort() : []));
  if (textSimilarity >= AGREE_TEXT && phasesA!.length > 0 && phasesB!.length > 0 && phasesA!.join() !== phasesB!.join()) {
    return result('UNCERTAIN', 'PHASES_DIFFER', `the headings name other phases: ${a.jurisdiction} ${phasesA!.join(', ')}; ${b.jurisdiction} ${phasesB!.join(', ')}`);
  }
  const differ = textSimilarity >= AGREE_TEXT ? valuesDiffer(a, b) : [];
  if (differ.length > 0) {
    const pointers = [a, b].flatMap((e) => pointersElsewhere(e).map((words) => `${e.jurisdiction} ${e.code} points elsewhere: “${words}”`));
    return result('UNCERTAIN', 'VALUES_DIFFER', `the wordings agree but their values do not: ${[...differ, ...pointers].join(' | ')}`);
  }
  if (textSimilarity >= AGREE_TEXT) return result('AGREES', 'WORDING_CONTAINED');
  if (titleSimilarity <= DIVERGE_TITLE && Math.min(titleA.size, titleB.size) >= MIN_TITLE_WORDS) return result('DIVERGES', 'WORDING_AND_TITLE_DIFFER');
  return result('UNCERTAIN', 'WORDING_PARTLY_SHARED');
}

// ---------------------------------------------------------------------------------------------------------------
// No counterpart: what the sources say about an entry that has no agreeing same-code entry in another list.

export type NoCounterpartReason =
  | 'US_ITAR_PLACEHOLDER'
  | 'US_NO_ITEMS_MOVED'
  | 'US_MUNITIONS_SERIES'
  | 'US_ONLY_NUMBER'
  | 'NRC_DOE_LICENSING'
  | 'SAME_CODE_DIVERGES'
  | 'SAME_CODE_UNCERTAIN'
  | 'SAME_ITEMS_OTHER_NUMBER'
  | 'NOT_STATED';

export interface NoCounterpart {
  reason: NoCounterpartReason;
  /** The id of the rule that gave the reason (the reason itself: one rule each). */
  rule: string;
  /** The source's own words the reason rests on. */
  evidence: string;
  /** Where those words are: the entry itself, the other list, or a cited public text. */
  source: string;
}

/**
 * 15 CFR 774.1(b)(2) and the Note to paragraph (b): the CCL's own statement that these ECCNs left the list for the
 * Nuclear Regulatory Commission's licensing. Quoted from the public text of the EAR
 * (as published at https://www.law.cornell.edu/cfr/text/15/774.1), not from the seed file, which holds Supplement 1 only.
 */
export const CFR_774_1_B_2 = {
  source: '15 CFR 774.1(b)(2) and Note to paragraph (b) (https://www.law.cornell.edu/cfr/text/15/774.1)',
  words:
    'ECCNs formerly listed on the CCL that, as of October 15, 2013 were subject to the export licensing authority of the ' +
    'Nuclear Regulatory Commission at 10 CFR part 110 are: 0A001, 0B001, 0B002, 0B003, 0B004, 0B005, 0B006, 0C001, ' +
    '0C002, 0C004, 0C005, 0C006, 0C201 and 1C012.',
  codes: ['0A001', '0B001', '0B002', '0B003', '0B004', '0B005', '0B006', '0C001', '0C002', '0C004', '0C005', '0C006', '0C201', '1C012'],
  note: 'ECCNs 0D001 and 0E001 are “subject to the ITAR” (see 22 CFR parts 120 through 130). These ECCNs are retained on the CCL as cross references to the ITAR',
} as const;

/**
 * Regulation (EU) 2021/821, Annex I, General Note 1: military goods are not on Annex I but on the Member States'
 * military lists (the EU Common Military List). The seed's Annex I file leaves out the General Notes, so it is cited.
 */
export const EU_ANNEX_I_GENERAL_NOTE_1 = {
  source: 'Regulation (EU) 2021/821, Annex I, General Note 1 (https://eur-lex.europa.eu/eli/reg/2021/821/oj)',
  words:
    'For control of goods which are designed or modified for military use, see the relevant list(s) of controls on ' +
    'military goods maintained by individual EU Member States.',
} as const;

// "No items currently are in this ECCN. (1) See ECCN 1C608…", "No commodities currently are controlled by this entry…",
// "(a) See ECCN 9A610 for … that, immediately prior to October 15, 2013, were classified under 9A018…".
const MOVED = /(?:No items currently are in this ECCN|No commodities currently are controlled by this entry)\.[^\n]*|See ECCN \w+ for [^\n]*?immediately prior to [^\n]*?(?:were )?classified under[^\n]*/;
const WA_MUNITIONS_TITLE = /Wassenaar Arrangement Munitions List/;
const REASON_LINE = /Reason for Control:[^\n]*/;

/** Sentences of the other list that say nuclear items are licensed by the NRC (10 CFR 110) or DOE (10 CFR 810). */
export function nuclearLicensingNotes(entries: { code: string; text: string }[]): string[] {
  const notes: string[] = [];
  for (const entry of entries) {
    for (const sentence of entry.text.split(/(?<=\.)\s+|\n/)) {
      if (/Nuclear Regulatory Commission \(see 10 CFR part 110\)|Department of Energy \(see 10 CFR part 810\)/.test(sentence)) {
        notes.push(`${entry.code}: “${sentence.trim()}”`);
      }
    }
  }
  return notes;
}

// Words too common in nuclear and chemical headings to say which items a sentence is about.
const COMMON_WORDS = new Set(
  'other compounds mixtures solutions containing specially designed prepared equipment components nuclear reactor reactors material materials following which having exceeds exceeding production development software technology isotopic certain hydrogen'.split(' '),
);

/** The NRC/DOE sentences that name a distinctive word of the entry's heading ("deuterium", "graphite"), with those words. */
function notesNaming(entry: ComparableEntry, notes: string[]): string[] & { words: string[] } {
  const words = [...new Set((comparableTitle(entry).toLowerCase().match(/[a-z]{6,}/g) ?? []).filter((w) => !COMMON_WORDS.has(w)))];
  const found = words.filter((w) => notes.some((n) => !n.startsWith('0') && new RegExp(`\\b${w}\\b`, 'i').test(n)));
  const naming = notes.filter((n) => !n.startsWith('0') && found.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(n)));
  return Object.assign(naming, { words: found });
}

export interface OtherList {
  id: string;
  jurisdiction: string;
}

/**
 * Why `entry` has no counterpart in `other`, or null when a same-code entry there agrees. `verdicts` are the
 * comparisons with the same-code entries of `other` (none when the code is not there); `nuclearNotes` are the
 * other list's NRC/DOE sentences (see nuclearLicensingNotes). Rules, in order: the US entry (or, for an EU entry, its
 * same-code CCL entry) is an ITAR placeholder;
 * it holds no items and points elsewhere; it is a 500/600-series munitions ECCN; it is a US-only 9xx or x9x number;
 * an EU entry the CCL says went to NRC/DOE licensing (15 CFR 774.1(b)(2), or EU Category 0 with the CCL's own
 * heading notes); the same code diverges or is uncertain; otherwise the sources do not say.
 */
/** An entry of the other list under another number that names the same items: its code and the comparison. */
export interface Renumbered {
  code: string;
  comparison: Pick<SameCodeComparison, 'titleSimilarity' | 'textSimilarity' | 'evidence'>;
}

// Nearly every word of one wording in the other, not only most: EU 3A501 "Electronic items as follows:" shares its heading
// and 63 % of its words with the CCL's 3A001 and names other items (the EU's own additions).
const RENUMBERED_TEXT = 0.9;
const headingKey = (entry: Pick<ComparableEntry, 'title'>) => [...contentWords(comparableTitle(entry))].sort().join(' ');

/**
 * The entry of `others` with another code, in the same category and group, whose heading has the same content words and
 * whose wording holds nearly all of this one's (or the other way round): EU 3A504 "Cryogenic cooling systems and
 * components, as follows:" is the CCL's 3A904 word for word; the CCL's 2B229 "Centrifugal multiplane balancing machines
 * …" is the EU's 2B219. Null when there is none, or more than one.
 */
export function renumberedCounterpart(entry: ComparableEntry, others: readonly ComparableEntry[]): Renumbered | null {
  const key = headingKey(entry);
  if (key.split(' ').length < MIN_TITLE_WORDS) return null;
  const found = others
    .filter((o) => o.code !== entry.code && o.code.slice(0, 2) === entry.code.slice(0, 2) && headingKey(o) === key)
    .map((o) => ({ code: o.code, comparison: compareSameCode(entry, o) }))
    .filter((c) => c.comparison.verdict === 'AGREES' && c.comparison.textSimilarity >= RENUMBERED_TEXT);
  return found.length === 1 ? found[0]! : null;
}

export function noCounterpartReason(
  entry: ComparableEntry,
  other: OtherList,
  comparisons: Pick<SameCodeComparison, 'verdict' | 'rule'>[],
  nuclearNotes: string[],
  renumbered: Renumbered | null = null,
): NoCounterpart | null {
  const verdicts = comparisons.map((c) => c.verdict);
  if (verdicts.includes('AGREES')) return null;
  const own = `${entry.jurisdiction} ${entry.code}`;
  const reason = (r: NoCounterpartReason, evidence: string, source: string): NoCounterpart => ({ reason: r, rule: r, evidence, source });
  if (entry.jurisdiction === 'US') {
    const itar = itarSentence(entry);
    if (itar) {
      return reason('US_ITAR_PLACEHOLDER', `“${comparableTitle(entry)}” ${itar}: controlled on the US Munitions List (22 CFR part 121), not on the CCL`, own);
    }
    const moved = entry.text.match(MOVED);
    if (moved) return reason('US_NO_ITEMS_MOVED', `“${moved[0].trim()}”`, own);
  }
  // The other list names the same items under another number (EU 3A504 and the CCL's 3A904).
  if (renumbered !== null) {
    return reason(
      'SAME_ITEMS_OTHER_NUMBER',
      `${other.id} has the same heading, and nearly every word of the shorter wording in the other, under ${renumbered.code} (a comparison of wordings; neither list states the correspondence): ${renumbered.comparison.evidence}`,
      `${other.id}; ${own}`,
    );
  }
  if (entry.jurisdiction === 'US') {
    const digits = entry.code.slice(2);
    const series = digits.startsWith('5') || digits.startsWith('6');
    if (series || WA_MUNITIONS_TITLE.test(entry.title)) {
      return reason(
        'US_MUNITIONS_SERIES',
        `${series ? `${entry.code} is a ${digits[0]}00-series ECCN (items moved from the US Munitions List; the 600 series follows the Wassenaar Munitions List)` : `${entry.code} holds munitions`}: “${comparableTitle(entry)}”. ${other.jurisdiction === 'EU' ? `The EU keeps such goods off Annex I: “${EU_ANNEX_I_GENERAL_NOTE_1.words}”` : ''}`.trim(),
        other.jurisdiction === 'EU' ? `${own}; ${EU_ANNEX_I_GENERAL_NOTE_1.source}` : own,
      );
    }
    if (digits.startsWith('9') || digits[1] === '9') {
      const line = entry.text.match(REASON_LINE)?.[0] ?? 'no Reason for Control line';
      return reason(
        'US_ONLY_NUMBER',
        `${entry.code} is a US-only number (a 9 in the ${digits.startsWith('9') ? 'hundreds' : 'tens'} place: controls the US adds beside the regimes' lists), and its License Requirements say “${line.trim()}”`,
        own,
      );
    }
  }
  // The CCL's Category 0 heading notes speak of nuclear items in general; a note elsewhere may name the entry's own
  // items (1C298 Related Controls: "Deuterium … intended for use in a nuclear reactor is subject to … the Nuclear
  // Regulatory Commission"), and is then the better evidence.
  const categoryZero = nuclearNotes.filter((n) => n.startsWith('0'));
  if (other.jurisdiction === 'US' && (CFR_774_1_B_2.codes as readonly string[]).includes(entry.code)) {
    return reason('NRC_DOE_LICENSING', `“${CFR_774_1_B_2.words}”${categoryZero.length ? ` The CCL: ${categoryZero.join(' ')}` : ''}`, CFR_774_1_B_2.source);
  }
  if (other.jurisdiction === 'US' && entry.jurisdiction === 'EU' && entry.category === 0) {
    const note = ['0D001', '0E001'].includes(entry.code) ? ` “${CFR_774_1_B_2.note}.”` : '';
    const own = notesNaming(entry, nuclearNotes);
    const cited = own.length > 0 ? own : categoryZero;
    const says = own.length > 0 ? `the CCL says these items (“${own.words.join('”, “')}”) are licensed by the NRC or DOE` : 'the CCL says such items are licensed by the NRC or DOE';
    return reason(
      'NRC_DOE_LICENSING',
      `EU Category 0 implements the NSG trigger list (INFCIRC/254 Part 1); ${says}: ${cited.join(' ') || '(no such sentence in this version of the CCL)'}${note}`,
      `${other.id}${note ? `; ${CFR_774_1_B_2.source}` : ''}`,
    );
  }
  if (other.jurisdiction === 'US' && comparisons.some((c) => c.rule === 'US_ITAR_PLACEHOLDER')) {
    return reason(
      'US_ITAR_PLACEHOLDER',
      `${other.id} keeps ${entry.code} only as a cross-reference: its items are “subject to the ITAR” (22 CFR parts 120 through 130), so the United States controls them on the US Munitions List, not on the CCL (see the counterpart's evidence)`,
      other.id,
    );
  }
  if (verdicts.includes('DIVERGES')) return reason('SAME_CODE_DIVERGES', `${other.id} has ${entry.code}, but it names different items (see the counterpart's evidence)`, other.id);
  if (comparisons.some((c) => c.rule === 'CAS_NUMBERS_DIFFER')) {
    return reason('SAME_CODE_UNCERTAIN', `${other.id} has ${entry.code}, but the two name different chemicals by CAS number (see the counterpart's evidence)`, other.id);
  }
  if (comparisons.some((c) => c.rule === 'PHASES_DIFFER')) {
    return reason('SAME_CODE_UNCERTAIN', `${other.id} has ${entry.code} in like words, but for other phases (see the counterpart's evidence)`, other.id);
  }
  if (comparisons.some((c) => c.rule === 'VALUES_DIFFER')) {
    return reason('SAME_CODE_UNCERTAIN', `${other.id} has ${entry.code} in like words, but with other values (see the counterpart's evidence)`, other.id);
  }
  if (verdicts.includes('UNCERTAIN')) return reason('SAME_CODE_UNCERTAIN', `${other.id} has ${entry.code}, but the wordings share too little to tell (see the counterpart's evidence)`, other.id);
  return reason('NOT_STATED', `${other.id} has no entry ${entry.code}, and neither list says why`, other.id);
}
