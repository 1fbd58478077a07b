// The US Commerce Control List (eCFR XML of 15 CFR 774 Supp. 1) read into a ParsedList: one entry per ECCN
// with its item paragraphs as parts, the reasons for control and their scope, regime attributions, references and supports.
import {
  ParsedList,
  type AttributionRecord,
  type EntryRecord,
  type ReasonRecord,
  type ReferenceRecord,
  type SourceIssue,
  type SupportRecord,
} from '../model.js';
import type { ProductGroup } from '../../src/domain/vocabulary.js';
import { extractReferences, extractSupports, splitClauses } from '../parse/references.js';
import { SourceFormatError } from '../sourceError.js';
import { codeOrigin, reasonRegime } from '../../src/domain/attribution.js';

export const CCL_LIST = {
  id: 'us-ccl@ecfr-2026',
  jurisdiction: 'US',
  title: 'Commerce Control List (15 CFR 774, Supplement No. 1)',
  version: 'eCFR 2026 snapshot',
  source:
    'eCFR XML of 15 CFR part 774, Supplement No. 1 (US Government work, public domain), 2026 snapshot; ' +
    'copied from GitHub IAPS-AI/commoditybench data/ccl/ccl_supp1.xml at commit 5b938676c33f3a732d549503a4607af91b9621a7',
  kind: 'NATIONAL',
} as const;


const ECCN_HEADING = /^(\d[A-E]\d{3})(?=\s|$|[“"‘'(])\s*(.*)$/s;
// An <HD1> that opens a new category, product group or sub-part closes the ECCN before it. Other HD1s
// ("List of Items Controlled" inside 3A090) are headings inside an entry.
const STRUCTURAL_HEADING = /^(?:Category \d|[A-E]\.\s|Annex to Category|Part \d|[IVX]+\.\s)/;
// "EAR99 Items subject to the EAR that are not elsewhere specified …" ends each category.
const EAR99_HEADING = /^EAR99\b/;
// The heading note that the items moved to the US Munitions List; "not controlled by 1C350 or subject to the
// ITAR" in 1C355's heading is not one.
const ITAR_NOTE = /\bTh(?:ese|is) (?:items?|entry|commodities) (?:are|is) [“"]?subject to the ITAR/i;
// 0E001: "Reason for Control:" (none) and "Control(s): “Technology” for items described in 0A002 and 0D001 … is subject to
// the export licensing authority of the U.S. Department of State, Directorate of Defense Trade Controls (see 22 CFR part 121)."
const STATE_DEPARTMENT = /subject to the export licensing authority of the U\.S\. Department of State|is [“"]subject to the ITAR[”"]/i;

/** An ECCN with no reason for control whose Control(s) send it to the State Department: an ITAR placeholder. */
function stateDepartmentOnly(section: EccnSection): boolean {
  const line = section.blocks.find((block) => REASON_LINE.test(block.text));
  if (!line || reasonCodes(line.text).codes.length > 0) return false;
  return section.blocks.some((block) => /^Control\(s\)/.test(block.text) && STATE_DEPARTMENT.test(block.text));
}

/** A paragraph-level piece of the document, in reading order, with the typography the parser relies on. */
interface Block {
  tag: string;
  text: string;
  inNote: boolean;
  /** Most of the text is set in <I>: notes and their sub-lists are; item paragraphs are not. */
  italic: boolean;
  /** The first visible character is set in <I>: notes start so; an item naming a species in italics starts with its roman label. */
  startsItalic?: boolean;
  /** The paragraph opens with <B>: ECCN headings do. */
  bold: boolean;
  /** Table data rows (cell texts, header rows left out), for tables only. */
  rows?: string[][];
}

// ——— XML ———
// A small strict reader for the eCFR markup: elements, attributes, text, entities, comments, CDATA.
// It is an order of magnitude faster than a general parser on this 2 MB file and reports the line of
// any well-formedness error (unclosed or mismatched tags, stray "<" or "&", unknown entities).

interface XmlElement {
  tag: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlChild[];
}
/** Text children are plain strings, entities already decoded. */
type XmlChild = XmlElement | string;

const XML_TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const XML_ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const XML_ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|([A-Za-z]+));|&/g;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function readXml(xml: string, file: string): XmlElement {
  const lineAt = (index: number) => `line ${xml.slice(0, index).split('\n').length}`;
  const decode = (text: string, at: number) =>
    text.replace(XML_ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
      if (decimal) return String.fromCodePoint(Number(decimal));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      const value = name ? NAMED_ENTITIES[name] : undefined;
      if (value === undefined) throw new SourceFormatError(file, lineAt(at), `not well-formed XML: unknown entity or bare "&" (${whole})`);
      return value;
    });

  const document: XmlElement = { tag: '#document', attributes: {}, children: [] };
  const open: XmlElement[] = [document];
  let position = 0;
  const addText = (text: string, at: number) => {
    if (text === '') return;
    if (text.includes('<')) throw new SourceFormatError(file, lineAt(at + text.indexOf('<')), 'not well-formed XML: a "<" that opens no tag');
    const parent = open[open.length - 1] as XmlElement;
    if (parent === document) {
      if (text.trim()) throw new SourceFormatError(file, lineAt(at), 'not well-formed XML: text outside the root element');
      return;
    }
    parent.children.push(decode(text, at));
  };

  const tokens = new RegExp(XML_TOKEN);
  for (let m = tokens.exec(xml); m; m = tokens.exec(xml)) {
    addText(xml.slice(position, m.index), position);
    position = m.index + m[0].length;
    const [, cdata, closing, tag, attributeText, selfClosing] = m;
    const parent = open[open.length - 1] as XmlElement;
    if (cdata !== undefined) {
      parent.children.push(cdata);
    } else if (tag === undefined) {
      continue; // comment, processing instruction or doctype
    } else if (closing) {
      if (parent.tag !== tag) {
        throw new SourceFormatError(file, lineAt(m.index), `not well-formed XML: </${tag}> closes <${parent.tag}>`);
      }
      open.pop();
    } else {
      if (parent === document && document.children.length > 0) {
        throw new SourceFormatError(file, lineAt(m.index), 'not well-formed XML: more than one root element');
      }
      const attributes: Record<string, string> = {};
      for (const a of (attributeText ?? '').matchAll(XML_ATTRIBUTE)) {
        attributes[a[1] as string] = decode(a[2] ?? a[3] ?? '', m.index);
      }
      const element: XmlElement = { tag, attributes, children: [] };
      parent.children.push(element);
      if (!selfClosing) open.push(element);
    }
  }
  addText(xml.slice(position), position);
  if (open.length > 1) {
    throw new SourceFormatError(file, 'end of file', `not well-formed XML: <${(open[open.length - 1] as XmlElement).tag}> is never closed`);
  }
  const root = document.children[0];
  if (root === undefined || typeof root === 'string') throw new SourceFormatError(file, 'document', 'not XML: no root element');
  return root;
}

function tagOf(child: XmlChild): string {
  return typeof child === 'string' ? '#text' : child.tag;
}

function childrenOf(child: XmlChild): XmlChild[] {
  return typeof child === 'string' ? [] : child.children;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Inline text in reading order; counts the characters set in italics. */
class InlineText {
  text = '';
  italicChars = 0;
  totalChars = 0;
  /** Whether the first visible character is in italics (null until one is seen). */
  firstItalic: boolean | null = null;

  add(nodes: XmlChild[], italic = false): this {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (typeof node === 'string') {
        const value = node;
        this.text += value;
        const visible = value.replace(/\s/g, '').length;
        this.totalChars += visible;
        if (italic) this.italicChars += visible;
        if (visible > 0 && this.firstItalic === null) this.firstItalic = italic;
      } else if (tag === 'SU' || tag === 'sup') {
        // Exponents and isotope numbers: "2 × 10^8 Hz", "^6Li". Reading "108" would change the value.
        this.text = this.text.replace(/\s+$/, '') + '^';
        this.add(childrenOf(node), italic);
      } else if (tag === 'br') {
        this.text += ' ';
      } else if (tag === 'img') {
        this.text += ` [image: ${node.attributes['src'] ?? 'not given'}] `;
      } else {
        this.add(childrenOf(node), italic || tag === 'I');
      }
    }
    return this;
  }
}

function firstElementTag(nodes: XmlChild[]): string {
  for (const node of nodes) {
    if (typeof node !== 'string' || node.trim() !== '') return tagOf(node);
  }
  return '';
}

function paragraphBlock(node: XmlElement, inNote: boolean): Block {
  const children = childrenOf(node);
  const inline = new InlineText().add(children);
  return {
    tag: tagOf(node),
    text: normalise(inline.text),
    inNote,
    italic: inline.totalChars > 0 && inline.italicChars / inline.totalChars > 0.5,
    startsItalic: inline.firstItalic === true,
    bold: firstElementTag(children) === 'B',
  };
}

interface TableRow {
  cells: string[];
  /** A row of <TH> cells: column headings, not data. */
  header: boolean;
}

/** Collects table rows from THEAD, TBODY and TFOOT, in order. */
function tableRows(node: XmlChild, rows: TableRow[]): TableRow[] {
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    if (tag === 'TR') {
      const cells = childrenOf(child).filter((cell) => tagOf(cell) === 'TD' || tagOf(cell) === 'TH');
      rows.push({
        cells: cells.map((cell) => normalise(new InlineText().add(childrenOf(cell)).text)),
        header: cells.length > 0 && cells.every((cell) => tagOf(cell) === 'TH'),
      });
    } else if (tag !== '#text' && tag !== 'CAPTION') {
      tableRows(child, rows);
    }
  }
  return rows;
}

function findTable(node: XmlChild): XmlElement | undefined {
  if (typeof node !== 'string' && node.tag === 'TABLE') return node;
  for (const child of childrenOf(node)) {
    const found = findTable(child);
    if (found) return found;
  }
  return undefined;
}

function tableBlock(table: XmlElement, inNote: boolean): Block {
  const caption = childrenOf(table).find((child) => tagOf(child) === 'CAPTION');
  const rows = tableRows(table, []);
  // Flattened for reading: one line per row, cells separated by " | ".
  const lines = rows.map((row) => row.cells.filter(Boolean).join(' | ')).filter(Boolean);
  if (caption) lines.unshift(normalise(new InlineText().add(childrenOf(caption)).text));
  const dataRows = rows.filter((row) => !row.header).map((row) => row.cells);
  return { tag: 'TABLE', text: lines.join('\n'), inNote, italic: false, bold: false, rows: dataRows };
}

/** Flattens the document body into blocks; a NOTE becomes its heading and paragraphs, marked inNote. */
function blocksOf(nodes: XmlChild[], inNote: boolean, out: Block[]): Block[] {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (typeof node === 'string') {
      const text = normalise(node);
      if (text) out.push({ tag: 'TEXT', text, inNote, italic: false, bold: false });
    } else if (tag === 'NOTE' || tag === 'EDNOTE') {
      if (tag === 'EDNOTE') out.push({ tag, text: '', inNote, italic: false, bold: false });
      blocksOf(childrenOf(node), true, out);
    } else if (tag === 'DIV' || tag === 'TABLE') {
      const table = findTable(node);
      if (table) out.push(tableBlock(table, inNote));
      else blocksOf(childrenOf(node), inNote, out);
    } else if (tag === 'img') {
      out.push({ tag, text: new InlineText().add([node]).text.trim(), inNote, italic: false, bold: false });
    } else {
      out.push(paragraphBlock(node, inNote));
    }
  }
  return out;
}

function readBlocks(xml: string, file: string): Block[] {
  return blocksOf(readXml(xml, file).children, false, []);
}

/** One ECCN's heading and the blocks up to the next ECCN or structural heading. */
interface EccnSection {
  code: string;
  heading: string;
  blocks: Block[];
}

function splitIntoEccns(blocks: Block[], file: string): EccnSection[] {
  const sections: EccnSection[] = [];
  let current: EccnSection | null = null;
  for (const block of blocks) {
    const headingCandidate = block.bold && !block.inNote && (block.tag === 'FP-2' || block.tag === 'FP-1');
    const heading = headingCandidate ? ECCN_HEADING.exec(block.text) : null;
    if (heading) {
      current = { code: heading[1] as string, heading: normalise(heading[2] as string), blocks: [] };
      sections.push(current);
    } else if (headingCandidate && block.tag === 'FP-2' && EAR99_HEADING.test(block.text)) {
      current = null;
    } else if (headingCandidate && block.tag === 'FP-2') {
      const after = current ? `after ${current.code}` : `heading ${sections.length + 1}`;
      throw new SourceFormatError(file, after, `ECCN heading without a code: "${block.text.slice(0, 80)}"`);
    } else if ((block.tag === 'HD1' && STRUCTURAL_HEADING.test(block.text)) || block.tag === 'EDNOTE') {
      current = null;
    } else if (current) {
      current.blocks.push(block);
    }
  }
  return sections;
}

// ——— item paragraphs ———

/** A cumulative paragraph label: "a.", "a.1.", "a.1.b", "k.1" (letters and numbers alternate). */
const ITEM_LABEL = /^([a-z](?:\.(?:\d{1,3}|[a-z]))*)(\.{1,2})?(?=\s|$|[“"‘'(\[])/;
/** A reserved span: "b.-d. [Reserved]", "f. through w. [Reserved]", "a.1. to a.5. [Reserved]". */
const RESERVED_SPAN = /^[a-z](?:\.[a-z0-9]+)*\.?\s*(?:through|to|-|–)\s*\.?[a-z](?:\.[a-z0-9]+)*\.?\s*\[Reserved\]/i;

function labelSegments(label: string): string[] | null {
  const segments = label.split('.');
  const alternates = segments.every((segment, i) => (i % 2 === 0 ? /^[a-z]$/ : /^\d+$/).test(segment));
  return alternates ? segments : null;
}

/** The first sentence of a paragraph, without trailing "; and", cut to 200 characters at a word boundary. */
function firstSentence(text: string, max = 200): string {
  let sentence = splitClauses(text)[0] ?? text;
  sentence = sentence.replace(/[;:,.]\s*(?:and|or)?\s*$/i, '').replace(/\s+(?:and|or)$/i, '').trim();
  if (sentence.length <= max) return sentence;
  const cut = sentence.lastIndexOf(' ', max - 1);
  return sentence.slice(0, cut > max / 2 ? cut : max - 1) + '…';
}

interface ItemParagraph {
  segments: string[];
  text: string;
}

/** The item paragraphs after "Items:", in order. Notes (italic) are skipped; see the comments for GPO quirks. */
function itemParagraphs(section: EccnSection, issues: SourceIssue[]): ItemParagraph[] {
  let start = section.blocks.findIndex((block) => !block.inNote && /^Items:/.test(block.text));
  // 5A001 and a few others leave out the "Items:" label: the paragraphs follow the List of Items Controlled.
  if (start < 0) start = section.blocks.findIndex((block) => !block.inNote && /^List of Items Controlled\s*$/.test(block.text));
  if (start < 0) return [];
  const items: ItemParagraph[] = [];
  for (let i = start; i < section.blocks.length; i++) {
    const block = section.blocks[i] as Block;
    // GPO sometimes leaves a NOTE open across the next item paragraph ("b. Materials …" inside 1C001's Note 2);
    // such a paragraph is still an item, told apart from note text by not being set in italics.
    // A paragraph in italics is a note, unless only its words are: 1C354 "a.1. <I>Xanthomonas albilineans;</I>" sets the
    // species' names in italics after its roman label.
    if ((block.italic && block.startsItalic !== false) || block.tag === 'TABLE' || block.tag === 'HED' || block.tag === 'img') continue;
    const text = i === start ? block.text.replace(/^Items:\s*/, '') : block.text;
    // "f. through w. [Reserved]" controls nothing and names no single paragraph: it stays in the entry text only.
    if (RESERVED_SPAN.test(text)) continue;
    const label = ITEM_LABEL.exec(text);
    if (!label) continue;
    const segments = labelSegments(label[1] as string);
    // A lone letter needs its period ("a. Materials"), or any sentence starting with "a" would be an item.
    if (!segments || (segments.length === 1 && !label[2])) {
      if (segments === null) {
        issues.push({ record: section.code, problem: `item label "${label[1]}" does not alternate letters and numbers; paragraph kept in the entry text only`, action: 'FLAGGED' });
      }
      continue;
    }
    items.push({ segments, text: normalise(text.slice(label[0].length)) });
  }
  return items;
}

function partRecords(section: EccnSection, entry: EntryRecord, issues: SourceIssue[]): EntryRecord[] {
  const parts = new Map<string, EntryRecord>();
  for (const item of itemParagraphs(section, issues)) {
    const code = `${section.code}.${item.segments.join('.')}`;
    const existing = parts.get(code);
    if (existing) {
      // The same label twice: the source repeats a paragraph number. Keep one part holding both texts.
      existing.text = `${existing.text}\n${item.text}`;
      existing.flags.push('the source labels two paragraphs with this code; their texts were joined');
      issues.push({ record: code, problem: 'paragraph label used twice in the source; texts joined into one part', action: 'REPAIRED' });
      continue;
    }
    const flags: string[] = [];
    let parentSegments = item.segments.slice(0, -1);
    while (parentSegments.length > 0 && !parts.has(`${section.code}.${parentSegments.join('.')}`)) {
      parentSegments = parentSegments.slice(0, -1);
    }
    if (parentSegments.length !== item.segments.length - 1) {
      const missing = `${section.code}.${item.segments.slice(0, -1).join('.')}`;
      const attachedTo = parentSegments.length > 0 ? `${section.code}.${parentSegments.join('.')}` : section.code;
      flags.push(`the source has no paragraph ${missing}; attached to ${attachedTo}`);
      issues.push({ record: code, problem: `enclosing paragraph ${missing} not found; attached to ${attachedTo}`, action: 'REPAIRED' });
    }
    parts.set(code, {
      code,
      parentCode: parentSegments.length > 0 ? `${section.code}.${parentSegments.join('.')}` : section.code,
      kind: 'PART',
      title: firstSentence(item.text),
      text: item.text,
      category: entry.category,
      group: entry.group,
      depth: item.segments.length,
      itar: entry.itar || ITAR_NOTE.test(item.text),
      flags,
    });
  }
  return [...parts.values()];
}

// ——— reasons for control ———

// A License Requirements statement: "NS applies to entire entry", "SL and AT apply to entire entry",
// "RS applies 1A613.y" (sic), after an optional "Control(s):" or "Controls:" label.
const CONTROLS_LABEL = /^(?:Control\(s\)|Controls):\s*/;
const CODED_STATEMENT = /^([A-Z]{2,3}\d?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z]{2,3}\d?)*)\s+appl(?:y|ies)\b/;
// A table row naming a control without a reason code: "Russian industry sector sanctions apply to entire entry".
const UNCODED_STATEMENT = /^(.{1,80}?)(?<!\bnot)\s+appl(?:y|ies)\s+to\b/;
const REASON_LINE = /^Reasons? for Control:\s*/;
const COLUMN = /\b[A-Z]{2,3}\s?Column\s?\d\b/;

interface ReasonStatement {
  /** The reason codes the statement names; empty for a control without a code. */
  reasons: string[];
  scope: string;
  column: string | null;
  /** The sentences after a statement set as a paragraph, up to the next statement: the conditions of its licence requirement. */
  conditions?: string;
}

/** The codes on the "Reason for Control:" line, and any words that are not codes ("Foreign policy"). */
function reasonCodes(line: string): { codes: string[]; words: string } {
  const rest = line.replace(REASON_LINE, '');
  const codes = [...rest.matchAll(/\b([A-Z]{2,3})(?=\d|\b)/g)].map((m) => m[1] as string);
  const words = normalise(rest.replace(/\b[A-Z]{2,3}\s?\d?\b/g, ' ').replace(/[,.;]|\band\b/g, ' '));
  return { codes: [...new Set(codes)], words };
}

function codesOf(list: string): string[] {
  return [...list.matchAll(/[A-Z]{2,3}/g)].map((m) => m[0]);
}

function statementFromRow(cells: string[]): ReasonStatement | null {
  let [scope = '', column = ''] = cells;
  if (cells.length === 1) {
    // A row set across both columns: "CB applies to entire entry CB Column 2."
    const inline = /\s((?:[A-Z]{2,3}\s?Column\s?\d)\.?)$/.exec(scope);
    if (inline) {
      column = inline[1] as string;
      scope = scope.slice(0, inline.index);
    }
  }
  scope = scope.replace(CONTROLS_LABEL, '').replace(/\.$/, '');
  const coded = CODED_STATEMENT.exec(scope);
  if (!coded && !UNCODED_STATEMENT.test(scope)) return null;
  return { reasons: coded ? codesOf(coded[1] as string) : [], scope, column: column.replace(/\.$/, '') || null };
}

/** Statements written as paragraphs under the table ("CW applies to 1C350.b and .c. The Commerce …"): one per sentence that starts with a code. */
function statementsFromParagraph(text: string): ReasonStatement[] {
  const statements: ReasonStatement[] = [];
  for (const clause of splitClauses(text.replace(CONTROLS_LABEL, ''))) {
    const coded = CODED_STATEMENT.exec(clause);
    const last = statements[statements.length - 1];
    if (coded) statements.push({ reasons: codesOf(coded[1] as string), scope: clause.replace(/\.$/, ''), column: COLUMN.exec(text)?.[0] ?? null });
    else if (last) last.conditions = `${last.conditions ?? ''} ${clause}`.trim();
  }
  return statements;
}

/** Whether a statement covers the whole entry: "applies to entire entry" without an "except". */
function coversWholeEntry(scope: string): boolean {
  return /\bentire entry\b/i.test(scope) && !/\bexcept\b/i.test(scope);
}

function reasonRecords(section: EccnSection, entry: EntryRecord, issues: SourceIssue[]): ReasonRecord[] {
  const blocks = section.blocks;
  const lineAt = blocks.findIndex((block) => REASON_LINE.test(block.text));
  // The License Requirements part runs from the reason line to the license exceptions or the list of items.
  const endAt = blocks.findIndex(
    (block, i) => i > lineAt && !block.inNote && /^(?:List Based License Exceptions|List of Items Controlled|Related Controls:|Items:)/.test(block.text),
  );
  const statements: ReasonStatement[] = [];
  if (lineAt >= 0) {
    let tableSeen = false;
    for (const block of blocks.slice(lineAt + 1, endAt < 0 ? undefined : endAt)) {
      if (block.inNote) continue;
      if (block.tag === 'TABLE' && !tableSeen) {
        tableSeen = true;
        for (const cells of block.rows ?? []) {
          const statement = statementFromRow(cells);
          if (statement) statements.push(statement);
          // A row with an empty left cell is a note set inside the table (5D001's "Note to SL paragraph").
          else if (cells[0]) {
            issues.push({ record: section.code, problem: `License Requirements row not read as a reason: "${cells.join(' | ')}"`, action: 'FLAGGED' });
          }
        }
      } else if (block.tag !== 'TABLE') {
        statements.push(...statementsFromParagraph(block.text));
      }
    }
  }

  const records: ReasonRecord[] = [];
  for (const statement of statements) {
    if (statement.reasons.length === 0) {
      // "Russian industry sector sanctions apply to entire entry": a control with no reason code.
      entry.flags.push(`license requirement without a reason code: "${statement.scope}"`);
      issues.push({ record: section.code, problem: `license requirement without a reason code, not recorded as a reason: "${statement.scope}"`, action: 'FLAGGED' });
      continue;
    }
    for (const reason of statement.reasons) {
      const { regime, rule } = reasonRegime(section.code, reason, statement.column, statement.scope, statement.conditions);
      records.push({ code: section.code, reason, column: statement.column, scope: statement.scope, wholeEntry: coversWholeEntry(statement.scope), regime, rule });
    }
  }

  if (lineAt >= 0) {
    const line = (blocks[lineAt] as Block).text;
    const { codes, words } = reasonCodes(line);
    for (const reason of codes) {
      if (!records.some((record) => record.reason === reason)) {
        const { regime, rule } = reasonRegime(section.code, reason, null, line);
        records.push({ code: section.code, reason, column: null, scope: line, wholeEntry: true, regime, rule });
      }
    }
    if (words) {
      entry.flags.push(`reason for control without a code: "${words}"`);
      issues.push({ record: section.code, problem: `reason for control "${words}" has no reason code; kept in the entry text only`, action: 'FLAGGED' });
    }
  } else if (blocks.length > 0 && !entry.itar && !/^No \w+ currently/.test((blocks[0] as Block).text)) {
    // 0A521-style entries state their control in prose ("subject to RS1 controls"); say so rather than guess.
    issues.push({ record: section.code, problem: 'no "Reason for Control:" line; no reasons recorded for this entry', action: 'FLAGGED' });
  }
  return records;
}

// ——— attributions ———

/**
 * One attribution per License Requirements row that implements a regime, and one for the code's origin when the
 * numbering names a regime; the import resolves their scopes to the entry's parts (seed/enrich/attributions.ts).
 */
function attributionRecords(code: string, reasons: ReasonRecord[]): AttributionRecord[] {
  const records: AttributionRecord[] = [];
  for (const reason of reasons) {
    if (!reason.regime) continue;
    records.push({ code, regime: reason.regime, basis: 'REASON_FOR_CONTROL', scope: reason.scope, wholeEntry: reason.wholeEntry, column: reason.column, rule: reason.rule });
  }
  // A CB row that implements no regime (CB Column 3, or 1C395's CWC non-Party requirement) is no AG row for the digit rule.
  const origin = codeOrigin(code, 'US', reasons.filter((reason) => reason.reason !== 'CB' || reason.regime === 'AG').map((reason) => reason.reason));
  if (origin?.regime) {
    records.push({
      code,
      regime: origin.regime,
      basis: 'CODE_ORIGIN',
      scope: `Code origin: the regime digit ${code.charAt(2)} of ${code} marks ${/^(?:MTCR|NSG|AG)$/.test(origin.regime) ? 'an' : 'a'} ${origin.regime} entry`,
      wholeEntry: true,
      column: null,
      rule: origin.rule,
    });
  }
  return records;
}

// ——— the list ———

function entryText(section: EccnSection): string {
  return section.blocks
    .map((block) => block.text)
    .filter(Boolean)
    .join('\n');
}

/** The text supports are read from: the heading and the item paragraphs, i.e. what the entry controls. */
/**
 * The entry's text without its List Based License Exceptions (and STA conditions): they say which licence exceptions
 * may be used for which items ("STA: … may not be used to ship any item in 1C001"), not what the entry controls, so
 * the codes they name are no references of the entry's items.
 */
function withoutLicenseExceptions(text: string): string {
  return text.replace(/^List Based License Exceptions[\s\S]*?(?=^List of Items Controlled)/m, '');
}

/**
 * The entry's references. Its Related Controls name where *other* items are controlled ("Certain explosive detonator
 * firing sets … are controlled by ECCN 1A007 or ECCN 3A232", 0A604): whatever their cue words, they are pointers
 * (SEE_ALSO), never a statement that this entry's items are the other entry's. An exclusion there stays one.
 */
function entryReferences(code: string, text: string, knownCodes: ReadonlySet<string>): ReferenceRecord[] {
  const related = /^Related Controls:[^\n]*$/m.exec(text);
  if (!related) return extractReferences(code, text, { knownCodes });
  const rest = text.slice(0, related.index) + text.slice(related.index + related[0].length);
  const pointers = extractReferences(code, related[0], { knownCodes }).map((r) =>
    r.kind === 'EXCLUSION' || r.kind === 'SEE_ALSO' ? r : { ...r, kind: 'SEE_ALSO' as const },
  );
  const seen = new Set<string>();
  return [...extractReferences(code, rest, { knownCodes }), ...pointers].filter((r) => {
    const key = `${r.to}|${r.toPart ?? ''}|${r.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function controlledItemsText(section: EccnSection, parts: EntryRecord[]): string {
  return [section.heading, ...parts.map((part) => part.text)].join('\n');
}

/**
 * What a software or technology ECCN serves: read from its items (heading and paragraphs), then from the rows of its
 * License Requirements that say so themselves. 9D003's heading names "“FADEC Systems” for Systems Controlled by
 * ECCN 9A001 to 9A003, 9A101 …" without a phase, while its row says "MT applies to “software” required for the “use”
 * of “FADEC systems” for gas turbine engines controlled by 9A101, or 9A106": the row's reading is added where the
 * items give none for that hardware and phase, with the row's words as its evidence.
 */
function entrySupports(code: string, itemsText: string, rows: readonly ReasonRecord[], knownCodes: ReadonlySet<string>): SupportRecord[] {
  const supports = extractSupports(code, itemsText, { knownCodes });
  const have = new Set(supports.map((s) => `${s.to}|${s.phase}`));
  // The paragraphs the items name of each hardware entry, phase or not: 9D003's heading names "9A106.d or .e", so its
  // row's "9A106" is read as those paragraphs; a row cannot reach beyond the entry's own items.
  const namedParts = new Map<string, Set<string> | null>();
  for (const reference of extractReferences(code, itemsText, { knownCodes })) {
    const known = namedParts.get(reference.to);
    if (reference.toPart === null || known === null) namedParts.set(reference.to, null);
    else namedParts.set(reference.to, new Set([...(known ?? []), reference.toPart]));
  }
  for (const row of rows) {
    if (row.wholeEntry) continue;
    for (const support of extractSupports(code, row.scope, { knownCodes })) {
      const key = `${support.to}|${support.phase}`;
      if (have.has(key)) continue;
      have.add(key);
      const parts = namedParts.get(support.to);
      if (support.toPart === null && parts) for (const toPart of [...parts].sort()) supports.push({ ...support, toPart });
      else supports.push(support);
    }
  }
  return supports;
}

/**
 * Parses the eCFR XML of the Commerce Control List. Throws SourceFormatError when the file is not XML,
 * has no ECCN headings, or has a heading without a code; smaller defects are reported in `issues`.
 */
export function parseCcl(xml: string, meta: { file: string; sha256: string }): ParsedList {
  const sections = splitIntoEccns(readBlocks(xml, meta.file), meta.file);
  if (sections.length === 0) throw new SourceFormatError(meta.file, 'document', 'no ECCN headings (<FP-2><B>1C001 …</B>) found');

  const entries: EntryRecord[] = [];
  const reasons: ReasonRecord[] = [];
  const attributions: AttributionRecord[] = [];
  const references: ReferenceRecord[] = [];
  const supports: SupportRecord[] = [];
  const issues: SourceIssue[] = [];
  const knownCodes = new Set(sections.map((section) => section.code));
  const seen = new Set<string>();

  for (const section of sections) {
    if (seen.has(section.code)) {
      issues.push({ record: section.code, problem: 'the ECCN heading appears twice; the second one was not loaded', action: 'SKIPPED' });
      continue;
    }
    seen.add(section.code);
    if (!section.heading) {
      issues.push({ record: section.code, problem: 'ECCN heading has a code but no title', action: 'FLAGGED' });
    }
    const entry: EntryRecord = {
      code: section.code,
      parentCode: null,
      kind: 'ENTRY',
      title: section.heading,
      text: entryText(section),
      category: Number(section.code.charAt(0)),
      group: section.code.charAt(1) as ProductGroup,
      depth: 0,
      itar: ITAR_NOTE.test(section.heading) || stateDepartmentOnly(section),
      flags: [],
    };
    const parts = partRecords(section, entry, issues);
    const entryReasons = reasonRecords(section, entry, issues);
    entries.push(entry, ...parts);
    reasons.push(...entryReasons);
    attributions.push(...attributionRecords(section.code, entryReasons));
    references.push(...entryReferences(section.code, `${section.heading}\n${withoutLicenseExceptions(entry.text)}`, knownCodes));
    supports.push(...entrySupports(section.code, controlledItemsText(section, parts), entryReasons, knownCodes));
  }

  return ParsedList.parse({
    list: { ...CCL_LIST, sha256: meta.sha256 },
    entries,
    attributions,
    reasons,
    references,
    supports,
    issues,
  });
}
