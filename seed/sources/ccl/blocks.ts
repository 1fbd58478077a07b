// The eCFR document flattened into blocks: paragraphs, headings, tables and notes in reading order, each with the
// typography (italics, bold) the CCL parse tells items, notes and headings apart by.
import { readXml, type XmlChild, type XmlElement } from './xml.js';

/** A paragraph-level piece of the document, in reading order, with the typography the parser relies on. */
export interface Block {
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

function tagOf(child: XmlChild): string {
  return typeof child === 'string' ? '#text' : child.tag;
}

function childrenOf(child: XmlChild): XmlChild[] {
  return typeof child === 'string' ? [] : child.children;
}

export function normalise(text: string): string {
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
        // Exponents and isotope numbers: "2 × 10^8 Hz", "^6Li". Reading "108" would change the value. A minus set apart
        // before the superscript is the exponent's: 4A001.a.2.c "1 × 10<E T="51">−</E> <SU>8</SU> Error/bit/day" is 10^−8.
        this.text = this.text.replace(/\s+$/, '').replace(/(?<=\b10)([−-])$/, '^$1');
        if (!this.text.endsWith('^−') && !this.text.endsWith('^-')) this.text += '^';
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
      const header = cells.length > 0 && cells.every((cell) => tagOf(cell) === 'TH');
      // A row whose cells all break into the same number of lines is that many rows: 1A231's License Requirements
      // row is "NP applies to entire entry<br/>AT applies to entire entry | NP Column 1<br/>AT Column 1", two
      // statements each with its column.
      const lines = cells.map((cell) => linesOf(childrenOf(cell)));
      const count = lines[0]?.length ?? 0;
      if (cells.length > 1 && count > 1 && lines.every((l) => l.length === count)) {
        for (let i = 0; i < count; i++) rows.push({ cells: lines.map((l) => normalise(new InlineText().add(l[i]!).text)), header });
      } else {
        rows.push({ cells: cells.map((cell) => normalise(new InlineText().add(childrenOf(cell)).text)), header });
      }
    } else if (tag !== '#text' && tag !== 'CAPTION') {
      tableRows(child, rows);
    }
  }
  return rows;
}

/** A cell's children split at its line breaks (<br>). */
function linesOf(nodes: XmlChild[]): XmlChild[][] {
  const lines: XmlChild[][] = [[]];
  for (const node of nodes) {
    if (tagOf(node) === 'br') lines.push([]);
    else lines[lines.length - 1]!.push(node);
  }
  return lines;
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

export function readBlocks(xml: string, file: string): Block[] {
  return blocksOf(readXml(xml, file).children, false, []);
}
