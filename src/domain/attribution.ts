// How an entry of a national list belongs to a regime: the rules, each with the source passage it rests on,
// and the reading of a License Requirements scope down to the paragraphs it names. Pure functions, used by
// the CCL and the EU Annex I parsers and by the import step that resolves attributions to parts.
import type { RegimeCode } from './vocabulary.js';

export interface AttributionRule {
  id: string;
  /** What the rule decides, in one sentence. */
  statement: string;
  /** The passage it rests on. */
  source: string;
}

export const rule = (id: string, statement: string, source: string): AttributionRule => ({ id, statement, source });

/** Every rule, by id. The ids are stored on the graph's edges and shown to users; keep them stable. */
export const ATTRIBUTION_RULES = {
  US_NS_WA: rule(
    'US_NS_WA',
    'NS Column 1 or 2 on a CCL entry outside the 500, 600 and 900 series implements the Wassenaar Dual-Use List.',
    '15 CFR 742.4(a)(1)-(2) (NS Column 1 and 2 license requirements); 63 FR 2452 (15 Jan. 1998), "Implementation of the Wassenaar Arrangement List of Dual-Use Items: Revisions to the Commerce Control List".',
  ),
  US_NS_MUNITIONS: rule(
    'US_NS_MUNITIONS',
    'NS on a 500- or 600-series ECCN other than a 515 implements the Wassenaar Munitions List (items moved from the US Munitions List), not the Dual-Use List.',
    '15 CFR 772.1, "600 series": ECCNs for items on the Wassenaar Arrangement Munitions List (WAML) moved from the USML; 0A501 "Firearms" (WAML ML1).',
  ),
  US_NS_SPACECRAFT_515: rule(
    'US_NS_SPACECRAFT_515',
    'NS on a 515 ECCN (spacecraft and their parts, moved from USML Category XV) implements the Wassenaar Dual-Use List, not the Munitions List.',
    '15 CFR 774 Supp. 1, 9A004 Note: 9A004.a through .f "are described in ECCN 9A004.a through .f in order to harmonize 9A004 with the Wassenaar Arrangement Dual-Use List, even though the controls for these items are found under ECCN 9A515".',
  ),
  US_NS_OUTSIDE_REGIME: rule(
    'US_NS_OUTSIDE_REGIME',
    'NS with a "Worldwide control. See § 742.4(a)(5)" or "§ 742.4(a)(4)" row, or on a 900-series ECCN, is a US control agreed outside Wassenaar (the 2024 plurilateral controls), not a Wassenaar item.',
    '15 CFR 742.4(a)(4)-(5); 89 FR 72926 (6 Sept. 2024), "Implementation of Controls on Advanced Technologies Consistent with Controls Implemented by International Partners" (3B903, 4A906 …).',
  ),
  US_MT_MTCR: rule('US_MT_MTCR', 'MT implements the MTCR Equipment, Software and Technology Annex.', '15 CFR 742.5 (Missile technology), MT Column 1.'),
  US_NP1_NSG: rule(
    'US_NP1_NSG',
    'NP Column 1 items are on the Nuclear Suppliers Group Dual-Use List (INFCIRC/254 Part 2).',
    '15 CFR 742.3(a)(1): NP Column 1, items on the NSG Annex.',
  ),
  US_NP2_US_ONLY: rule(
    'US_NP2_US_ONLY',
    'NP Column 2 is a US-only nuclear referral control on items not on the NSG list (1A290, 2A290, 2A291 …): not NSG.',
    '15 CFR 742.3(a)(2): NP Column 2, items controlled by the United States for nuclear nonproliferation reasons beyond the NSG list.',
  ),
  US_NP_X9X_US_ONLY: rule(
    'US_NP_X9X_US_ONLY',
    'An NP row on a number with a 9 in the tens place (6A293) is a US control beside the NSG range, even in NP Column 1: a temporary unilateral control for which the United States seeks multilateral agreement, not an NSG item.',
    'CCL 6A293 (cameras, in force 8 March 2024): "NP applies to entire entry NP Column 1"; STR Trade Report (Feb. 2024): "new ECCN 6A293, which is a classification for temporary controls for which BIS is seeking multilateral agreement"; Nixon Peabody (15 Mar. 2024): "a new unilateral classification for temporary controls".',
  ),
  US_NP_COMPUTERS: rule(
    'US_NP_COMPUTERS',
    'An NP row without a Country-Chart column ("NP applies, unless a License Exception is available. See § 742.3(b)", 4A001) is the US computer control of § 742.3(b): not an NSG item.',
    '15 CFR 742.3(b) (high performance computers, nuclear end uses); 4A001 License Requirements: "NP applies, unless a License Exception is available".',
  ),
  US_NP_NO_COLUMN: rule(
    'US_NP_NO_COLUMN',
    'An NP reason whose row names no Country-Chart column cannot be told NSG (Column 1) from US-only (Column 2): it is given no regime.',
    '15 CFR 742.3(a)(1)-(2): the column, not the reason code, decides.',
  ),
  US_CB_AG: rule('US_CB_AG', 'CB Column 1 and 2 implement the Australia Group common control lists.', '15 CFR 742.2(a)(1)-(2) (Chemical and biological weapons, Australia Group).'),
  US_CB3_US_ONLY: rule(
    'US_CB3_US_ONLY',
    'CB Column 3 (1C991.c medical products with toxins, to Syria) is a US-only control: not an Australia Group item.',
    '15 CFR 742.2(a)(3): CB Column 3.',
  ),
  US_CB_CWC_NON_PARTIES: rule(
    'US_CB_CWC_NON_PARTIES',
    'A CB row without a Country-Chart column whose licence requirement reaches only States not Party to the CWC is a US control keyed to the Chemical Weapons Convention (its CW row says what the CWC controls), not an Australia Group listing.',
    '1C395: "CB applies to entire entry. The Commerce Country Chart is not designed to determine licensing requirements for items controlled for CB reasons in 1C395. A license is required, for CB reasons, to export or reexport mixtures controlled by 1C395.a and test kits controlled by 1C395.b to States not Party to the CWC".',
  ),
  US_CW_CWC: rule(
    'US_CW_CWC',
    'CW implements the Chemical Weapons Convention schedules, never the Australia Group.',
    '15 CFR 742.18 (Chemical Weapons Convention); 1C350 "CW applies to 1C350.b and .c".',
  ),
  US_REASON_NO_REGIME: rule(
    'US_REASON_NO_REGIME',
    'AT, RS, CC, UN, FC, SI, SL, EI, SS, XP and the other US reasons implement no multilateral regime.',
    '15 CFR 742.1 and the Commerce Country Chart (Supp. No. 1 to part 738): US foreign policy controls.',
  ),
  CODE_ORIGIN_DIGIT: rule(
    'CODE_ORIGIN_DIGIT',
    'The first digit of the three-digit number names the regime the entry was written for: 0 Wassenaar, 1 MTCR, 2 NSG, 3 Australia Group, 4 CWC.',
    '15 CFR 738.2(d)(2) (the third character of an ECCN: 0 national security and the Wassenaar lists, 1 missile technology, 2 nuclear nonproliferation, 3 chemical and biological weapons, 9 US-only reasons); Regulation (EU) 2021/821 Annex I uses the same numbering.',
  ),
  CODE_ORIGIN_WITHIN_ROWS: rule(
    'CODE_ORIGIN_WITHIN_ROWS',
    "On a CCL entry with License Requirements rows for the regime its number names, the code origin reaches the paragraphs those rows reach and no others: the rows say what the entry controls for the regime.",
    'CCL 7A005: "NS applies to 7A005.b | NS Column 1"; its Related Controls say "(3) Items that otherwise would be covered by ECCN 7A005.a are “subject to the ITAR” (see 22 CFR parts 120 through 130).", so the digit 0 does not make 7A005.a Wassenaar\'s on the CCL.',
  ),
  CODE_ORIGIN_US_SERIES: rule(
    'CODE_ORIGIN_US_SERIES',
    'A CCL 500-, 600- or 900-series ECCN was not written for a regime list: the digit gives no attribution.',
    '15 CFR 738.2(d)(2) (third character 5 and 6: the 500 and 600 series; 9: US-only reasons); 15 CFR 772.1 ("600 series").',
  ),
  CODE_ORIGIN_X9X: rule(
    'CODE_ORIGIN_X9X',
    'A 9 in the tens place (3A090, 4A090, 1A290, 2A291, 1C395) marks a US-only control beside a regime\'s range: the leading digit gives no attribution.',
    'The entries\' own License Requirements: 3A090 and 4A090 "RS applies to entire entry" (87 FR 62186, 13 Oct. 2022); 1A290, 2A290, 2A291 NP Column 2; 1C395 and 1D390 added beside the AG range.',
  ),
  CODE_ORIGIN_CCL_CATEGORY_0: rule(
    'CODE_ORIGIN_CCL_CATEGORY_0',
    "A CCL Category 0 number with the digit 0 (0A002, 0D001, 0E001) marks no regime: the Wassenaar Dual-Use List has no Category 0, the NSG trigger-list items left the CCL for NRC and DOE licensing, and what remains under these numbers is controlled by the State Department (ITAR).",
    '15 CFR 774.1(b)(2); CCL 0A002 and 0D001 ("These items are “subject to the ITAR.”"), 0E001 Control(s) ("… is subject to the export licensing authority of the U.S. Department of State, Directorate of Defense Trade Controls (see 22 CFR part 121)").',
  ),
  CODE_ORIGIN_CW_3XX: rule(
    'CODE_ORIGIN_CW_3XX',
    'A CCL 3xx entry whose reasons name CW and no CB row that implements the Australia Group implements the Chemical Weapons Convention, not the Australia Group.',
    '1C355 and 1E355 License Requirements ("CW applies to entire entry"), 15 CFR 742.18. A CB row that implements no regime (CB Column 3, US_CB_CWC_NON_PARTIES) is no AG row here.',
  ),
  REGIME_LIST: rule(
    'REGIME_LIST',
    "The regime's own list numbers the item (MTCR Annex M1A1 …, NSG T1.1 …): it is that regime's item by definition.",
    'The regime code lists in seed/data/regime-codes (UK export licensing, 2022), see their PROVENANCE.',
  ),
  EU_CATEGORY_0_NSG: rule(
    'EU_CATEGORY_0_NSG',
    'EU Annex I Category 0 implements the NSG trigger list (INFCIRC/254 Part 1) and the Zangger list: NSG, not Wassenaar, despite its 0xx numbers.',
    'Regulation (EU) 2021/821, Annex I, Category 0 "Nuclear materials, facilities and equipment".',
  ),
} as const satisfies Record<string, AttributionRule>;

export type AttributionRuleId = keyof typeof ATTRIBUTION_RULES;

export interface RegimeDecision {
  regime: RegimeCode | null;
  rule: AttributionRuleId;
}

const SERIES_US = /^\d[A-E][569]\d\d$/;
/**
 * A CCL number of the 500 or 600 series: items moved from the US Munitions List (15 CFR 772.1, "600 series"), and the
 * 0x521 entries, "Any commodity subject to the EAR that is not listed elsewhere in the CCL, but which is controlled …
 * because it provides at least a significant military or intelligence advantage" (0A521). None is a regime's number.
 */
export const US_MUNITIONS_SERIES = /^\d[A-E][56]\d\d$/;
const X9X = /^\d[A-E]\d9\d$/;
const NS_OUTSIDE_REGIME = /§\s*742\.4\(a\)\((?:4|5)\)/;

/** The regime a US License Requirements row implements, and the rule that says so. */
export function reasonRegime(eccn: string, reason: string, column: string | null, scope: string, conditions = ''): RegimeDecision {
  const words = `${scope} ${column ?? ''}`;
  switch (reason) {
    case 'NS':
      if (NS_OUTSIDE_REGIME.test(words) || /^\d[A-E]9\d\d$/.test(eccn)) return { regime: null, rule: 'US_NS_OUTSIDE_REGIME' };
      if (/^\d[A-E]515$/.test(eccn)) return { regime: 'WA', rule: 'US_NS_SPACECRAFT_515' };
      if (/^\d[A-E][56]\d\d$/.test(eccn)) return { regime: 'WA', rule: 'US_NS_MUNITIONS' };
      return { regime: 'WA', rule: 'US_NS_WA' };
    case 'MT':
      return { regime: 'MTCR', rule: 'US_MT_MTCR' };
    case 'NP':
      if (/NP\s?Column\s?2/.test(words)) return { regime: null, rule: 'US_NP2_US_ONLY' };
      if (X9X.test(eccn)) return { regime: null, rule: 'US_NP_X9X_US_ONLY' };
      if (/NP\s?Column\s?1/.test(words)) return { regime: 'NSG', rule: 'US_NP1_NSG' };
      if (/§\s*742\.3\(b\)/.test(words)) return { regime: null, rule: 'US_NP_COMPUTERS' };
      return { regime: null, rule: 'US_NP_NO_COLUMN' };
    case 'CB':
      if (/CB\s?Column\s?3/.test(words)) return { regime: null, rule: 'US_CB3_US_ONLY' };
      if (column === null && /\bStates not Party to the CWC\b/.test(conditions) && !/CB\s?Column/.test(conditions)) return { regime: null, rule: 'US_CB_CWC_NON_PARTIES' };
      return { regime: 'AG', rule: 'US_CB_AG' };
    case 'CW':
      return { regime: 'CWC', rule: 'US_CW_CWC' };
    default:
      return { regime: null, rule: 'US_REASON_NO_REGIME' };
  }
}

const DIGIT_REGIME: Readonly<Record<string, RegimeCode>> = { '0': 'WA', '1': 'MTCR', '2': 'NSG', '3': 'AG', '4': 'CWC' };

/** The lists whose codes carry a regime digit: the US CCL and EU Annex I. */
export type CodeNumbering = 'US' | 'EU';

/**
 * Category 0 is where the two lists' numbering parts: the same `0xNNN` shape means different things, so each
 * list's reading is written out here rather than left to the digit. EU Annex I Category 0 "Nuclear materials,
 * facilities and equipment" is the NSG trigger list (INFCIRC/254 Part 1) and the Zangger list: NSG whatever the
 * digit (EU_CATEGORY_0_NSG). In the CCL a 0 digit there (0A002, 0D001, 0E001) marks no regime: Wassenaar has no
 * Category 0 and what remains is ITAR-controlled (CODE_ORIGIN_CCL_CATEGORY_0); the CCL's other Category 0 numbers
 * (0A501, 0B999 …) are read by the series and digit rules like any category's. Null: no Category 0 reading applies.
 */
const CATEGORY_0: Readonly<Record<CodeNumbering, (code: string) => RegimeDecision | null>> = {
  EU: () => ({ regime: 'NSG', rule: 'EU_CATEGORY_0_NSG' }),
  US: (code) => (code.charAt(2) === '0' ? { regime: null, rule: 'CODE_ORIGIN_CCL_CATEGORY_0' } : null),
};

/**
 * The regime an entry's code was written for, when the numbering says so: the one code-origin rule of both lists,
 * with the list as a parameter because their Category 0 differs (see CATEGORY_0). `reasons` are the US reason
 * codes of the entry (empty for the EU list, which states none).
 */
export function codeOrigin(code: string, numbering: CodeNumbering, reasons: readonly string[]): RegimeDecision | null {
  if (!/^\d[A-E]\d{3}$/.test(code)) return null;
  const categoryZero = code.startsWith('0') ? CATEGORY_0[numbering](code) : null;
  if (categoryZero !== null) return categoryZero;
  if (numbering === 'US' && SERIES_US.test(code)) return { regime: null, rule: 'CODE_ORIGIN_US_SERIES' };
  if (X9X.test(code)) return { regime: null, rule: 'CODE_ORIGIN_X9X' };
  const digit = code.charAt(2);
  if (numbering === 'US' && digit === '3' && reasons.includes('CW') && !reasons.includes('CB')) return { regime: 'CWC', rule: 'CODE_ORIGIN_CW_3XX' };
  const regime = DIGIT_REGIME[digit];
  return regime ? { regime, rule: 'CODE_ORIGIN_DIGIT' } : null;
}

// ——— scope words → paragraphs ———

/** Whether a paragraph code is `ancestor` or lies under it ("9A515.e.2" within "9A515.e" and "9A515"). */
export const within = (code: string, ancestor: string): boolean => code === ancestor || code.startsWith(`${ancestor}.`);

/** The hardware items a row's words name, entry or paragraph ("6A008", "4A001.a"), ranges spelt out. */
export function servedItems(scope: string): Array<{ code: string; part: string | null }> {
  const items: Array<{ code: string; part: string | null }> = [];
  for (const m of scope.matchAll(/(?<![A-Za-z0-9])(\d[A-E]\d{3})((?:\.(?:[a-z]|\d{1,2})(?![A-Za-z0-9]))*)(?:\s+(?:to|through)\s+(\d[A-E]\d{3})((?:\.[a-z](?![A-Za-z0-9]))?))?(?![0-9])/g)) {
    const from = m[1] as string;
    const sub = (m[2] ?? '').replace(/\.+$/, '');
    items.push({ code: from, part: sub ? from + sub : null });
    // 9E515 "MT applies to technology for items in 9A515.d, .e.2, .h, and 9B515.a …": the short forms after a paragraph
    // are paragraphs of the same entry, each replacing the deepest level of its own kind (1C351.d.15 and .16 is .d.16).
    let labels = sub.split('.').filter((l) => l !== '');
    const rest = scope.slice((m.index ?? 0) + m[0].length);
    // A short form going on to a sub-paragraph may drop its dot: 9E515.a "(except 9A515.a.1, a.2, a.3, a.4, .b …)"; a
    // stray dot before "and" is a misprint (0D505 "NS applies to … equipment in ECCN 0B505.a .and .x").
    for (const short of rest.matchAll(/(?:,\s*(?:and\s+|or\s+)?|,?\s+\.?(?:and|or)\s+)(?:\.|(?=[a-z]\.\d))((?:[a-z]{1,2}|\d{1,2})(?:\.(?:[a-z]{1,2}|\d{1,2}))*)(?![A-Za-z0-9])/gy)) {
      const given = (short[1] as string).split('.');
      const digit = (l: string) => /^\d/.test(l);
      const level = labels.map(digit).lastIndexOf(digit(given[0]!));
      if (labels.length === 0 || level === -1) break;
      labels = [...labels.slice(0, level), ...given];
      items.push({ code: from, part: `${from}.${labels.join('.')}` });
    }
    const to = m[3];
    // 3D001 "3A001.b to 3A001.h": the paragraphs of one entry between two letters.
    const toPart = m[4] ? `${to}${m[4]}` : null;
    if (to === from && toPart && /^\.[a-z]$/.test(sub)) {
      for (let c = sub.charCodeAt(1) + 1; c <= toPart.charCodeAt(toPart.length - 1); c++) items.push({ code: from, part: `${from}.${String.fromCharCode(c)}` });
      continue;
    }
    if (to && to.slice(0, 2) === from.slice(0, 2)) {
      for (let n = Number(from.slice(2)) + 1; n <= Number(to.slice(2)); n++) items.push({ code: from.slice(0, 2) + String(n).padStart(3, '0'), part: null });
    }
  }
  return items;
}


/** How much of the entry one statement reaches. */
export type Coverage = 'WHOLE_ENTRY' | 'WHOLE_EXCEPT' | 'PARTS' | 'SERVED_ITEMS' | 'PARAMETERS';

export interface ScopeReading {
  coverage: Coverage;
  /** The entry's own paragraphs the statement names (PARTS), in the order named. */
  parts: string[];
  /** The paragraphs "entire entry except …" leaves out (WHOLE_EXCEPT), or a parenthetical "(except .b.5)" in a list. */
  exceptParts: string[];
  /** SERVED_ITEMS: the entries and paragraphs of other entries the row names as what its software or technology serves. */
  servedItems?: string[];
  /** SERVED_ITEMS: those of servedItems that words narrow (2E002's CB row: the 2A226 valves "having the characteristics of …"). */
  conditionalItems?: string[];
  /**
   * The statement adds conditions in words to the paragraphs it reaches ("1A002.b.1 in the form of tubes with
   * an inside diameter between 75 mm and 400 mm"; "MT applies to … items that meet or exceed …"): only the
   * items that meet them are attributed, so the paragraphs are reached in part.
   */
  conditional: boolean;
  /**
   * The paragraphs a conditional statement's conditions are about, when a later sentence names them: "MT applies to
   * entire entry, except 1B001.d.4, e and f. Note: MT applies to equipment in 1B001.d that meet or exceed the
   * parameters of 1B101" makes only 1B001.d conditional. Empty: the conditions are about every paragraph reached.
   */
  conditionalParts?: string[];
  /**
   * Words in an "entire entry except …" clause beyond the paragraph codes ("parts and components controlled in
   * 9A610.x if being exported … for use in an aircraft controlled in 9A610.b"): they qualify the exceptions, so
   * some excepted paragraphs are left out only in part. The paragraphs outside the exceptions are reached whole.
   */
  qualifiedExceptions: boolean;
  /** The excepted paragraphs named with such words ("9A610.x if being exported … for use in an aircraft controlled in 9A610.b"): left out only in part. */
  partlyExcepted: string[];
}

const SEGMENT = String.raw`(?:[a-z]|\d{1,2})`;
// A full code with its sub-paragraphs, or a bare ".u" / "b.3" continuing the last code named.
const CODE_TOKEN = new RegExp(String.raw`(?<![A-Za-z0-9])(\d[A-E]\d{3})((?:\s?\.${SEGMENT}(?![A-Za-z0-9]))*)`, 'g');
const TAIL_TOKEN = new RegExp(String.raw`(?<=^|[\s,;(])(\.?[a-z](?:\.\d{1,2}(?:\.[a-z](?:\.\d{1,2})?)?)?|\.\d{1,2})(?![A-Za-z0-9])(?!\.[A-Za-z]{2})`, 'g');
// Words that carry no condition: what is left after the codes are taken out of a pure paragraph list.
const FILLER = /\b(?:and|or|to|through|except|excluding|only|paragraphs?|items?|all|commodities|equipment|in|controlled|by|specified|of|the|this|entry|eccn|as|well)\b|[,;:.()\s“”"]/gi;

interface NamedPart {
  code: string;
  /** Where the token starts, and the connector right before it ("through" makes a range). */
  at: number;
  end: number;
  /** Named inside a parenthetical exception: "5A001.b (except .b.5)". */
  excepted: boolean;
}

/**
 * Where a bare tail continuing a list points: ".u" after 9A610.t is 9A610.u, ".16" after 1C351.d.15 is
 * 1C351.d.16, "b.3" after 2B006.a is 2B006.b.3. The first candidate the entry has wins.
 */
function tailCandidates(base: string, previous: string, tail: string): string[] {
  const segments = tail.replace(/^\./, '').split('.');
  const prior = previous.split('.');
  const candidates: string[] = [];
  if (/^[a-z]$/.test(segments[0] as string)) candidates.push(`${base}.${segments.join('.')}`);
  // A sibling of the previous code at the tail's level: replace as many trailing segments as the tail has.
  if (prior.length > segments.length) candidates.push([...prior.slice(0, prior.length - segments.length), ...segments].join('.'));
  if (prior.length > 1) candidates.push([...prior, ...segments].join('.'));
  return candidates;
}

/** The paragraphs of `eccn` named in `text`: full codes, and bare tails after one of its own codes. */
function ownParts(eccn: string, text: string, partCodes: readonly string[]): { named: NamedPart[]; residue: string } {
  const known = new Set(partCodes);
  const found: NamedPart[] = [];
  let residue = text;
  const blank = (from: number, to: number) => (residue = residue.slice(0, from) + ' '.repeat(to - from) + residue.slice(to));
  const tokens: Array<{ base: string; tail: string; at: number; end: number; full: boolean }> = [];
  for (const m of text.matchAll(CODE_TOKEN)) {
    tokens.push({ base: m[1] as string, tail: (m[2] as string).replace(/\s/g, ''), at: m.index, end: m.index + m[0].length, full: true });
  }
  for (const m of text.matchAll(TAIL_TOKEN)) {
    const at = m.index;
    const raw = m[1] as string;
    if (tokens.some((t) => t.full && at >= t.at && at < t.end)) continue;
    // A letter without its period ("9D515.x and y") counts only where a list can end.
    // So does one followed by a gloss in parentheses: "1C010.a (aramid …), b (carbon …), and e.1".
    // So does one that opens a range: 3B001 "NS applies to 3B001.a.1 to a.3, b, e, f.2 to f.4, g to j".
    if (/^[a-z]$/.test(raw) && !/^(?:$|[,;)]|\s+(?:and|or|to|through)\b|\s+\()/.test(text.slice(at + raw.length))) continue;
    tokens.push({ base: '', tail: raw.startsWith('.') ? raw : `.${raw}`, at, end: at + m[0].length, full: false });
  }
  tokens.sort((a, b) => a.at - b.at);
  // "except .a.1" (9A012), "paragraphs .a and .x" (0B505): tails before any code belong to the entry itself.
  let base = eccn;
  let previous = eccn;
  let lastEnd = -1;
  for (const token of tokens) {
    let code: string;
    if (token.full) {
      base = token.base;
      code = `${token.base}${token.tail}`;
    } else {
      // A bare tail continues a list only right after a code or another tail: "9A610.t, .u, .v, and .w".
      const between = text.slice(lastEnd, token.at);
      // A gloss in parentheses may stand between the list's members, even one the source leaves unclosed (1C010's NP row).
      const listed = /^(?:\s*\([^()]*\)?)?(?:\)?\s*,\s*(?:and\s+|or\s+)?|\)?\s+(?:and|or|to|through)\s+|\s*\((?:except|excluding)\s+)$/.test(between);
      const opening = lastEnd < 0 && /(?:^|\bexcept|\bparagraphs?|\bto)\s*:?\s*$/i.test(text.slice(0, token.at));
      if (!listed && !opening) continue;
      const candidates = tailCandidates(base, previous, token.tail);
      code = candidates.find((c) => known.has(c)) ?? (candidates[0] as string);
    }
    lastEnd = token.end;
    previous = code;
    if (base !== eccn) continue;
    blank(token.at, token.end);
    const open = text.lastIndexOf('(', token.at);
    const excepted = open >= 0 && text.indexOf(')', open) > token.at && /^\((?:except|excluding)\b/i.test(text.slice(open));
    if (code !== eccn) found.push({ code, at: token.at, end: token.end, excepted });
  }
  return { named: found, residue };
}

/** Expands "9A610.t through .w" into the sibling paragraphs between, when both ends are known parts. */
function expandRanges(text: string, named: NamedPart[], partCodes: readonly string[]): string[] {
  const codes: string[] = [];
  for (let i = 0; i < named.length; i++) {
    const part = named[i] as NamedPart;
    const previous = named[i - 1];
    if (previous && /^\s+(?:to|through)\s+$/.test(text.slice(previous.end, part.at))) {
      const from = partCodes.indexOf(previous.code);
      const to = partCodes.indexOf(part.code);
      const depth = previous.code.split('.').length;
      if (from >= 0 && to > from) {
        for (const code of partCodes.slice(from + 1, to)) if (code.split('.').length === depth) codes.push(code);
      }
    }
    codes.push(part.code);
  }
  return [...new Set(codes)];
}

/**
 * Reads one statement's scope ("NS applies to entire entry except 0A501.y", "MT applies to 9A610.t, .u, .v,
 * and .w", "MT applies to items that meet or exceed the parameters of ECCN 1C101") against the entry's parts.
 */
export function readScope(eccn: string, scope: string, partCodes: readonly string[]): ScopeReading {
  // The first sentence states the scope; what follows ("Note: MT applies to equipment in 1B001.d that meet …")
  // adds conditions, read as such. "8A620. b and .y" is a typesetting slip for "8A620.b and .y".
  const sentences = scope.replace(/(\d[A-E]\d{3})\. ([a-z])(?=\s+and\b|\s+or\b|,)/g, '$1.$2').split(/(?<=[^A-Z.][a-z0-9)”"]{1,})\.\s+(?=[A-Z])/);
  const first = sentences[0] as string;
  const more = sentences.length > 1;
  const body = first.replace(/^[A-Z]{2,3}(?:\s*,\s*(?:and\s+)?[A-Z]{2,3}|\s+and\s+[A-Z]{2,3})*\s+appl(?:y|ies)\s*(?:to\s*)?/, '');
  const whole = /\bentire entry\b/i.exec(body);
  if (whole) {
    const except = /\bexcept\b:?/i.exec(body.slice(whole.index));
    if (!except) return { coverage: 'WHOLE_ENTRY', parts: [], exceptParts: [], conditional: false, qualifiedExceptions: false, partlyExcepted: [] };
    // "except .a.1" and "except: 9A610.b; …" — the except clause runs to the end of the sentence.
    const exceptText = body.slice(whole.index + except.index + except[0].length);
    const { named, residue } = ownParts(eccn, exceptText, partCodes);
    if (named.length === 0) return { coverage: 'PARAMETERS', parts: [], exceptParts: [], conditional: true, qualifiedExceptions: false, partlyExcepted: [] };
    // Each "; "-separated exception stands alone: "9A610.b" is left out whole, "parts and components controlled in
    // 9A610.x if …" only under its condition. A paragraph also left out whole elsewhere in the clause stays out.
    const exceptParts = expandRanges(exceptText, named, partCodes);
    const wholly = new Set<string>();
    const partly = new Set<string>();
    // 2B004 "NP applies to entire entry, except 2B004.b.3 and presses with maximum working pressures below 69 MPa": an
    // "and" before words that name no paragraph starts another exception. One with a bound of its own leaves out items
    // of every paragraph, so the rest is reached only for the items beyond it.
    let byBound = false;
    for (const segment of exceptText.split(';')) {
      for (const piece of segment.split(/\s+and\s+(?=[a-z][a-z-]{2,}\s)(?![^;]*?\d[A-E]\d{3})/)) {
        const reading = ownParts(eccn, piece, partCodes);
        const codes = expandRanges(piece, reading.named, partCodes);
        if (codes.length === 0 && /\d/.test(piece)) byBound = true;
        for (const code of codes) (reading.residue.replace(FILLER, '').length > 0 ? partly : wholly).add(code);
      }
    }
    const conditionalParts = more ? ownParts(eccn, sentences.slice(1).join('. '), partCodes).named.map((part) => part.code) : [];
    return {
      coverage: 'WHOLE_EXCEPT',
      parts: [],
      exceptParts,
      conditional: more || byBound,
      ...(conditionalParts.length > 0 ? { conditionalParts } : {}),
      qualifiedExceptions: residue.replace(FILLER, '').length > 0,
      partlyExcepted: exceptParts.filter((code) => partly.has(code) && !wholly.has(code)),
    };
  }
  // A trailing "EXCEPT: …" narrows the paragraphs named before it (2B001 "NP applies to 2B001.a, .b, .c, and .d, EXCEPT: …").
  const exceptAt = body.search(/\bEXCEPT\b/);
  const named = exceptAt >= 0 ? body.slice(0, exceptAt) : body;
  const { named: parts, residue } = ownParts(eccn, named, partCodes);
  // A later sentence may extend the row: 9A515 "… MT also applies to 9A515.h when the total impulse capacity is …".
  const also = sentences.slice(1).flatMap((sentence) => (ALSO_APPLIES.test(sentence) ? readScope(eccn, sentence.replace(ALSO_APPLIES, 'applies to '), partCodes).parts : []));
  if (parts.length === 0 && also.length === 0) {
    return servedItemsReading(eccn, body, more) ?? { coverage: 'PARAMETERS', parts: [], exceptParts: [], conditional: true, qualifiedExceptions: false, partlyExcepted: [] };
  }
  const conditional = more || exceptAt >= 0 || statesCondition(residue);
  // Each "… and to …" clause is read on its own: 6A003 "NP applies to cameras controlled by 6A003.a.3 or a.4 and to
  // plug-ins in 6A003.a.6 for cameras controlled by 6A003.a.3 or a.4" reaches a.3 and a.4 without condition and a.6
  // only for plug-ins of those cameras (the codes after "for" are the condition's, not paragraphs reached).
  const clauses = more || exceptAt >= 0 ? [] : named.split(/\s+and\s+to\s+|;\s*/);
  let conditionalParts: string[] = [];
  let anyCondition = conditional;
  if (conditional && clauses.length > 1) {
    const read = clauses.map((clause) => {
      const signal = clause.search(CONDITION_SIGNAL);
      const own = ownParts(eccn, signal > 0 ? clause.slice(0, signal) : clause, partCodes).named.filter((part) => !part.excepted);
      return { parts: own.map((part) => part.code), conditional: statesCondition(ownParts(eccn, clause, partCodes).residue) };
    });
    anyCondition = read.some((r) => r.conditional);
    if (anyCondition && read.some((r) => !r.conditional)) conditionalParts = read.filter((r) => r.conditional).flatMap((r) => r.parts);
  }
  return {
    qualifiedExceptions: false,
    partlyExcepted: [],
    coverage: 'PARTS',
    parts: [...new Set([...expandRanges(named, parts.filter((part) => !part.excepted), partCodes), ...also])],
    exceptParts: parts.filter((part) => part.excepted).map((part) => part.code),
    conditional: anyCondition,
    ...(conditionalParts.length > 0 ? { conditionalParts } : {}),
  };
}

/** A row about the software or technology itself: "“technology” for …", "“specially designed” or modified “software” for …". */
const SERVES = /^(?:[“"]?(?:specially designed|required)[”"]?\s+(?:or modified\s+)?)*[“"]?(?:software|technology)\b/i;
/** Words that narrow a served-items row to some of the items it names, or to some of its own software or technology. */
const SERVED_CONDITION =
  /\b(?:having|when|if|meets?|meeting|exceeds?|except|excluding|characteristics|parameters?|criteria|handling)\b|\b(?:that|which) (?:also )?(?:meets?|are|is|have|has|exceeds?|incorporates?)\b/i;
/** Codes a row names for their parameters or as exceptions, not as served: "having the characteristics of those controlled by 2B350.g", "3B002 (except 3B002.c)". */
export const PARAMETER_CODES = /\b(?:parameters?|criteria|characteristics|limits?)\b[^.;|]*?(?:\d[A-E]\d{3}[a-z0-9.]*(?:\s*(?:,|and|or)\s*)?)+/gi;
const EXCEPTED_CODES = /\((?:except|excluding)\b[^()]*\)/gi;
/** Codes of what the served equipment makes, not of what is served: 1D608 "… the “use” of 1B608 equipment in the “production” and handling of materials controlled by 1C608.m". */
export const PRODUCED_CODES = /\bin the [“"]?production[”"]?(?: and handling)? of (?:materials|items) controlled by\s+(?:\d[A-E]\d{3}[a-z0-9.]*(?:\s*(?:,|or|and)\s*)?)+/gi;

/**
 * A software or technology entry's row that names what it serves: 2E002 "NP applies to “technology” for equipment controlled
 * by 2A225, 2A226, 2B001, … 2B225 to 2B233 for NP reasons" reaches 2E002's technology for those items. It names no
 * paragraph of 2E002 and no parameter; it is conditional only when words narrow it ("… valves controlled by 2A226 having
 * the characteristics of those controlled by 2B350.g", 2E002's CB row). "For NP reasons" is the served items' own rows.
 */
function servedItemsReading(eccn: string, body: string, more: boolean): ScopeReading | null {
  if (!/^\d[DE]/.test(eccn) || !SERVES.test(body)) return null;
  // A product group named whole is served too: 3D001 "… controlled by 3A001.b to 3A001.h, 3A001.z, and 3B (except as
  // specified in the heading)".
  const itemsOf = (words: string) => {
    const plain = words.replace(EXCEPTED_CODES, ' ').replace(PARAMETER_CODES, ' ').replace(PRODUCED_CODES, ' ');
    const codes = servedItems(plain).filter((item) => item.code !== eccn).map((item) => item.part ?? item.code);
    const groups = [...plain.matchAll(SERVED_GROUP)].map((m) => m[1] as string);
    return [...new Set([...codes, ...groups])];
  };
  const items = itemsOf(body);
  if (items.length === 0) return null;
  // Each "… and for valves controlled by …" or ", software controlled by …" names items of its own, with its own words:
  // 2E002's CB row narrows the 2A226 valves, not 2B350 to 2B352.
  // An item followed by its own exception ("3B002 (except 3B002.c)", 3E001) is narrowed alone.
  const clauses = body.split(SERVED_CLAUSE);
  const excepted = [...body.matchAll(/(?<![A-Za-z0-9.])(\d[A-E](?:\d{3}(?:\.[a-z0-9]+)*)?)\s*\((?:except|excluding)\b/gi)].map((m) => m[1] as string).filter((code) => items.includes(code));
  const narrowed = clauses.filter((clause) => SERVED_CONDITION.test(clause.replace(EXCEPTED_CODES, ' '))).flatMap(itemsOf);
  const conditionalItems = more ? items : items.filter((item) => narrowed.includes(item) || excepted.includes(item));
  return {
    coverage: 'SERVED_ITEMS',
    parts: [],
    exceptParts: [],
    servedItems: items,
    conditionalItems,
    conditional: more || SERVED_CONDITION.test(body),
    qualifiedExceptions: false,
    partlyExcepted: [],
  };
}
/** A product group a row names as served ("… and 3B (except …)"), not a code's first two characters. */
const SERVED_GROUP = /(?<![A-Za-z0-9.§/-])(\d[A-E])(?![A-Za-z0-9:'’])/g;
/** Where a served-items row goes on to other items: "… 2B352 and for valves controlled by …", ", and software controlled by …". */
const SERVED_CLAUSE = /;\s*|\s+and\s+(?=for\s)|,\s+(?=(?:and\s+)?(?:for\s+)?[“"]?[a-z]+[”"]?(?:\s+[a-z]+){0,2}\s+controlled\s+by\b)/i;

/** Words that make what follows a condition of the row ("for cameras controlled by …", "when usable in missiles"). */
const CONDITION_SIGNAL = /\b(?:for|when|if|that|which|provided|having|with|usable|meeting)\b/i;
// The items a row names by what they are, before the paragraph that holds them ("cameras controlled by 6A003.a.3"):
// a description of the paragraph's own items, not a condition.
const DESCRIPTIVE_HEAD = /(?:\b(?!(?:for|when|if|that|which|provided|having|with|usable|designed|modified|meeting|meet|used)\b)[a-z][a-z-]*\s+){1,3}(?=(?:controlled|specified|described)\s+(?:by|in|under)\b)/gi;
/** Whether the words of a row left after its codes state a condition. */
function statesCondition(residue: string): boolean {
  return residue.replace(OWN_BOUNDS, ' ').replace(DESCRIPTIVE_HEAD, ' ').replace(FILLER, '').length > 0;
}
/**
 * A condition that only restates the bounds of the entry's own paragraphs sets none of its own: 6A007 "MT applies to
 * 6A007.b and .c when the accuracies in 6A007.b.1 and b.2 are met or exceeded" (the paragraph codes are blanked in the
 * residue, so another entry's criteria, "the parameters of 1C210", never match).
 */
const OWN_BOUNDS = /\b(?:when|if)\s+the\s+[a-z ]{1,40}?\s+(?:in|of|specified in)\s+(?:[\s,]|\band\b|\bor\b)*(?:are|is)\s+met\s+or\s+exceeded\b/gi;

/** "MT also applies to 9A515.h when …": a sentence that adds paragraphs to the row before it. */
const ALSO_APPLIES = /^[A-Z]{2,3}\s+also\s+appl(?:y|ies)\s+to\s+/;

/** The rule with this id in a rule table; an id the code does not know means the graph was loaded by another version. */
export function ruleIn(table: Readonly<Record<string, AttributionRule>>, what: string, id: string): AttributionRule {
  const found = table[id];
  if (!found) throw new Error(`${what} rule ${id} is not one this version knows (${Object.keys(table).join(', ')}): re-import the lists`);
  return found;
}

export const attributionRule = (id: string): AttributionRule => ruleIn(ATTRIBUTION_RULES, 'attribution', id);

/**
 * The scopes the importers write themselves where the source gives no words for an attribution: a code origin
 * ("Code origin: the regime digit 1 of 1C001 marks an MTCR entry", seed/sources/ccl/attributions.ts and euAnnexI.ts) or a
 * regime's own list ("Listed in the MTCR Annex, Category 19", seed/sources/regimeCodes.ts). They are statements
 * about the source, so a document must not quote them as its words.
 */
const IMPORTER_STATEMENT = /^(?:Code origin: |Listed in the (?:MTCR Annex|NSG Guidelines)\b)/;

/** Whether an attribution's scope or a piece of evidence is the source's own words (false: the importer's statement). */
export function isSourceWords(text: string): boolean {
  return !IMPORTER_STATEMENT.test(text);
}
