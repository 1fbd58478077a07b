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

/**
 * Items the source lost, bridged: the text goes on at a label that follows the paragraph a note just before it names
 * (6A002: "Technical Note: For the purposes of 6A002.a.3.d., … e. Non-"space-qualified" linear …" after 6A002.a.3).
 */
export interface EuPartsGap {
  /** The label's code, `6A002.a.3.e`. */
  code: string;
  /** The paragraph it follows, as the note cites it: `6A002.a.3.d`. */
  follows: string;
  /** The last item read before the gap, or null when the gap opens the entry. */
  after: string | null;
}

export type EuPartsResult =
  | { status: 'PARTS'; parts: EuPart[]; gaps: EuPartsGap[] }
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
  /** The list is one of conditions that must all hold: its item introduces it "having all (of) the following". */
  allOf: boolean;
}

// How an item introduces a list of conditions that must all hold: "having all of the following:" (8A001.c.2), "having
// all the following, and specially designed components therefor:" (6A001.a.1.d), "… all of the following characteristics:".
const ALL_OF = /\ball (?:of )?the following\b[^.;:]*:\s*$/;

// An item the regulation withdrew, keeping its label: "d. Not used;".
const NOT_USED = /^Not used\b/;

/**
 * `after` is the label's own text: an item replaced by "Not used" keeps the "or" of the item it replaced
 * ("a. …; or b. Not used; c. Not used; d. …" in 5B001.b.2), so it does not close its list.
 */
function levelOf(label: string, before: string, after: string, allOf: boolean): Level {
  return {
    label,
    last: /(?:^|[;,\s])(?:or|and)\s*$/.test(before) && !NOT_USED.test(after),
    afterSemicolon: /;\s*(?:(?:or|and)\s*)?$/.test(before),
    allOf,
  };
}

/**
 * The depth (0-based) at which `label` continues the item path, or null: the next label of an open level
 * ("b." after "a.", "3." after "a.2."), or the first of a new level under the last ("1." under "a.").
 * Levels alternate letters and numbers from the kind of the first level. When two open levels could take
 * the label (letters at depths 0 and 2), a shallower one wins when the entry cites a paragraph under it and
 * not the deeper reading ("specified in 0B001.c.3." makes "c." after 0B001.b.14.b the entry's c.); else the
 * deepest whose list has not had its last item ("or c."), else the deepest.
 *
 * An item marked "Not used" is not taken by a list of conditions that must all hold when another open level can take
 * it: the regulation keeps a withdrawn item's label so that the codes after it stand, and it withdraws items, not one of
 * the joint conditions of an item (no other EU "Not used" sits in such a list). EU 8A001: "c. Unmanned submersible vehicles …
 * 2. Unmanned submersible vehicles, not specified in 8A001.c.1., having all of the following: a. … b. … c. Having any of
 * the following: 1. …; or 2. Fibre optic data link; d. Not used; e. Ocean salvage systems …" is 8A001.d, as the CCL
 * writes it ("d. [Reserved] e. Ocean salvage systems"), and 8A001.e follows it.
 */
function continuation(path: readonly Level[], label: string, firstKind: Kind | null, cited: ReadonlySet<string>, notUsed: boolean): number | null {
  const open = path.flatMap((level, depth) => (successor(level.label) === label ? [depth] : []));
  const withdrawable = notUsed ? open.filter((depth) => !path[depth]!.allOf) : open;
  const successors = withdrawable.length > 0 ? withdrawable : open;
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

/** The entry's citations of its own paragraphs ("0B001.c.3."), the labels after the code in group 1 (".c.3"). */
const ownCitations = (entryCode: string) => new RegExp(`\\b${entryCode}((?:\\.(?:[a-z]|\\d{1,2})(?![a-z0-9]))+)`, 'g');

/** The paragraphs of its own the entry cites, with their enclosing ones: "0B001.c.3" gives `c` and `c.3`. */
function citedParagraphs(entryCode: string, text: string): Set<string> {
  const cited = new Set<string>();
  for (const m of text.matchAll(ownCitations(entryCode))) {
    const segments = m[1]!.slice(1).split('.');
    for (let i = 1; i <= segments.length; i++) cited.add(segments.slice(0, i).join('.'));
  }
  return cited;
}

/**
 * How `label` goes on in the open notes' own lists, newest note first: as the next label of a running
 * level (`SUCCESSOR`; not after a level's last label, "; or b."), or as the first label of a new list or
 * level (`START`). Note lists may start with either kind ("Technical Notes: 1." then "a."). After a colon, a
 * note's first label may also start its list again: 9E003's Technical Note on 'box volume' gives two lists, "Width:
 * The largest of any of the following: a. …; b. …; or c. …; Height: The largest of any of the following: a. …; or b. …".
 */
function noteMatch(notes: Level[][], label: string, before: string): { list: Level[]; level: Level | null } | null {
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
  for (let i = notes.length - 1; i >= 0; i--) {
    const list = notes[i]!;
    const top = list[0];
    if (top !== undefined && label === firstOf(kindOf(top.label)) && /:\s*$/.test(before)) return { list, level: top };
  }
  return null;
}

/** Puts `level` in place of `from` (the level it follows, or the list's first when the list starts again), or under the last. */
function advance(list: Level[], from: Level | null, level: Level): void {
  const depth = from ? list.indexOf(from) : list.length;
  list.splice(depth, list.length - depth, level);
}

/** The text ends a list item that more items follow ("…; or", "… following:"), rather than a sentence. */
function endsOpen(before: string): boolean {
  return /(?:[;:,]|[;,]\s*(?:or|and))\s*$/.test(before);
}

const NOTE_START_ONE = new RegExp(NOTE_START.source);

/**
 * Its first sentence, without a trailing "; and" / "; or", at most 200 characters (cut at a word); a note that follows
 * the item's words is not its title ("2. A compressed pulse width of less than 200 ns; or Note: 6A008.k.2 does not …").
 */
function firstSentence(text: string, max = 200): string {
  const noteAt = text.search(NOTE_START_ONE);
  const own = noteAt > 0 ? text.slice(0, noteAt) : text;
  let sentence = (splitClauses(own)[0] ?? own).split(/(?<=:)\s/)[0] ?? own;
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
 * A first label of the same kind as the item it follows, just after that item announces a list ("10. Complete columns
 * or towers … having all of the following: 1. Packed with random or structured wet-proofed platinised catalysts; 2. …;
 * and 4. …", EU 0B004.b.10): the list is the item's, but numbered out of the alternation of letters and numbers, so its
 * labels cannot be coded as the regulation codes them. They stay the item's words, as a note's list does.
 */
function opensOwnList(path: readonly Level[], label: string, before: string): boolean {
  const item = path.at(-1);
  return item !== undefined && label === firstOf(kindOf(label)) && kindOf(label) === kindOf(item.label) && /:\s*$/.test(before);
}

const ordinal = (label: string): number => (kindOf(label) === 'letter' ? label.charCodeAt(0) - 96 : Number(label));

/**
 * Where a label that continues no open level goes when the source lost the items before it: after the paragraph that
 * the notes just before it name last, when that paragraph is the label's predecessor, lies beyond what was read of its
 * level, and hangs from the entry or from an open item. EU 6A002 lost 6A002.a.3.a to d (the CCL has them) but kept their
 * notes: "3. Non-"space-qualified""focal plane arrays" as follows: … Note 2: 6A002.a.3.d does not control … Technical
 * Note: For the purposes of 6A002.a.3.d., 'cross-scan direction' is … e. Non-"space-qualified" linear …" makes "e."
 * 6A002.a.3.e. A note that names a paragraph under an item not read ("Note: 1C002.c.1.a includes … b. Niobium alloys"
 * with no 1C002.c) bridges nothing: the item it hangs from is lost too.
 */
function bridgedGap(
  entryCode: string,
  path: readonly Level[],
  label: string,
  firstKind: Kind | null,
  notes: string,
): { depth: number; follows: string } | null {
  const last = [...notes.matchAll(ownCitations(entryCode))].at(-1);
  if (last === undefined) return null;
  const segments = last[1]!.slice(1).split('.');
  const depth = segments.length - 1;
  const follows = segments[depth]!;
  if (successor(follows) !== label || depth > path.length) return null;
  if (segments.slice(0, depth).some((segment, d) => path[d]!.label !== segment)) return null;
  const kind = firstKind === null ? kindOf(label) : depth % 2 === 0 ? firstKind : other(firstKind);
  if (kindOf(label) !== kind) return null;
  if (depth < path.length && ordinal(follows) <= ordinal(path[depth]!.label)) return null;
  return { depth, follows: `${entryCode}.${segments.join('.')}` };
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
 * - a first label of its item's own kind after the item's ":" opens the item's own list, kept in its words (0B004.b.10);
 * - a label after lost items goes where the notes just before it place it (`bridgedGap`), and the gap is reported
 *   (unless `bridgeGaps` is false);
 * - a printed table ends the items: its numbered columns and rows are the table's.
 */
export function euParts(entryCode: string, text: string, options: { bridgeGaps?: boolean } = {}): EuPartsResult {
  // The entry's citations of its own paragraphs settle some ambiguous labels; when that reading breaks the
  // sequence, the plain one (deepest open level) is tried before the entry is given up.
  const bridgeGaps = options.bridgeGaps ?? true;
  // Category 4's closing "TECHNICAL NOTE ON "ADJUSTED PEAK PERFORMANCE" ("APP")", printed after 4E001.c, is the
  // category's: its numbered steps ("1. For each processor i, …") are no paragraphs of 4E001.
  const categoryNote = text.search(CATEGORY_NOTE);
  const own = categoryNote > 0 ? text.slice(0, categoryNote).trimEnd() : text;
  const guided = walk(entryCode, own, citedParagraphs(entryCode, own), bridgeGaps);
  return guided.status === 'OUT_OF_ORDER' ? walk(entryCode, own, new Set(), bridgeGaps) : guided;
}
/** A category-wide technical note printed after the category's last entry (Category 4's note on "APP"). */
export const CATEGORY_NOTE = /\bTECHNICAL NOTE ON ["“]/;

function walk(entryCode: string, text: string, cited: ReadonlySet<string>, bridgeGaps: boolean): EuPartsResult {
  const starts: Array<{ at: number; textAt: number; path: string[] }> = [];
  const gaps: EuPartsGap[] = [];
  const path: Level[] = [];
  let firstKind: Kind | null = null;
  let notes: Level[][] = [];
  // Where the notes opened since the last item begin (an item's own list is no note).
  let notesAt: number | null = null;
  let previous: { end: number; inNote: boolean } | null = null;
  const codeOf = (labels: readonly string[]) => `${entryCode}.${labels.join('.')}`;

  for (const token of tokens(text)) {
    // A table is printed after the items that control by it, and numbers its columns and rows ("Table Deposition
    // techniques 1. Coating Process … 2. Substrate … 3. Resultant Coating", after 2E003.f): no item follows it.
    if (token.table) break;
    if (token.label === null) {
      notesAt ??= token.at;
      notes.push([]);
      continue;
    }
    const label = token.label;
    const before = text.slice(0, token.at);
    const after = text.slice(token.textAt);
    let depth = continuation(path, label, firstKind, cited, NOT_USED.test(after));
    const noteText = notes.length > 0 && notesAt !== null ? text.slice(notesAt, token.at) : null;
    if (notes.length > 0) {
      const match = noteMatch(notes, label, before);
      // A note's ";"-separated list ended at a full stop, and the label follows the paragraph the note names: the items
      // the source lost before it are bridged (EU 2B001 "Note 2: 2B001.c does not control grinding machine as follows:
      // a. …; b. …; c. Surface grinders. d. Electrical discharge machines (EDM) …").
      const ended = match?.level?.afterSemicolon === true && /\.\s*$/.test(before);
      const resumes = ended && depth === null && bridgeGaps && noteText !== null && bridgedGap(entryCode, path, label, firstKind, noteText) !== null;
      const toNote =
        match !== null &&
        (previous !== null && previous.end === token.at
          ? previous.inNote
          : depth === null
            ? !resumes
            : (match.level !== null
              ? // A list that separates its items with ";" has ended at a full stop ("… in length. c. Inorganic …");
                // one of sentences ("Technical Notes: 1. … . 2. … .") goes on.
                !ended
              : endsOpen(before)));
      if (toNote) {
        advance(match.list, match.level, levelOf(label, before, after, false));
        previous = { end: token.textAt, inNote: true };
        continue;
      }
      notes = [];
      notesAt = null;
    }
    previous = { end: token.textAt, inNote: false };
    if (depth === null && opensOwnList(path, label, before)) {
      // The item's own list, numbered out of the alternation: its labels are the item's words, not paragraphs.
      notes = [[levelOf(label, before, after, false)]];
      notesAt = null;
      previous = { end: token.textAt, inNote: true };
      continue;
    }
    if (depth === null && bridgeGaps && noteText !== null) {
      const gap = bridgedGap(entryCode, path, label, firstKind, noteText);
      if (gap !== null) {
        depth = gap.depth;
        const lastItem = starts.at(-1);
        gaps.push({ code: codeOf([...path.slice(0, depth).map((l) => l.label), label]), follows: gap.follows, after: lastItem ? codeOf(lastItem.path) : null });
      }
    }
    if (depth === null) {
      const where = path.length === 0 ? 'before any item' : `after ${codeOf(path.map((l) => l.label))}`;
      const deeper = firstKind === null ? ['a', '1'] : [firstOf(path.length % 2 === 0 ? firstKind : other(firstKind))];
      const expected = [...path.map((l) => successor(l.label)).reverse(), ...deeper].map((l) => `"${l}."`);
      const context = text.slice(Math.max(0, token.at - 40), token.at + 40).replace(/\s+/g, ' ');
      return {
        status: 'OUT_OF_ORDER',
        problem: `item label "${label}." ${where} does not continue the item sequence (expected ${expected.join(' or ')}): "…${context}…"`,
      };
    }
    firstKind ??= kindOf(label);
    // A level keeps what its list is; a new one is a list of joint conditions when its item says so just before it.
    const allOf = depth < path.length ? path[depth]!.allOf : ALL_OF.test(before);
    path.splice(depth, path.length - depth, levelOf(label, before, after, allOf));
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
  return { status: 'PARTS', parts, gaps };
}
