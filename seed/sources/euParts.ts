// Splits an EU Annex I entry's flattened text ("a. … 1. … 2. … b. …") into its item paragraphs, coded as
// the CCL codes them (`1C001.a`, `1C001.c.1`, `2B350.a.3`), while notes keep their own numbering to themselves.
// The rule and its limits: docs/decisions/0007-eu-annex-parts.md.
import { splitClauses } from '../parse/references.js';

/** One item paragraph found in an entry's text. */
export interface EuPart {
  /** `1C001.c.1`: the entry code and the labels of the enclosing items. */
  code: string;
  /** The enclosing part's code, or the entry's for a first-level item. */
  parentCode: string;
  /** 1 for `a.`, 2 for `a.1.` … */
  depth: number;
  /** The paragraph's first sentence, without its label. */
  title: string;
  /** The paragraph's own words, from its label to the next item of its level or above: sub-items and notes included. */
  text: string;
}

export type EuPartsResult =
  | { status: 'PARTS'; parts: EuPart[] }
  /** The text holds no item labels outside notes. */
  | { status: 'NONE' }
  /** The labels do not run in order: nothing is taken, and `problem` says where and why. */
  | { status: 'OUT_OF_ORDER'; problem: string };

// A label: one lowercase letter or a number of one or two digits, its period, and a space, standing as a word
// (not the `.a.` of "1C010.c." or the `1.` of "N.B.1."), before what can start an item: a capital, a digit,
// a quote, a bracket, a Greek letter ("a. α-Bromobenzeneacetonitrile") or the next label ("1. a. Voltage"). "e.g." and "i.e." are not labels (the letter is followed by a letter, not a space).
// A label's text starts with a capital, a digit, a quote or another label; or, in a few items, with "any of the
// following" (1B118.c "any of the following: 1. Two or more mixing/kneading shafts …").
const LABEL = /(?<=^|\s|:)([a-z]|[1-9]\d?)\.\s+(?=[\p{Lu}\p{Script=Greek}0-9"'“‘(\[]|[a-z]\.\s|(?:any|all) of the following\b)/gu;

// What a number after one of these words is ("Note 1. ", "Category 5. ", "Part 2. "), or a letter after a number
// is ("exceeding 5 m. The"), is not a label; a letter after a code is ("N.B. SEE ALSO 2B226 a. Equipment …").
const WORD_BEFORE_NUMBER = /(?:Notes?|N\.B\.|Category|Part|Annex|Table|[Cc]olumn|Section|Article|Chapter|Regulation|No|ISO|IEC|EN)\s*$/;
const NUMBER_BEFORE_LETTER = /(?:^|\s)\d+(?:[.,]\d+)?\s+$/;

// Where a note begins. Notes number their own lists ("Note 1: 1C001.a does not control: a. …",
// "Technical Notes: 1. 'Operator' is …") and that numbering is not the entry's; "N.B." cross-references
// ("N.B. SEE ALSO 1C101.") are asides too. A table printed in the text ("Table Deposition techniques 1. …", "TABLE - DEPOSITION TECHNIQUES - NOTES 1. …")
// numbers its rows. "General Technology Note" without a colon is a citation, not a note.
const NOTE_START =
  /\b(?:Technical\s+)?Notes?(?:\s+\d+)?(?:\s+to\s+\d[A-E]\d{3}(?:\.[a-z0-9]+)*\.?)?\s*:|\bN\.\s?B\.|\b(?:Table|TABLE)\s+(?=[A-Z])|\bNOTES\b/g;

type Kind = 'letter' | 'number';
const kindOf = (label: string): Kind => (/^[a-z]$/.test(label) ? 'letter' : 'number');
const successor = (label: string): string =>
  kindOf(label) === 'letter' ? String.fromCharCode(label.charCodeAt(0) + 1) : String(Number(label) + 1);
const firstOf = (kind: Kind): string => (kind === 'letter' ? 'a' : '1');
const other = (kind: Kind): Kind => (kind === 'letter' ? 'number' : 'letter');

/** An open level of a list: its latest label, and how that label was introduced. */
interface Level {
  label: string;
  /** Introduced as the list's last ("…; or b. …", "…; and 3. …"). */
  last: boolean;
  /** Introduced after a semicolon: the list separates its items with ";" and ends on a full stop. */
  afterSemicolon: boolean;
}

/**
 * `after` is the label's own text: an item replaced by "Not used" keeps the "or" of the item it replaced
 * ("a. …; or b. Not used; c. Not used; d. …" in 5B001.b.2), so it does not close its list.
 */
function levelOf(label: string, before: string, after: string): Level {
  return {
    label,
    last: /(?:^|[;,\s])(?:or|and)\s*$/.test(before) && !/^Not used\b/.test(after),
    afterSemicolon: /;\s*(?:(?:or|and)\s*)?$/.test(before),
  };
}

/**
 * The depth (0-based) at which `label` continues the item path, or null: the next label of an open level
 * ("b." after "a.", "3." after "a.2."), or the first of a new level under the last ("1." under "a.").
 * Levels alternate letters and numbers from the kind of the first level. When two open levels could take
 * the label (letters at depths 0 and 2), a shallower one wins when the entry cites a paragraph under it and
 * not the deeper reading ("specified in 0B001.c.3." makes "c." after 0B001.b.14.b the entry's c.); else the
 * deepest whose list has not had its last item ("or c."), else the deepest.
 */
function continuation(path: readonly Level[], label: string, firstKind: Kind | null, cited: ReadonlySet<string>): number | null {
  const successors = path.flatMap((level, depth) => (successor(level.label) === label ? [depth] : []));
  const codeAt = (depth: number) => [...path.slice(0, depth).map((l) => l.label), label].join('.');
  const deepest = successors.at(-1);
  const citedDeeply = (depth: number) => [...cited].some((code) => code.startsWith(`${codeAt(depth)}.`));
  const chosen =
    (deepest !== undefined && !cited.has(codeAt(deepest)) ? successors.find((depth) => citedDeeply(depth)) : undefined) ??
    successors.filter((depth) => !path[depth]!.last).at(-1) ??
    successors.at(-1);
  if (chosen !== undefined) return chosen;
  const kind = path.length === 0 ? firstKind : path.length % 2 === 0 ? firstKind : firstKind && other(firstKind);
  if (kind === null) return label === 'a' || label === '1' ? 0 : null;
  return label === firstOf(kind) ? path.length : null;
}

/** The paragraphs of its own the entry cites, with their enclosing ones: "0B001.c.3" gives `c` and `c.3`. */
function citedParagraphs(entryCode: string, text: string): Set<string> {
  const cited = new Set<string>();
  for (const m of text.matchAll(new RegExp(`\\b${entryCode}((?:\\.(?:[a-z]|\\d{1,2})(?![a-z0-9]))+)`, 'g'))) {
    const segments = m[1]!.slice(1).split('.');
    for (let i = 1; i <= segments.length; i++) cited.add(segments.slice(0, i).join('.'));
  }
  return cited;
}

/**
 * How `label` goes on in the open notes' own lists, newest note first: as the next label of a running
 * level (`SUCCESSOR`; not after a level's last label, "; or b."), or as the first label of a new list or
 * level (`START`). Note lists may start with either kind ("Technical Notes: 1." then "a.").
 */
function noteMatch(notes: Level[][], label: string): { list: Level[]; level: Level | null } | null {
  for (let i = notes.length - 1; i >= 0; i--) {
    const list = notes[i]!;
    const level = list.findLast((l) => !l.last && successor(l.label) === label);
    if (level) return { list, level };
  }
  for (let i = notes.length - 1; i >= 0; i--) {
    const list = notes[i]!;
    const last = list.at(-1);
    if (last === undefined ? label === 'a' || label === '1' : label === firstOf(other(kindOf(last.label)))) return { list, level: null };
  }
  return null;
}

function advance(list: Level[], from: Level | null, level: Level): void {
  const depth = from ? list.indexOf(from) : list.length;
  list.splice(depth, list.length - depth, level);
}

/** The text ends a list item that more items follow ("…; or", "… following:"), rather than a sentence. */
function endsOpen(before: string): boolean {
  return /(?:[;:,]|[;,]\s*(?:or|and))\s*$/.test(before);
}

/** Its first sentence, without a trailing "; and" / "; or", at most 200 characters (cut at a word). */
function firstSentence(text: string, max = 200): string {
  let sentence = (splitClauses(text)[0] ?? text).split(/(?<=:)\s/)[0] ?? text;
  sentence = sentence.replace(/[;:,.]\s*(?:and|or)?\s*$/i, '').replace(/\s+(?:and|or)$/i, '').trim();
  if (sentence.length <= max) return sentence;
  const cut = sentence.lastIndexOf(' ', max - 1);
  return `${sentence.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

interface Token {
  at: number;
  /** A label, or a note's start. */
  label: string | null;
  /** Where the label's text starts. */
  textAt: number;
  /** A note's start that is a printed table's heading. */
  table?: true;
}

const TABLE_START = /^(?:Table|TABLE)\s/;

function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const m of text.matchAll(NOTE_START)) {
    found.push({ at: m.index, label: null, textAt: m.index, ...(TABLE_START.test(m[0]) ? { table: true as const } : {}) });
  }
  for (const m of text.matchAll(LABEL)) {
    const label = m[1]!;
    const before = text.slice(0, m.index);
    if (kindOf(label) === 'number' && WORD_BEFORE_NUMBER.test(before)) continue;
    if (kindOf(label) === 'letter' && NUMBER_BEFORE_LETTER.test(before)) continue;
    found.push({ at: m.index, label, textAt: m.index + m[0].length });
  }
  return found.sort((x, y) => x.at - y.at);
}

/**
 * The item paragraphs of one entry. Walks the labels in order, keeping the path of open items
 * (`['b', '2']` inside 1A002.b.2) and the lists of the notes opened since the last item:
 * - outside a note, a label must continue the path, or the entry is OUT_OF_ORDER;
 * - inside a note, a label that is the next of a running note list is note text ("b." after a note's "a.");
 *   one that would open a note list or level is note text after ";", ":" or "; or" (and when no item can
 *   take it), and an item after a full stop ("N.B. SEE ALSO 1C101. a. Materials …");
 *   one that continues no note list must continue the path, which closes the notes;
 * - a label right after a label ("1. a. Voltage rating …") goes where the one before it went;
 * - a printed table ends the items: its numbered columns and rows are the table's.
 */
export function euParts(entryCode: string, text: string): EuPartsResult {
  // The entry's citations of its own paragraphs settle some ambiguous labels; when that reading breaks the
  // sequence, the plain one (deepest open level) is tried before the entry is given up.
  const guided = walk(entryCode, text, citedParagraphs(entryCode, text));
  return guided.status === 'OUT_OF_ORDER' ? walk(entryCode, text, new Set()) : guided;
}

function walk(entryCode: string, text: string, cited: ReadonlySet<string>): EuPartsResult {
  const starts: Array<{ at: number; textAt: number; path: string[] }> = [];
  const path: Level[] = [];
  let firstKind: Kind | null = null;
  let notes: Level[][] = [];
  let previous: { end: number; inNote: boolean } | null = null;

  for (const token of tokens(text)) {
    // A table is printed after the items that control by it, and numbers its columns and rows ("Table Deposition
    // techniques 1. Coating Process … 2. Substrate … 3. Resultant Coating", after 2E003.f): no item follows it.
    if (token.table) break;
    if (token.label === null) {
      notes.push([]);
      continue;
    }
    const label = token.label;
    const before = text.slice(0, token.at);
    const depth = continuation(path, label, firstKind, cited);
    if (notes.length > 0) {
      const match = noteMatch(notes, label);
      const toNote =
        match !== null &&
        (previous !== null && previous.end === token.at
          ? previous.inNote
          : depth === null ||
            (match.level !== null
              ? // A list that separates its items with ";" has ended at a full stop ("… in length. c. Inorganic …");
                // one of sentences ("Technical Notes: 1. … . 2. … .") goes on.
                !(match.level.afterSemicolon && /\.\s*$/.test(before))
              : endsOpen(before)));
      if (toNote) {
        advance(match.list, match.level, levelOf(label, before, text.slice(token.textAt)));
        previous = { end: token.textAt, inNote: true };
        continue;
      }
      notes = [];
    }
    previous = { end: token.textAt, inNote: false };
    if (depth === null) {
      const where = path.length === 0 ? 'before any item' : `after ${entryCode}.${path.map((l) => l.label).join('.')}`;
      const deeper = firstKind === null ? ['a', '1'] : [firstOf(path.length % 2 === 0 ? firstKind : other(firstKind))];
      const expected = [...path.map((l) => successor(l.label)).reverse(), ...deeper].map((l) => `"${l}."`);
      const context = text.slice(Math.max(0, token.at - 40), token.at + 40).replace(/\s+/g, ' ');
      return {
        status: 'OUT_OF_ORDER',
        problem: `item label "${label}." ${where} does not continue the item sequence (expected ${expected.join(' or ')}): "…${context}…"`,
      };
    }
    firstKind ??= kindOf(label);
    path.splice(depth, path.length - depth, levelOf(label, before, text.slice(token.textAt)));
    starts.push({ at: token.at, textAt: token.textAt, path: path.map((l) => l.label) });
  }

  if (starts.length === 0) return { status: 'NONE' };
  const parts = starts.map((start, i) => {
    // The paragraph runs to the next item of its own level or above.
    const end = starts.slice(i + 1).find((next) => next.path.length <= start.path.length)?.at ?? text.length;
    const body = text.slice(start.textAt, end).trim();
    return {
      code: `${entryCode}.${start.path.join('.')}`,
      parentCode: start.path.length === 1 ? entryCode : `${entryCode}.${start.path.slice(0, -1).join('.')}`,
      depth: start.path.length,
      title: firstSentence(body),
      text: body,
    };
  });
  return { status: 'PARTS', parts };
}
