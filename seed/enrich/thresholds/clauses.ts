// A control text cut at its exclusion cues ("EXCEPT", "other than" …) and at the measurement conditions after a bound.
import type { PlacementPart, PlacementRule, Segment } from './placementRules.js';

// "EXCEPT: …" runs to the end of the text; "except", "other than", "excluding" to the end of their clause.
export const EXCEPT_TO_END = /\bEXCEPT\b:?/;
const EXCEPT_IN_CLAUSE = /\b(?:except(?:ing)?|other than|excluding|not including)\b/gi;
// After a paragraph code, an "and" before words that name no paragraph starts another exception.
const SECOND_EXCEPTION = /(?<=\b\d[A-E]\d{3}(?:\.[a-z0-9]{1,2})+)\s+(?=and\s+[a-z][a-z-]{2,}\s(?![^;]*?\d[A-E]\d{3}))/;
// A pointer ("other than those specified in 9A006, specially designed for …") ends at the comma after its code.
// So does one to another list: EU 1C111.a.1 "aluminium powder other than that specified in the Military Goods Controls,
// in particle size of less than 200 μm …" — the sizes are the control's.
const CLAUSE_END = /;|\.(?:\s|$)|(?<=\b\d[A-E]\d{3}[a-z0-9.]*),|(?<=\b(?:Military Goods Controls|Munitions List|USML|ITAR)[”"’']?),/g;

/** Splits one control text at its exclusion cues; the pieces after a cue are EXCLUSION with rule CLAUSE_EXCEPT. */
export function clauses(segment: Segment, code: string, parts: PlacementPart[], exceptRule: PlacementRule = 'CLAUSE_EXCEPT'): Segment[] {
  if (segment.role !== 'CONTROL' || segment.text.trim() === '') return segment.text.trim() === '' ? [] : [segment];
  const out: Segment[] = [];
  let rest = segment.text;
  const upper = EXCEPT_TO_END.exec(rest);
  let tail: string | null = null;
  if (upper !== null) {
    tail = rest.slice(upper.index);
    rest = rest.slice(0, upper.index);
  }
  let from = 0;
  // Where the words go on after an exception in brackets, the clause quoted starts before the brackets: 6A005.e.3.a.1
  // "An insertion loss … maintained at a rated total average or CW output power (excluding output power transmitted
  // through the single mode core if present) exceeding 1,000 W" quotes the power, not ") exceeding 1,000 W".
  let context: string | undefined;
  EXCEPT_IN_CLAUSE.lastIndex = 0;
  for (let m = EXCEPT_IN_CLAUSE.exec(rest); m !== null; m = EXCEPT_IN_CLAUSE.exec(rest)) {
    CLAUSE_END.lastIndex = m.index;
    // In brackets, the exception ends with them: 6A205.c "Neodymium-doped (other than glass) lasers with an output
    // wavelength between 1000 nm and 1100 nm" excepts glass, not the wavelengths.
    const close = insideBrackets(rest, m.index) ? rest.indexOf(')', m.index) : -1;
    const end = close !== -1 ? close : exceptionEnd(rest, m.index, m.index + m[0].length, m[0].toLowerCase());
    if (close !== -1 && context === undefined) context = rest.slice(from);
    out.push({ ...segment, text: rest.slice(from, m.index), ...(context !== undefined ? { context } : {}) });
    if (close === -1) context = undefined;
    // "except 2B004.b.3 and presses with maximum working pressures below 69 MPa" (2B004 NP row): two exceptions, each
    // with its own paragraph; the second names none.
    for (const piece of rest.slice(m.index, end).split(SECOND_EXCEPTION)) {
      out.push({ ...segment, text: piece, role: 'EXCLUSION', rule: exceptRule, part: namedPart(piece, code, parts) ?? segment.part });
    }
    from = end;
    EXCEPT_IN_CLAUSE.lastIndex = end;
  }
  // Where the words go on after an exception set off by commas, the clause quoted is the whole sentence: 1C216 "Maraging
  // steel, other than that controlled by 1C116, “capable of” an ultimate tensile strength of 1,950 MPa or more, at 293 K
  // (20 °C).", not ", “capable of” …".
  const last = rest.slice(from);
  if (context === undefined && from > 0 && /^\s*,/.test(last)) context = rest;
  out.push({ ...segment, text: last, ...(context !== undefined ? { context } : {}) });
  if (tail !== null) {
    // "EXCEPT: (1) turning machines under 2B001.a …; (2) …": each numbered exclusion names its own paragraph.
    for (const item of tail.split(/;\s*(?:or\s+|and\s+)?(?=\(\d+\))/)) {
      out.push({ ...segment, text: item, role: 'EXCLUSION', rule: exceptRule, part: namedPart(item, code, parts) ?? segment.part });
    }
  }
  return out.flatMap(withConditions).flatMap(withExamples).filter((s) => s.text.trim() !== '');
}

// "Other than those specified by 3A001.b.3.a to 3A001.b.3.e and rated for operation with a peak saturated power output
// greater than 5 W …" (3A001.b.3.f): a pointer excepts what it points to, and the bounds after it are the control's.
// "other than that controlled in 3E001 for the “development” …" (3E002): a code alone is a pointer too.
const POINTER = /^\s*(?:those|that|the ones?)?\s*(?:specified|controlled|described|listed)\s+(?:by|in|under)\s+(?:(?:ECCN|entry|entries)\s+)?(?:\d[A-E]\d{3}(?:[a-z0-9.]*[a-z0-9])?|\.[a-z0-9.]*[a-z0-9])(?:\s*(?:,|to|through|and|or)\s*(?:\d[A-E]\d{3}(?:[a-z0-9.]*[a-z0-9])?|\.[a-z0-9.]*[a-z0-9]))*/i;
// "… a layer of any material other than silicon with a thickness uniform to less than ±2.5%" (3B001.a.1), "Equipment
// other than optical surface scattering measurement equipment, having an unobscured aperture of more than 10 cm"
// (6B004.b): the thing excepted is a name, and what follows it describes the item controlled. Only "other than those
// having …" describes what is excepted.
const NAME_END = /,(?=\s)|\s(?:with|having|and (?:rated|having|with|capable|designed|specially)|rated|capable of|that|which|designed|specially designed)\b/i;

/**
 * Where an exception that starts at `cue` (its words, `words`, end at `from`) ends in `text`. "except in individual
 * containers with a net weight of 20 grams or less" (1A984) and "excluding civil certified engines with a maximum
 * thrust value greater than 8,890 N" (9A101.a.1) run to the end of their clause: their bounds are what is excepted. An
 * "excluding …," set off by commas ends at its comma (1C007.a "total metallic impurities, excluding intentional
 * additions, of less than 5,000 ppm").
 */
function exceptionEnd(text: string, cue: number, from: number, words: string): number {
  CLAUSE_END.lastIndex = cue;
  const clauseEnd = CLAUSE_END.exec(text)?.index ?? text.length;
  const after = text.slice(from, clauseEnd);
  const pointer = POINTER.exec(after);
  if (pointer !== null && words === 'other than') return from + pointer[0].length;
  if (words === 'excluding' && /,\s*$/.test(text.slice(Math.max(0, cue - 2), cue))) {
    const comma = after.search(/,(?=\s)/);
    return comma === -1 ? clauseEnd : from + comma;
  }
  if (words !== 'other than' || /^\s*(?:those|that|ones?)\b/i.test(after)) return clauseEnd;
  const name = NAME_END.exec(after);
  return name === null ? clauseEnd : from + name.index;
}

/** Whether `at` stands inside a bracket opened in the same text and not yet closed. */
function insideBrackets(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, text.lastIndexOf(';', at) + 1), at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

// "… 1 × 10−^10 errors/part or less for a fluence of 1 × 10^7 protons/cm^2 for proton energy greater than 50 MeV."
// Only after an upper bound ("or less", "or better"): "Mach 1 or greater for more than 30 minutes" (9E003.k) is one
// capability in two numbers, not a bound and its condition.
const CONDITION_CUE = /\bor (?:less|lower|better)\b(?:\s*\([a-z]+\))?,?\s+(?=for\b)/gi;
const CONDITION_END = /;|\.(?:\s|$)/g;

/** Splits off the measurement conditions that follow a bound's "or less for …" (rule MEASUREMENT_CONDITION). */
function withConditions(segment: Segment): Segment[] {
  const spans: Array<[number, number]> = [];
  CONDITION_CUE.lastIndex = 0;
  for (let m = CONDITION_CUE.exec(segment.text); m !== null; m = CONDITION_CUE.exec(segment.text)) {
    const start = m.index + m[0].length;
    CONDITION_END.lastIndex = start;
    const end = CONDITION_END.exec(segment.text)?.index ?? segment.text.length;
    spans.push([start, end]);
    CONDITION_CUE.lastIndex = end;
  }
  return asNotes(segment, spans, 'MEASUREMENT_CONDITION');
}

// "system accuracy of 3.33% or less of the range (e.g., a “CEP” of 10 km or less at a “range” of 300 km)" (7A117): the
// bracket illustrates the bound before it; its numbers are not bounds of their own.
const EXAMPLE = /\(\s*(?:e\.\s?g\.|for example|for instance)[^()]*\)/gi;

/** Splits off the examples a control text gives in brackets (rule EXAMPLE). */
function withExamples(segment: Segment): Segment[] {
  return asNotes(segment, [...segment.text.matchAll(EXAMPLE)].map((m) => [m.index, m.index + m[0].length] as [number, number]), 'EXAMPLE');
}

/** A control text with the given spans of it (in order, apart) made notes under `rule`; other roles stay whole. */
function asNotes(segment: Segment, spans: Array<[number, number]>, rule: PlacementRule): Segment[] {
  if (segment.role !== 'CONTROL') return [segment];
  const out: Segment[] = [];
  let from = 0;
  for (const [start, end] of spans) {
    out.push({ ...segment, text: segment.text.slice(from, start) });
    out.push({ ...segment, text: segment.text.slice(start, end), role: 'NOTE', rule });
    from = end;
  }
  out.push({ ...segment, text: segment.text.slice(from) });
  return out;
}

/** The deepest paragraph of this entry that a text names ("under 2B001.a", "For the purposes of 9A012.a"). */
export function namedPart(text: string, code: string, parts: PlacementPart[]): string | null {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`\\b${escaped}((?:\\.[a-z0-9]{1,2})+)`, 'i').exec(text);
  if (m === null) return null;
  const labels = m[1]!.split('.').filter((l) => l !== '');
  const known = new Set(parts.map((p) => p.code));
  for (let n = labels.length; n > 0; n--) {
    const candidate = `${code}.${labels.slice(0, n).join('.')}`;
    if (known.has(candidate) || parts.length === 0) return candidate;
  }
  return null;
}

/**
 * Every paragraph of the entry a text names, in order: full codes, and the short ones that go on a list after a full
 * one (3B991 Note "3B991.b.2.d.1 and b.2.d.2 do not control …", 3A090 Note 2 "3A090.a and 3A090.b do not apply to …").
 */
export function namedParts(text: string, code: string, parts: PlacementPart[]): string[] {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const out: string[] = [];
  const add = (candidate: string | null) => {
    if (candidate !== null && !out.includes(candidate)) out.push(candidate);
  };
  const full = new RegExp(`\\b${escaped}((?:\\.[a-z0-9]{1,2})+)((?:(?:,\\s*|,?\\s+(?:and|or)\\s+)\\.?[a-z](?:\\.[a-z0-9]{1,2})*\\b(?!\\s*\\d))*)`, 'gi');
  for (const m of text.matchAll(full)) {
    add(namedPart(`${code}${m[1]}`, code, parts));
    for (const short of (m[2] ?? '').matchAll(/\.?([a-z](?:\.[a-z0-9]{1,2})*)\b/gi)) if (!/^(?:and|or)$/i.test(short[1]!)) add(namedPart(`${code}.${short[1]}`, code, parts));
  }
  return out;
}
