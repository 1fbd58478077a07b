// US License Requirements rows as segments: each sentence's numbers belong to the row's regime and, when the
// sentence names one paragraph, to that paragraph.
import { clauses, EXCEPT_TO_END, namedPart } from './clauses.js';
import type { PlacementPart, PlacementReason, Segment } from './placementRules.js';

/**
 * A reason row, sentence by sentence: a sentence that names exactly one paragraph of the entry places its numbers
 * there (9A515: "MT also applies to 9A515.h when the total impulse capacity is equal to or greater than 8.41 × 10^5
 * newton seconds"); otherwise they belong to the row as a whole.
 */
export function reasonSegments(row: PlacementReason, code: string, parts: PlacementPart[]): Segment[] {
  return row.scope
    .split(/(?<=\.)\s+(?=[A-Z])/)
    // "MT applies to 3A001.a.1.a when usable in “missiles”; and to 3A001.a.5.a when … rated for operation in the
    // temperature range from below −54 °C to above +125 °C; and 3A001.z.2": each "; and (to) …" clause names its own
    // paragraph.
    .flatMap((sentence) => (EXCEPT_TO_END.test(sentence) ? [sentence] : sentence.split(/;\s+(?:and\s+|or\s+)?(?=(?:to\s+)?\d[A-E]\d{3})/)))
    .flatMap((sentence) => reasonSentence(row, sentence, code, parts));
}

function reasonSentence(row: PlacementReason, sentence: string, code: string, parts: PlacementPart[]): Segment[] {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Before any EXCEPT, one code of a paragraph and no shorthand list after it ("2B001.a, .b, .c and .d" names four). A
  // paragraph named in an exception is not the sentence's: 2B004 "NP applies to entire entry, except 2B004.b.3 and presses
  // with maximum working pressures below 69 MPa" bounds the entry's presses.
  const scope = sentence.slice(0, EXCEPT_TO_END.exec(sentence)?.index ?? /\bexcept\b/i.exec(sentence)?.index ?? sentence.length);
  const mentions = [...scope.matchAll(new RegExp(`\\b${escaped}(?:\\.[a-z0-9]{1,2})+(?!\\s*(?:,|\\band\\b|\\bor\\b|through|to)\\s*\\.[a-z0-9])`, 'g'))];
  const listed = new RegExp(`\\b${escaped}(?:\\.[a-z0-9]{1,2})+\\s*(?:,|\\band\\b|\\bor\\b|through|to)\\s*\\.[a-z0-9]`).test(scope);
  const part = mentions.length === 1 && !listed ? namedPart(mentions[0]![0], code, parts) : null;
  const segment: Segment = {
    text: sentence,
    part,
    role: 'CONTROL',
    rule: 'REASON_ROW',
    source: 'REASON_ROW',
    regime: row.regime,
    reason: row.column ?? row.reason,
  };
  // 4A003 "AT applies to entire entry (refer to 4A994 for controls on “digital computers” with an APP >0.0128 but ≤70 WT)":
  // a bracket that points to another entry names that entry's items.
  const pointer = POINTER_BRACKET.exec(sentence);
  if (pointer !== null) {
    return [
      ...clauses({ ...segment, text: sentence.slice(0, pointer.index) + sentence.slice(pointer.index + pointer[0].length) }, code, parts, 'REASON_ROW_EXCEPT'),
      { ...segment, text: pointer[0], part: null, role: 'EXCLUSION', rule: 'NB_POINTER' },
    ];
  }
  return clauses(segment, code, parts, 'REASON_ROW_EXCEPT');
}
const POINTER_BRACKET = /\((?:refer to|see(?: also)?)\s[^()]*\b\d[A-E]\d{3}\b[^()]*\)/i;
