// The kinds of passage an entry's text holds (item paragraph, Note, Technical Note, N.B., Related Controls and
// Definitions) and the
// role and rule each gives its numbers.
import { clauses, namedPart, namedParts } from './clauses.js';
import type { PlacementPart, Segment } from './placementRules.js';

// 0A501 "Note 7 to 0A501: Muzzle loading and black powder firearms with a caliber less than 20 mm … are EAR99 commodities."
const EXCLUDING_NOTE = /\b(?:does|do) not (?:control|apply)|\b(?:is|are) not controlled|\bnot (?:subject to|covered by) this entry|\bdecontrol|\b(?:is|are) EAR99\b/i;

// "The only … controlled by 9A106.d, are the following", EU 9C110 "Note: The only resin impregnated fibre prepregs
// specified in entry 9C110 are those using resins with …": the note narrows the control to what it names.
const ONLY_CONTROLLED = /\bthe only\b(?:[^.;]|\.(?=[a-z0-9,])){0,120}?\b(?:controlled|specified)\b(?:[^.;]|\.(?=[a-z0-9,])){0,80}?\bare\b/i;

const OUTSIDE_PARAGRAPHS = /\bnot (?:specified|controlled) (?:in|by) \d[A-E]\d{3}\.[a-z]/i;

export interface Block {
  kind: 'ITEM' | 'NOTE' | 'TECHNICAL' | 'NB' | 'RELATED' | 'DEFINITIONS';
  part: string | null;
  lines: string[];
  /** A "Notes:" heading over numbered notes ("1. Pulsed “lasers” include …", "5. 6A005 does not control …"): each is its own. */
  numbered?: boolean;
}

export function blockSegments(block: Block, code: string, parts: PlacementPart[]): Segment[] {
  const text = block.lines.join('\n');
  const base = { source: 'ITEM_TEXT' as const, regime: null, reason: null };
  if (block.kind === 'ITEM') return clauses({ ...base, text, part: block.part, role: 'CONTROL', rule: 'ITEM_PARAGRAPH' }, code, parts);
  // EU 2B201 Technical Note "If any axis of a machine tool not specified in 2B201.a., 2B201.b. or 2B201.c. has a stated
  // positioning accuracy of 6 μm or better …": a passage about items outside the paragraphs it names is the entry's.
  const part = block.part ?? (OUTSIDE_PARAGRAPHS.test(text) ? null : namedPart(text, code, parts));
  if (block.kind === 'RELATED') {
    // Related Controls are numbered "(1) … (2) …": each is read on its own, since one may say which items are the only
    // ones this entry controls (9C110 "(2) The only resin impregnated fiber prepregs controlled by entry 9C110 are …").
    return text.split(/(?=\(\d{1,2}\)\s)/).map((item) =>
      ONLY_CONTROLLED.test(item)
        ? { ...base, text: item, part: namedPart(item, code, parts), role: 'CONTROL' as const, rule: 'NOTE_ONLY_CONTROLLED' as const }
        : { ...base, text: item, part: null, role: 'EXCLUSION' as const, rule: 'RELATED_CONTROLS' as const },
    );
  }
  // 1C210 Related Definitions "… measured at a temperature of (296 ±2) K ((23 ±2) °C) and a relative humidity of 50 ±5
  // percent": how a term is defined or measured, which takes nothing out of the control.
  if (block.kind === 'DEFINITIONS') return [{ ...base, text, part: null, role: 'NOTE', rule: 'RELATED_DEFINITIONS' }];
  if (block.kind === 'NOTE' && block.numbered === true) {
    const notes = text.split(/\n(?=\d{1,2}\.\s)|\s(?=\(\d{1,2}\)\s)/);
    if (notes.length > 1) return notes.flatMap((note) => blockSegments({ kind: 'NOTE', part: block.part, lines: [note] }, code, parts));
  }
  if (block.kind === 'NOTE' && ONLY_CONTROLLED.test(text) && !EXCLUDING_NOTE.test(text)) return [{ ...base, text, part, role: 'CONTROL', rule: 'NOTE_ONLY_CONTROLLED' }];
  if (block.kind === 'NB') return [{ ...base, text, part, role: 'EXCLUSION', rule: 'NB_POINTER' }];
  if (block.kind === 'TECHNICAL') return [{ ...base, text, part, role: 'NOTE', rule: 'TECHNICAL_NOTE' }];
  const excluding = EXCLUDING_NOTE.exec(text);
  if (excluding === null) return [{ ...base, text, part, role: 'NOTE', rule: 'NOTE_OTHER' }];
  // 3A090 Note 2 "3A090.a and 3A090.b do not apply to items that … do not have a 'total processing performance' of 4800
  // or more": an exclusion from each paragraph its subject names.
  const subjects = block.part === null && !OUTSIDE_PARAGRAPHS.test(text) ? namedParts(text.slice(0, excluding.index), code, parts) : [];
  return (subjects.length > 1 ? subjects : [part]).map((p) => ({ ...base, text, part: p, role: 'EXCLUSION' as const, rule: 'NOTE_EXCLUSION' as const }));
}
