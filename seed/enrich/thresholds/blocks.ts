// The kinds of passage an entry's text holds (item paragraph, Note, Technical Note, N.B., Related Controls) and the
// role and rule each gives its numbers.
import { clauses, namedPart } from './clauses.js';
import type { PlacementPart, Segment } from './placementRules.js';

const EXCLUDING_NOTE = /\b(?:does|do) not (?:control|apply)|\b(?:is|are) not controlled|\bnot (?:subject to|covered by) this entry|\bdecontrol/i;

export interface Block {
  kind: 'ITEM' | 'NOTE' | 'TECHNICAL' | 'NB' | 'RELATED';
  part: string | null;
  lines: string[];
}

export function blockSegments(block: Block, code: string, parts: PlacementPart[]): Segment[] {
  const text = block.lines.join('\n');
  const base = { source: 'ITEM_TEXT' as const, regime: null, reason: null };
  if (block.kind === 'ITEM') return clauses({ ...base, text, part: block.part, role: 'CONTROL', rule: 'ITEM_PARAGRAPH' }, code, parts);
  const part = namedPart(text, code, parts);
  if (block.kind === 'RELATED') return [{ ...base, text, part: null, role: 'EXCLUSION', rule: 'RELATED_CONTROLS' }];
  if (block.kind === 'NB') return [{ ...base, text, part, role: 'EXCLUSION', rule: 'NB_POINTER' }];
  if (block.kind === 'TECHNICAL') return [{ ...base, text, part, role: 'NOTE', rule: 'TECHNICAL_NOTE' }];
  return EXCLUDING_NOTE.test(text)
    ? [{ ...base, text, part, role: 'EXCLUSION', rule: 'NOTE_EXCLUSION' }]
    : [{ ...base, text, part, role: 'NOTE', rule: 'NOTE_OTHER' }];
}
