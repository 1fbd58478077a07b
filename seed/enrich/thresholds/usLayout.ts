// The US CCL layout: License Requirements, License Exceptions, Related Controls and one labelled paragraph a line,
// read into passages, each item paragraph matched to its part.
import { blockSegments, type Block } from './blocks.js';
import { afterLead, LEAD_BOUND, type PlacementInput, type PlacementPart, type Segment } from './placementRules.js';

const US_SECTION = /^(License Requirements|Reason for Control:|List Based License Exceptions|Special Conditions for STA|List of Items Controlled|Related Controls:|Related Definitions:|ECCN Controls:|Technical Notes?\b|Notes?\b|N\.\s?B\.|Items:)/;
// "a.1.a.1.c.'Sounding resolution' less than 2" (6A001): the CCL may leave out the space before a quoted word.
const US_LABEL = /^((?:[a-z]{1,2}|\d{1,2})(?:\.(?:[a-z]{1,2}|\d{1,2}))*)(?:\.?\s+|\.(?=['‘“"]))(?=\S)/;
const NOTE_HEAD = /^(?:(Technical)\s+)?(Notes?|N\.\s?B\.)\s*\d*\s*(?:to [^:]{1,40})?:?/i;

const normalise = (s: string) => s.replace(/[“”"'‘’]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

export function usSegments(entry: PlacementInput, parts: PlacementPart[]): Segment[] {
  const partText = new Map(parts.map((p) => [p.code, normalise(p.text)]));
  const blocks: Block[] = [];
  let section: 'REQUIREMENTS' | 'EXCEPTIONS' | 'RELATED' | 'ITEMS' | 'PREAMBLE' = 'PREAMBLE';
  let current: Block | null = null;
  let interrupted: Block | null = null;
  const open = (block: Block) => {
    current = block;
    blocks.push(block);
  };
  const startsPart = (line: string): boolean => {
    const label = US_LABEL.exec(line);
    const own = label === null ? undefined : partText.get(`${entry.code}.${label[1]}`);
    if (label === null || own === undefined) return false;
    const rest = normalise(line.slice(label[0].length));
    return own.startsWith(rest.slice(0, 30)) || rest.startsWith(own.slice(0, 30));
  };
  for (const raw of entry.text.split('\n')) {
    let line = raw.trim();
    if (line === '') continue;
    const head = US_SECTION.exec(line)?.[1];
    // Some entries' text opens with "Reason for Control:" and no "License Requirements" line (3A001): the rows still
    // are reason rows, never item text.
    if (head === 'License Requirements' || head === 'Reason for Control:') section = 'REQUIREMENTS';
    else if (head === 'List Based License Exceptions' || head === 'Special Conditions for STA') section = 'EXCEPTIONS';
    else if (head === 'List of Items Controlled') section = 'RELATED';
    else if (head === 'Related Controls:' || head === 'Related Definitions:') {
      section = 'RELATED';
      open({ kind: head === 'Related Definitions:' ? 'DEFINITIONS' : 'RELATED', part: null, lines: [line] });
      continue;
    } else if (head === 'ECCN Controls:') {
      // 1C235 "ECCN Controls: (1) This entry does not control tritium … (2) This entry does not control a product or device
      // containing less than 1.48 × 10^3 GBq (40 Ci) of tritium.": notes on what the entry controls, each on its own.
      section = 'RELATED';
      open({ kind: 'NOTE', part: null, lines: [line.slice(head.length).trim()], numbered: true });
      continue;
    } else if (head === 'Items:') {
      section = 'ITEMS';
      current = null;
      line = line.slice('Items:'.length).trim();
      if (line === '') continue;
    }
    // The License Requirements rows come in as reason rows; License Exceptions carry values, not thresholds.
    if (section === 'REQUIREMENTS' || section === 'EXCEPTIONS') continue;
    // 5A001 has no "Items:" line: its list of items starts after the Related Controls with "a. Any type of
    // telecommunications equipment …", a line that is the text of the entry's paragraph a.
    if (section === 'RELATED' && !startsPart(line)) {
      if (current !== null) (current as Block).lines.push(line);
      continue;
    }
    section = 'ITEMS';
    const note = NOTE_HEAD.exec(line);
    if (note !== null && note[0].length > 0 && /^(?:Technical\s+)?(?:Notes?|N\.\s?B\.)/i.test(line)) {
      const kind = note[1] !== undefined ? 'TECHNICAL' : /^N\.\s?B/i.test(note[2]!) ? 'NB' : 'NOTE';
      // A single Technical Note printed inside a Note's list (1C001.a Note 1.c: "Technical Note: For the purposes of 1C001.a
      // Note 1.c.1, …" then "2. Tensile strength less than 7 × 10^6 N/m^2") interrupts it: the list goes on after it.
      interrupted = kind === 'TECHNICAL' && /^Note\b/i.test(note[2]!) && current !== null && (current as Block).kind === 'NOTE' ? (current as Block) : null;
      // 9A610 "Note to paragraph .u: Apparatus and devices … with a maximum range less than 300 km are controlled in
      // paragraph .x": the note is the named paragraph's.
      const to = /\bto paragraph (\.[a-z0-9.]*[a-z0-9])/i.exec(note[0])?.[1];
      const part = to !== undefined && partText.has(`${entry.code}${to}`) ? `${entry.code}${to}` : null;
      open({ kind, part, lines: [line.slice(note[0].length).trim()], ...(kind === 'NOTE' && /^Notes/i.test(note[2]!) ? { numbered: true } : {}) });
      continue;
    }
    const label = US_LABEL.exec(line);
    if (label !== null) {
      const code = `${entry.code}.${label[1]}`;
      const own = partText.get(code);
      const rest = normalise(line.slice(label[0].length));
      if (own !== undefined && (own.startsWith(rest.slice(0, 30)) || rest.startsWith(own.slice(0, 30)))) {
        open({ kind: 'ITEM', part: code, lines: [line.slice(label[0].length)] });
        continue;
      }
    }
    if (interrupted !== null && current !== null && (current as Block).kind === 'TECHNICAL') {
      const own = (current as Block).lines.filter((l) => l !== '');
      if (own.length > 0 && !LIST_ITEM.test(own[0]!) && LIST_ITEM.test(line)) {
        current = interrupted;
        interrupted = null;
      }
    }
    if (current === null) open({ kind: 'ITEM', part: null, lines: [line] });
    else (current as Block).lines.push(line);
  }
  // 9A515.d: "… rated, certified, or otherwise specified or described as meeting or exceeding all the following characteristics …"
  const leads = parts.filter((p) => LEAD_AT_LEAST.test(p.text)).map((p) => p.code);
  const bounds = new Map(parts.flatMap((p) => {
    const lead = LEAD_BOUND.exec(p.text.split('\n')[0] ?? '');
    return lead ? [[p.code, lead] as const] : [];
  }));
  // 2B991.c.2 "Positioning accuracies according to ISO 230/2 (2006), with all compensations available:" then "c.2.a.
  // Better than 15 µm along any linear axis …": a sub-paragraph that starts with its bound is read after its parent's
  // lead, which names what it bounds; the lead's own numbers stay the parent's.
  const named = new Map(parts.flatMap((p) => {
    const first = (p.text.split('\n')[0] ?? '').trim();
    return first.endsWith(':') && first.length <= 200 && !LEAD_BOUND.test(first) ? [[p.code, first] as const] : [];
  }));
  // 3B991.b.2.a "Finished masks, reticles and designs therefor, except:": what its sub-paragraphs say is excepted.
  const excepting = parts.filter((p) => EXCEPT_LEAD.test((p.text.split('\n')[0] ?? '').trim())).map((p) => p.code);
  const excepted = (segment: Segment): Segment =>
    segment.role === 'CONTROL' && segment.part !== null && excepting.some((code) => segment.part!.startsWith(`${code}.`)) ? { ...segment, role: 'EXCLUSION', rule: 'LEAD_EXCEPT' } : segment;
  return blocks.flatMap((block) => segmentsOf(block).map(excepted));
  function segmentsOf(block: Block): Segment[] {
    const parentOf = block.part?.slice(0, block.part.lastIndexOf('.'));
    const naming = block.kind === 'ITEM' && parentOf !== undefined && BARE_BOUND.test(block.lines[0] ?? '') ? named.get(parentOf) : undefined;
    if (naming !== undefined) {
      const [first, ...others] = blockSegments(block, entry.code, parts);
      if (first !== undefined && first.part === block.part) return [{ ...first, text: `${naming} ${first.text}`, lead: naming.length + 1 }, ...others];
    }
    const atLeast = block.kind === 'ITEM' && block.part !== null && leads.some((lead) => block.part!.startsWith(`${lead}.`));
    const parent = block.part?.slice(0, block.part.lastIndexOf('.'));
    const bound = block.kind === 'ITEM' && parent !== undefined ? bounds.get(parent) : undefined;
    if (bound !== undefined) {
      return [{ ...afterLead(bound, block.lines.join('\n')), part: block.part, role: 'CONTROL' as const, rule: 'LEAD_BOUND' as const, source: 'ITEM_TEXT' as const, regime: null, reason: null }];
    }
    return blockSegments(block, entry.code, parts).map((s) => (atLeast ? { ...s, atLeast } : s));
  }
}
const EXCEPT_LEAD = /\bexcept(?: the following)?\s*:$/i;
// A label of any depth: "2. Tensile strength …" (1C001.a Note 1.c), "a.2. 'Readers/writers' …" (5A002.a Note 2).
const LIST_ITEM = /^(?:[a-z]{1,2}|\d{1,2})(?:\.(?:[a-z]{1,2}|\d{1,2}))*\.\s/;
const BARE_BOUND = /^\s*(?:better|worse|less|lower|more|greater|higher|exceeding|not exceeding|equal to|up to|at least|below|above)\b/i;
const LEAD_AT_LEAST = /\bmeeting or exceeding all (?:of )?the following\b/i;
