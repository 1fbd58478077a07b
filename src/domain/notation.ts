// Reads a typed code as the codes the lists carry: a list code in any case (9a012 → 9A012, m19a2 → M19A2),
// or a regime's own dotted numbering (Wassenaar 1.A.2 → 1A002, MTCR 19.A.3 → M19A3, NSG 5.1 → T5.1).
// Pure: which readings exist in the graph is for the caller to find out.

/** The regimes whose own numbering is read. */
export type NotationRegime = 'WA' | 'MTCR' | 'NSG';

/**
 * How a reading was made. LIST_CODE: the query is a code as a list writes it, case aside. The others are a
 * regime's own dotted numbering: the Wassenaar Dual-Use List (which the EU and US lists carry as CGNNN), the
 * MTCR Annex, the NSG trigger list (INFCIRC/254 Part 1) and the NSG dual-use list (Part 2).
 */
export type Notation = 'LIST_CODE' | 'WA_DUAL_USE' | 'MTCR_ANNEX' | 'NSG_TRIGGER_LIST' | 'NSG_DUAL_USE';

export interface CodeReading {
  notation: Notation;
  /** The regime whose numbering the query was read in; null for an EU/US code, which is no regime's own. */
  regime: NotationRegime | null;
  /** The code as the lists write it. */
  code: string;
  /** How the query was read, for a person: "Wassenaar 1.A.2 → 1A002". */
  description: string;
}

const NOTATION_NAME: Record<Exclude<Notation, 'LIST_CODE'>, string> = {
  WA_DUAL_USE: 'Wassenaar',
  MTCR_ANNEX: 'MTCR',
  NSG_TRIGGER_LIST: 'NSG trigger list',
  NSG_DUAL_USE: 'NSG dual-use list',
};

const NOTATION_REGIME: Record<Exclude<Notation, 'LIST_CODE'>, NotationRegime> = {
  WA_DUAL_USE: 'WA',
  MTCR_ANNEX: 'MTCR',
  NSG_TRIGGER_LIST: 'NSG',
  NSG_DUAL_USE: 'NSG',
};

// Ranges of the regimes' numbering. Wassenaar Dual-Use List: Categories 1–9 (there is no Category 0: EU
// Category 0 is the NSG trigger list). Entries are numbered 1–99 in each group in every regime (for Wassenaar
// the EU/US 0xx range: 1.A.2 is 1A002, while 1A102 is an MTCR entry of the EU/US numbering). MTCR Annex:
// items 1–20 (Category I items 1–2, Category II items 3–20). NSG Part 2: Categories 1–6. NSG Part 1 (Annex B):
// sections 1–7.
const WA_CATEGORIES = { min: 1, max: 9 };
const ENTRY_NUMBERS = { min: 1, max: 99 };
const MTCR_ITEMS = { min: 1, max: 20 };
const NSG_DUAL_USE_CATEGORIES = { min: 1, max: 6 };
const NSG_TRIGGER_SECTIONS = { min: 1, max: 7 };

const within = (n: number, range: { min: number; max: number }): boolean => n >= range.min && n <= range.max;

/** Words that name a regime before a code ("MTCR 1.A.2", "wa: 1.A.2"): only that regime's readings are kept. */
const REGIME_PREFIX = /^(wa|wassenaar|mtcr|nsg)\s*[:\s]\s*(\S.*)$/i;
const PREFIX_REGIME: Record<string, NotationRegime> = { wa: 'WA', wassenaar: 'WA', mtcr: 'MTCR', nsg: 'NSG' };

// List codes as the lists write them. EU/US: category digit, product group, three digits, parts in lower
// case (9A610.u, 1C350.b.1). MTCR M19A2, M2A1b1; NSG Part 2 N2C13, N1A3a1; NSG trigger list T5.1, T5.1.2a1, TA1.1.
const ECCN = /^(\d)([a-e])(\d{3})((?:\.[a-z0-9]+)*)\.?$/i;
const LETTER_GROUP = /^([mn])(\d{1,2})(?:([a-e])(?:(\d{1,2})([a-z0-9]*))?)?$/i;
const TRIGGER = /^t(a?\d{1,2})((?:\.\d{1,2}[a-z]?\d?)*)$/i;

/** A code as a list writes it, from any case; null when the text is not shaped like a list code. */
export function canonicalCode(text: string): string | null {
  return listCodeReading(text.trim())?.code ?? null;
}

function listCodeReading(q: string): CodeReading | null {
  let code: string | null = null;
  let regime: NotationRegime | null = null;
  const eccn = ECCN.exec(q);
  const letterGroup = LETTER_GROUP.exec(q);
  const trigger = TRIGGER.exec(q);
  if (eccn) {
    code = `${eccn[1]}${eccn[2]!.toUpperCase()}${eccn[3]}${eccn[4]!.toLowerCase()}`;
  } else if (letterGroup) {
    const [, prefix, item, group, number, rest] = letterGroup;
    code = `${prefix!.toUpperCase()}${item}${(group ?? '').toUpperCase()}${number ?? ''}${(rest ?? '').toLowerCase()}`;
    regime = prefix!.toUpperCase() === 'M' ? 'MTCR' : 'NSG';
  } else if (trigger) {
    code = `T${trigger[1]!.toUpperCase()}${trigger[2]!.toLowerCase()}`;
    regime = 'NSG';
  }
  if (code === null) return null;
  return { notation: 'LIST_CODE', regime, code, description: code === q ? `code ${code}` : `code ${q} → ${code}` };
}

/** Splits dotted notation into runs of digits and of letters: "2.A.1.b.1" and "5.1.2a1" alike. */
function tokens(q: string): string[] | null {
  if (!/^[a-z0-9]+(\.[a-z0-9]+)+\.?$/i.test(q)) return null;
  return q.match(/\d+|[a-z]+/gi) ?? null;
}

const isNumber = (t: string | undefined): t is string => t !== undefined && /^\d+$/.test(t);
const isGroup = (t: string | undefined): t is string => t !== undefined && /^[a-e]$/i.test(t);

function reading(notation: Exclude<Notation, 'LIST_CODE'>, typed: string, code: string): CodeReading {
  return { notation, regime: NOTATION_REGIME[notation], code, description: `${NOTATION_NAME[notation]} ${typed} → ${code}` };
}

/**
 * Readings of dotted notation. Category (or item), product group, number, then sub-paragraphs:
 * Wassenaar 1.A.2.a → 1A002.a, MTCR 2.A.1.b.1 → M2A1b1, NSG dual-use 1.A.3.a.1 → N1A3a1. Numbers only
 * at the start are the trigger list: 5.1 → T5.1, 5.1.2.a.1 → T5.1.2a1.
 */
function dottedReadings(q: string, only: Notation | null): CodeReading[] {
  const t = tokens(q);
  if (t === null) return [];
  const typed = q.replace(/\.$/, '');
  const out: CodeReading[] = [];
  const allowed = (n: Notation) => only === null || only === n;
  const [first, second, third, ...sub] = t;
  if (isNumber(first) && isGroup(second)) {
    const category = Number(first);
    const group = second.toUpperCase();
    const number = isNumber(third) ? Number(third) : null;
    const subLower = sub.map((s) => s.toLowerCase());
    // A sub-paragraph needs the entry number before it.
    const wellFormed = third === undefined ? sub.length === 0 : number !== null && within(number, ENTRY_NUMBERS);
    if (!wellFormed) return [];
    if (allowed('WA_DUAL_USE') && number !== null && within(category, WA_CATEGORIES)) {
      const parts = subLower.map((s) => `.${s}`).join('');
      out.push(reading('WA_DUAL_USE', typed, `${category}${group}${String(number).padStart(3, '0')}${parts}`));
    }
    const tail = number === null ? '' : `${number}${subLower.join('')}`;
    if (allowed('MTCR_ANNEX') && within(category, MTCR_ITEMS)) out.push(reading('MTCR_ANNEX', typed, `M${category}${group}${tail}`));
    if (allowed('NSG_DUAL_USE') && within(category, NSG_DUAL_USE_CATEGORIES)) out.push(reading('NSG_DUAL_USE', typed, `N${category}${group}${tail}`));
    return out;
  }
  if (isNumber(first) && isNumber(second) && allowed('NSG_TRIGGER_LIST') && within(Number(first), NSG_TRIGGER_SECTIONS)) {
    // Leading numbers are joined by dots (5.1.2), what follows is written together (a1): T5.1.2a1.
    const firstLetter = t.findIndex((s) => !isNumber(s));
    const numbers = firstLetter < 0 ? t : t.slice(0, firstLetter);
    const rest = firstLetter < 0 ? [] : t.slice(firstLetter);
    if (rest.some((s, i) => (i % 2 === 0 ? !/^[a-z]$/i.test(s) : !isNumber(s)))) return [];
    out.push(reading('NSG_TRIGGER_LIST', typed, `T${numbers.map(Number).join('.')}${rest.join('').toLowerCase()}`));
  }
  return out;
}

/** A dotted code written with its list's letter: M19.A.3 (MTCR), N1.A.1 (NSG dual-use), T5.1.2.a (trigger list). */
function prefixedDotted(q: string): { rest: string; notation: Notation } | null {
  const m = /^([mnt])\.?(\d.*)$/i.exec(q);
  if (!m || !m[2]!.includes('.')) return null;
  const notation: Record<string, Notation> = { m: 'MTCR_ANNEX', n: 'NSG_DUAL_USE', t: 'NSG_TRIGGER_LIST' };
  return { rest: m[2]!, notation: notation[m[1]!.toLowerCase()]! };
}

/**
 * Every reading of a query as a code, in a fixed order (list code; then Wassenaar, MTCR, NSG). A notation
 * that several regimes share (1.A.1 is Wassenaar 1A001, MTCR M1A1 and NSG dual-use N1A1) gives one reading
 * each: none is preferred. A regime named first ("MTCR 1.A.1") keeps that regime's readings only.
 * Empty when the query is not shaped like a code.
 */
export function readCode(query: string): CodeReading[] {
  let q = query.trim().replace(/\s+/g, ' ');
  let regime: NotationRegime | null = null;
  const prefixed = REGIME_PREFIX.exec(q);
  if (prefixed) {
    regime = PREFIX_REGIME[prefixed[1]!.toLowerCase()]!;
    q = prefixed[2]!.trim();
  }
  if (q.includes(' ')) return [];
  const keep = (r: CodeReading) => regime === null || r.regime === regime;
  const listCode = listCodeReading(q);
  if (listCode) return [listCode].filter(keep);
  const lettered = prefixedDotted(q);
  const readings = lettered ? dottedReadings(lettered.rest, lettered.notation) : dottedReadings(q, null);
  return readings.filter(keep);
}
