// What placement says of a number (its role, its source, the rule that placed it, each rule with the passage it
// was written from), what it reads (the entry, its parts, its reason rows) and the segments of text numbers are read from.
// A number belongs to the paragraph and to the row it came from (see docs/decisions/0010).
import { z } from 'zod';

export const ThresholdRole = z.enum(['CONTROL', 'EXCLUSION', 'NOTE']);
export type ThresholdRole = z.infer<typeof ThresholdRole>;
export const ThresholdSource = z.enum(['ITEM_TEXT', 'REASON_ROW']);
export type ThresholdSource = z.infer<typeof ThresholdSource>;

/**
 * The rules that place a number, each with the passage it was written from.
 * CONTROL: the number bounds what the paragraph controls. EXCLUSION: it describes items taken out of the
 * control, or sent to another entry. NOTE: it defines a term or a measurement condition.
 */
export const PLACEMENT_RULES = {
  ITEM_PARAGRAPH: 'a number in a paragraph of the list of items (US "a.1.a." lines; EU labels "a." "1." in order)',
  HEADING: 'a number in the entry heading',
  CLAUSE_EXCEPT: 'a number after "EXCEPT", "except", "other than", "excluding" in the same clause (2B001 NP row: "EXCEPT: (1) turning machines … no greater than 35 mm")',
  NOTE_EXCLUSION: 'a number in a Note saying what the entry "does not control" / "is not controlled" / "does not apply" to (9A120: "9A120 does not control model aircraft")',
  NB_POINTER: 'a number in an N.B., which points to items controlled elsewhere ("N.B. SEE ALSO 9A112")',
  RELATED_CONTROLS: 'a number in the US Related Controls, which name items controlled by other entries',
  RELATED_DEFINITIONS:
    'a number in the US Related Definitions, which say how a term is defined or measured (1C210 "… a relative humidity of 50 ±5 percent"): not a bound',
  TECHNICAL_NOTE: 'a number in a Technical Note: a definition or measurement condition ("ISA conditions … at sea level"), not a bound',
  NOTE_ONLY_CONTROLLED:
    'a number in a Note or Related Control saying which items are the only ones controlled ("The only resin impregnated fiber prepregs controlled by entry 9C110 are those using resins with a glass transition temperature (Tg), after cure, exceeding 418 K", 9C110; "The only servo valves, pumps and gas turbines controlled by 9A106.d, are the following: …"): it bounds the control',
  NOTE_OTHER: 'a number in a Note that neither excludes nor points elsewhere (e.g. "must be evaluated against each applicable entry")',
  REASON_ROW: 'a number in a US License Requirements row ("MT applies to … UAVs … capable of a maximum range of at least 300 kilometers"): it belongs to that row\'s regime',
  REASON_ROW_EXCEPT: 'a number in the EXCEPT part of a US License Requirements row: an exclusion of that row\'s regime',
  LEAD_BOUND:
    'a value stated plainly in a sub-paragraph ("a.1. 0.9 GPa in the solution annealed stage") of a paragraph whose lead names the parameter and the comparison ("Having an ultimate tensile strength, measured at 20 °C, equal to or greater than:", 1C116.a): read with the lead',
  LEAD_AT_LEAST:
    'a value stated plainly ("A total dose of 5 × 10^5 Rads (Si)") in a paragraph whose lead asks for items "meeting or exceeding all the following characteristics" (9A515.d): a lower bound',
  LEAD_EXCEPT:
    'a number in a sub-paragraph of a paragraph that ends "except:" (3B991.b.2.a "Finished masks, reticles and designs therefor, except:" then "b.2.a.2.a. Their design is based on geometries of 2.5 micrometer or more"): it describes what is excepted',
  MEASUREMENT_CONDITION:
    'a number saying under what a bound is measured: after an upper bound\'s "or less for …" / "or better for …", the conditions (or the items) the bound is stated for (9A515.d.5 "1 × 10−^10 errors/part or less for a fluence of 1 × 10^7 protons/cm^2 for proton energy greater than 50 MeV"), or the band a value holds "at any frequency" of (3A001.b.2.b.2 "A peak saturated power output greater than 5 W (37 dBm) at any frequency exceeding 8.5 GHz up to and including 16 GHz"), not a bound',
  EXAMPLE:
    'a number in a bracketed example after a bound ("system accuracy of 3.33% or less of the range (e.g., a “CEP” of 10 km or less at a “range” of 300 km)", 7A117): it illustrates the bound, it is not one',
} as const;
export type PlacementRule = keyof typeof PLACEMENT_RULES;

export interface PlacementInput {
  code: string;
  title: string;
  text: string;
}
export interface PlacementPart {
  code: string;
  text: string;
}
export interface PlacementReason {
  reason: string;
  column: string | null;
  scope: string;
  regime: string | null;
}

/**
 * A paragraph that names the parameter and the comparison its sub-paragraphs' bare values take: 1C116.a "Having an
 * ultimate tensile strength, measured at 20 °C, equal to or greater than: a.1. 0.9 GPa …" (rule LEAD_BOUND).
 */
export const LEAD_BOUND = /((?:\b(?:having|with)\s+)?[^:;]{3,120}?\s+(equal to or (?:greater|more|less) than|greater than|more than|less than|exceeding|not exceeding|not (?:less|more) than|of at least|(?:lower|less|higher|greater) \((?:better|worse)\) than|better than|hardened to exceed))(?:\s+(?:any|all|each) of the following(?: specifications)?)?\s*:\s*$/i;

// 4A001.a.2 "Radiation hardened to exceed any of the following specifications:" then "a.2.a. A total dose of 5 × 10^3 Gy
// (Si);" … "a.2.c. Single Event Upset of 1 × 10−^8 Error/bit/day;": to be hardened beyond a specification is to be better
// than it, which for a dose is more and for an upset rate is fewer.
const LEAD_COMPARISON: Record<string, string> = { 'hardened to exceed': 'better than' };

/** Where a text read after a lead differs from the child's words: `removed` characters at `at` became `inserted` ones. */
export interface LeadEdit {
  at: number;
  removed: number;
  inserted: number;
}

/** A sub-paragraph read after its parent's lead: the text read, the lead's length in it, and the child's own words. */
export interface LeadReading {
  text: string;
  lead: number;
  child: { text: string; edit: LeadEdit | null };
}

/**
 * A sub-paragraph read after its parent's lead bound. One that names its parameter with "of" takes the lead's
 * comparison in place of the "of": 5A991.c.10 "… with ports or lines exceeding any of the following:" then "c.10.a. A
 * “data signaling rate” of 64,000 bit/s per channel …" is a rate exceeding 64,000 bit/s. The text so read is for the
 * reading only: the child's own words are kept, so that what a threshold quotes is what the list says.
 */
export function afterLead(lead: RegExpExecArray, child: string): LeadReading {
  const said = lead[2] as string;
  const comparison = LEAD_COMPARISON[said.toLowerCase()];
  // (EU 4A001.a.2 "a. Total Dose 5× 103 Gy (silicon);" names its value without an "of".)
  const named = comparison !== undefined ? /^(\s*(?:an?\s+)?[^\d;:]{1,60}?)\s+(?:of\s+)?(?=\d)/i : /^(\s*an?\s+[^\d;:]{1,60}?)\s+of\s+(?=\d)/i;
  const m = named.exec(child);
  const prefix = `${lead[1]} `;
  if (m === null) return { text: prefix + child, lead: prefix.length, child: { text: child, edit: null } };
  const inserted = ` ${comparison ?? said} `;
  const edit = { at: m[1]!.length, removed: m[0].length - m[1]!.length, inserted: inserted.length };
  return { text: prefix + m[1] + inserted + child.slice(m[0].length), lead: prefix.length, child: { text: child, edit } };
}

export interface Segment {
  text: string;
  /** Set when the paragraph's lead asks for items "meeting or exceeding" what follows (rule LEAD_AT_LEAST). */
  atLeast?: boolean;
  /** Set when the text starts with the parent paragraph's lead (rule LEAD_BOUND): its length, whose numbers are the parent's. */
  lead?: number;
  /** With a lead bound: the sub-paragraph's own words, and where the text read differs from them. */
  child?: LeadReading['child'];
  /** The words a threshold read from the text quotes as its clause when they are more than the text: see clauses(). */
  context?: string;
  part: string | null;
  role: ThresholdRole;
  rule: PlacementRule;
  source: ThresholdSource;
  regime: string | null;
  reason: string | null;
}
