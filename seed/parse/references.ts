// Reads entry-to-entry cross references and D/E "supports" links (software/technology serving hardware)
// out of control-list text. Pure functions over strings, shared by the US CCL and EU Annex I importers.
import { PHASES, type Phase } from '../../src/domain/vocabulary.js';
import type { ReferenceKind, ReferenceRecord, SupportRecord } from '../model.js';
import { servedItems } from '../../src/domain/attribution.js';

export interface ExtractOptions {
  /**
   * Entry codes that exist in the list being parsed. When given, a product-group reference such as
   * "controlled by 9B (except 9B990 and 9B991)" expands to the known 9B codes minus the exceptions;
   * without it, group references are ignored (there is no way to know which codes they cover).
   */
  knownCodes?: ReadonlySet<string>;
}

/** A code (or a range, or a group) named in a clause, with the clause-relative position of its first character. */
interface Mention {
  to: string;
  toPart: string | null;
  kind: ReferenceKind;
  index: number;
  /** Of a whole code, the paragraphs the words leave out (a product group's "(except 3B001.a.4, c, d, …)"). */
  exceptParts?: string[];
}

/**
 * What a product group's exception leaves out: whole entries, and paragraphs of others. 3E001 "… 3B (except 3B001.a.4,
 * c, d, f.1, f.5, k to n, p.2, p.4, r, 3B002.c, 3B903, …)" leaves out 3B903 and the paragraphs a.4, c, d, … of 3B001 and
 * c of 3B002; a short form ("c", "f.1", "k to n") is a paragraph of the last entry named, counted from its top.
 */
function groupExceptions(words: string): { whole: Set<string>; parts: Map<string, string[]> } {
  const whole = new Set<string>();
  const parts = new Map<string, string[]>();
  let current: string | null = null;
  const add = (code: string, part: string) => parts.set(code, [...(parts.get(code) ?? []), `${code}.${part}`]);
  for (const raw of words.split(/\s*,\s*|\s+or\s+|\s+and\s+/)) {
    // "for ECCNs 9B117" (9E002): the words before a code are not part of it.
    const token = raw.replace(/^(?:or|and)\s+/, '').replace(/^[^()]*?(?=\d[A-E]\d{3})/, '').trim();
    // "1C980 to 1C984": every entry between.
    const span = /^(\d[A-E])(\d{3})\s+(?:to|through)\s+(\d[A-E])(\d{3})$/.exec(token);
    if (span && span[1] === span[3]) {
      for (let n = Number(span[2]); n <= Number(span[4]); n++) whole.add(`${span[1]}${String(n).padStart(3, '0')}`);
      current = `${span[3]}${span[4]}`;
      continue;
    }
    const full = /^(\d[A-E]\d{3})((?:\.[a-z0-9]+)*)\.?$/.exec(token);
    if (full) {
      current = full[1] as string;
      if (full[2]) add(current, (full[2] as string).slice(1));
      else whole.add(current);
      continue;
    }
    if (current === null) continue;
    const range = /^([a-z])\s+(?:to|through)\s+([a-z])$/.exec(token);
    if (range) {
      for (let c = (range[1] as string).charCodeAt(0); c <= (range[2] as string).charCodeAt(0); c++) add(current, String.fromCharCode(c));
    } else if (/^[a-z](?:\.[a-z0-9]+)*$/.test(token)) add(current, token);
  }
  return { whole, parts };
}

/** The longest phrase kept as evidence; longer clauses are cut to a window around the code. */
const MAX_PHRASE = 300;
/** A numeric range longer than this is more likely a misreading than a real "9A001 to 9A012". */
const MAX_RANGE_SPAN = 120;
/** A paragraph range longer than this ("1C018.b through .m" spans 12) is more likely a misreading. */
const MAX_PART_SPAN = 20;

// An ECCN-style code: digit, product group, three digits, then sub-paragraphs (.a, .a.1, .a.1.b …).
// Each sub-paragraph segment must end at a non-alphanumeric character, so "1C001.does" stays "1C001".
const SUBPARAGRAPHS = String.raw`((?:\.(?:[a-z]|\d{1,2})(?![A-Za-z0-9]))*)`;
const CODE = new RegExp(String.raw`(?<![A-Za-z0-9])(\d[A-E]\d{3})(?![A-Za-z0-9])` + SUBPARAGRAPHS, 'g');
// "9A001 to 9A012", "9A001 through 9A012", "9A001–9A012" right after a code; a stray full stop read through ("1C008.d. to 1C008.f.").
const RANGE_TAIL = new RegExp(String.raw`^\.?\s*(?:to|through|thru|–|-)\s*(?:ECCNs?\s+)?(\d[A-E]\d{3})(?![A-Za-z0-9])` + SUBPARAGRAPHS);
// Bare sub-paragraphs continuing a code: "0A501.c, .d, and .x", "1C350.b and .c", "1C350.b through .d".
// A stray full stop before the join is read through: 9D001 "9A106.d. or .e".
// A short form may drop its dot when it goes on to a sub-paragraph: 9E515.f "9A515.a.1, a.2, a.3, a.4, or .g".
const PART_TAIL = /^\.?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to|through)\s+)(\.(?:[a-z]|\d{1,2})(?:\.(?:[a-z]|\d{1,2}))*|[a-z](?:\.\d{1,2})+)(?![A-Za-z0-9])/;
// A whole product group ("9B", "8A"), used only when known codes are given.
const GROUP = /(?<![A-Za-z0-9.:§/-])(\d[A-E])(?![A-Za-z0-9:'’])/g;
// The exceptions right after a group: "9B (except 9B990 and 9B991)", "7A. (except 7A994)".
const GROUP_EXCEPTIONS = /^\.?\s*\((?:except|excluding)\b([^)]*)\)/i;

// Words that say the named code lies outside what the sentence controls. A verb ("does not control", "are
// excluded") negates the rest of the clause; a participle ("“Software”, not specified in 9D003 or 9D004, “specially
// designed” … for equipment controlled by 9A001") negates only its own phrase, up to the comma that closes it.
const NEGATION_VERB = /\b(?:does|do|shall) not (?:control|apply)\b|\b(?:is|are) excluded\b|\bexcluded from\b/i;
const NEGATION_PHRASE = /\bnot (?:controlled|covered|included|specified|described|listed|enumerated)\b/gi;
// The comma or semicolon that closes a negated phrase: one not followed by more codes (", .b", ", or 9D004", ", ECCN 1C355").
const PHRASE_END = /[,;](?!\s*(?:(?:and|or)\s+)?(?:ECCNs?\s+)?(?:\d[A-E]\d{3}|\.[a-z0-9]))/g;
// Cue phrases, the nearest one before a code decides the reference kind.
const CUES: ReadonlyArray<[ReferenceKind, RegExp]> = [
  ['EXCLUSION', /\b(?:except|excepting|excluding|other than)\b/gi],
  ['SEE_ALSO', /\bsee\b|\balso\b|\bN\.B\./gi],
  // "Made with any of the “fibrous or filamentary materials” specified in 1C010.a", "designed to drive multiple
  // controlled detonators specified in 1A007.b", "for detonators controlled by 3A232": the other entry's items are
  // what these are made with, contain, drive or serve, not these items.
  // "using accelerometers or gyros controlled by 7A001" (7A103), "usable in subsystems specified in 9A007" (EU 9A108), "genes
  // specific to any virus controlled by 1C351.a" (1C353) name what the items use, serve or belong to, likewise.
  ['ASSOCIATED_ITEM', /\b(?:made (?:with|from|of)|containing|contains?|incorporating|incorporates?|composed of|consisting of|designed to drive|for|using|usable (?:in|for|with|as)|used (?:in|for|with|as)|specific to)\b/gi],
  ['PARAMETER', /\bparameters?\b|\bmeets? or exceeds?\b|\b(?:requirements|criteria|characteristics|thresholds?|limits?)\s+(?:of|in|specified in|stated in)\b/gi],
  ['CONTROLLED_BY', /\bcontrol(?:led|s)?\s+(?:by|in|under)\b/gi],
  ['SPECIFIED_BY', /\b(?:specified|described|enumerated|listed|identified|defined)\s+(?:by|in|under)\b/gi],
];

/** How far an exclusion cue reaches over a following "controlled by" / "specified in": "other than those controlled by". */
const EXCLUSION_REACH = 40;
/** How far it reaches over a name without clause punctuation: "other than <a chemical's name> which is specified in". */
const EXCLUSION_NAME_REACH = 200;
/**
 * An associated-item cue governs every "specified in" / "controlled by" after it in its clause: "designed or modified for
 * use in space launch vehicles specified in 9A004, sounding rockets specified in 9A104 or unmanned aerial vehicles
 * specified in 9A012" (EU 7A105) names three things the items are for. It stops where another paragraph starts ("…; b.
 * Integrated flight instrument systems", "… mode. e. Combustion chambers"), except in the list it opens: "composed of
 * any of the following: a. Polyetherimides specified in 1C008.a.; or b. Materials specified in 1C008.d. …" (EU 1C010.e)
 * runs over the list's own labels and stops at a label of another kind, one level up. It does not govern a predicate
 * far from it: in "Replacement reagents for … kits described in 1C395.b are controlled by ECCN 1C350" the reagents
 * themselves are 1C350's (and, being other items than 1C395's, a pointer: CONTROLLED_THERE).
 */
const ASSOCIATED_NEAR = 60;
const PARAGRAPH_LABEL = /(?:^|[;:.]\s+)([a-z]|\d{1,2})\.\s+(?=[A-Z‘'“"(])/g;
type LabelKind = 'letter' | 'number';
const labelKind = (label: string): LabelKind => (/\d/.test(label) ? 'number' : 'letter');
/** Text right before a paragraph label that opens a list: "… composed of any of the following: a. Polyetherimides …". */
const OPENER_BEFORE = /(?:as follows|the following)\s*:\s*$/i;
const PREDICATE_BEFORE = /\b(?:is|are|be|being)\s+(?:also\s+|only\s+|not\s+)?$/i;
/**
 * A lead-in that an associated cue governs and that opens a list ("'Inertial measurement equipment or systems', using
 * accelerometers or gyros as follows: 1. Accelerometers specified in 7A001.a.3 …", EU 7A103.a): its numbered
 * sub-paragraphs name what the items use, up to the next lettered paragraph.
 */
const OPENS_LIST = /(?:as follows|the following)\s*:\s*(?:\d{1,2}\.)?\s*$/i;
/** Cues that say the items are the other entry's, unless an exclusion, "see" or an associated-item cue governs them. */
const LINKING_CUES: ReadonlySet<ReferenceKind> = new Set(['CONTROLLED_BY', 'SPECIFIED_BY', 'PARAMETER']);
/**
 * A sentence whose verb says where its subject is controlled points there: "Replacement reagents for … kits described in
 * 1C395.b are controlled by ECCN 1C350 if …" (1C395), "Semi-automatic firearms … are controlled under ECCNs 0A506 and
 * 0A507" (0A501), "… is specified in 3D225" (EU 3A225). Its subject is other items than the entry's, which the entry
 * names only to send the reader elsewhere: SEE_ALSO. A relative clause ("items that are controlled by 9A001") is not such
 * a verb.
 */
const CONTROLLED_THERE = /(?<!\b(?:that|which|who|whose)\s)\b(?:is|are)\s+(?:also\s+)?(?:controlled|specified)\s+(?:by|under|in)\b/i;
// "is controlled under ECCN 1C111.a.3.f and not under ECCN 1C608.m" (1C608): the item is the other entry's, not this one's.
const ELSEWHERE_NOT_HERE = (self: string) => new RegExp(String.raw`\bcontrolled (?:under|by|in) (?:ECCNs? )?\d[A-E]\d{3}[^;]*?\band not (?:under|by|in) (?:ECCNs? )?${self}`, 'i');

/**
 * A paragraph whose sub-paragraphs list what its items are NOT: "“Parts,” … “specially designed” for in-space habitats
 * in 9A004.r and that are NOT: / Described on the USML; / Described in ECCN 7A004 or 7A104; / … / Described in 9A001,
 * 9A002, 9A003, 9A515, or 9A991." (CCL 9A004.s, one line per sub-paragraph). Every code in those lines is an exclusion,
 * up to the line that ends the list with a full stop; "Finished masks, reticles and designs therefor, except:" (3A001)
 * likewise.
 */
const NEGATED_LIST_OPENER = /(?:\b(?:are|is)\s+not|\bexcept|\bexcluding|\bother than)\s*:\s*$/i;

/**
 * A definition names codes to say what a word means, not that the items are those codes' items: "'Mixture' refers to a
 * composition of two or more substances with at least one substance being enumerated in 1C011, 1C111, 1C239, 1C608 …"
 * (1C608 Technical Note), "the term 'controlled materials' means controlled …" (1C608 Related Definitions). Its codes are
 * RELATED.
 */
const DEFINITION = /['‘“"][^'’”"]{1,60}['’”"]\s+(?:refers to|means|is defined as)\b|\bthe term\s+['‘“"][^'’”"]{1,60}['’”"]\s+(?:means|refers to)\b/i;

/**
 * A paragraph that lists what its items are made of, one sub-paragraph a line: "Composed of any of the following: /
 * Polyetherimides controlled by 1C008.a; or / Materials controlled by 1C008.b to 1C008.f; or" (CCL 1C010.d.1). The
 * codes in those lines name the materials used, not the items: ASSOCIATED_ITEM, up to a line that ends the list with
 * a full stop or opens another list with a colon. A "having any of the following:" list likewise names what the items
 * have: "Video cameras … having any of the following: / Optical mirrors controlled by 6A004.a.; / Optical control
 * equipment controlled by 6A004.d." (CCL 6A003.b.1.b), "Resin or pitch, controlled by 1C008 or 1C009.b" (1C010.e.2.a).
 */
const ASSOCIATED_LIST_OPENER = /\b(?:made (?:with|from|of)|containing|composed of|consisting of|incorporating|using|having)\s+(?:any|all|one or more|either|each|both)\s+(?:of\s+)?the following(?:\s+characteristics)?\s*:\s*$/i;

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'no', 'nos', 'u.s', 'supp', 'cat', 'para', 'paras', 'vs', 'approx', 'fig', 'vol', 'st', 'ref', 'sec', 'cf', 'e.a', 'inc', 'corp', 'ltd', 'co']);

/**
 * Splits text into clauses: paragraphs (lines), then sentences; a semicolon splits too when what follows
 * starts like a sentence ("…; (2) See …"). A period after an abbreviation or a lone letter ("a. Materials …")
 * does not split.
 */
export function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  for (const line of text.split(/\n+/)) {
    let start = 0;
    // Only before what can start a sentence: "does not control X; see 3A001" stays one clause.
    const boundary = /[.;]\s+(?=[“"‘'(A-Z0-9§])/g;
    for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
      if (line[m.index] === '.') {
        const word = /([A-Za-z.]+)$/.exec(line.slice(start, m.index))?.[1] ?? '';
        if (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase())) continue;
      }
      const clause = line.slice(start, m.index + 1).trim();
      if (clause) clauses.push(clause);
      start = m.index + m[0].length;
    }
    const rest = line.slice(start).trim();
    if (rest) clauses.push(rest);
  }
  return clauses;
}

/** Blanks out parentheticals closed before the end of `prefix`, keeping positions, so "9B (except 9B990), 9D001" reads as a list. */
function blankClosedParentheses(prefix: string): string {
  let out = prefix;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/\([^()]*\)/g, (group) => ' '.repeat(group.length));
  }
  return out;
}

/** Parenthetical groups of a clause as [open, close] positions; an unclosed group closes at Infinity. */
function parentheses(clause: string): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < clause.length; i++) {
    if (clause[i] === '(') open.push(i);
    else if (clause[i] === ')' && open.length > 0) groups.push([open.pop() as number, i]);
  }
  for (const o of open) groups.push([o, Infinity]);
  return groups;
}

/**
 * The cue words of one clause, found once, so that each code in it is classified without rescanning.
 * The nearest cue before a code decides its kind, except that a cue inside a parenthetical closed before
 * the code does not count: in "9B (except 9B990), 9D001" the "except" governs 9B990, not 9D001.
 */
class ClauseCues {
  private readonly cues: Array<{ kind: ReferenceKind; at: number; visibleUntil: number }> = [];
  /** The stretches of the clause a negation governs: every code in one is an exclusion. */
  private readonly negated: Array<[number, number]> = [];

  /** Where paragraphs start, their label's kind, and whether the text before opens a list. */
  private readonly labels: Array<{ at: number; kind: LabelKind; opens: boolean }> = [];

  /**
   * `inherited`: the clause continues, on the same line, a list whose lead-in an associated cue governs (see
   * OPENS_LIST), with the kind of its labels.
   */
  constructor(
    private readonly clause: string,
    private readonly inherited: LabelKind | null = null,
  ) {
    for (const m of clause.matchAll(PARAGRAPH_LABEL)) {
      this.labels.push({ at: m.index, kind: labelKind(m[1] as string), opens: OPENER_BEFORE.test(clause.slice(0, m.index + (/^[;:.]/.test(m[0]) ? 1 : 0))) });
    }
    const groups = parentheses(clause);
    for (const [kind, pattern] of CUES) {
      for (const m of clause.matchAll(pattern)) {
        const at = m.index;
        let innermost: [number, number] | undefined;
        for (const group of groups) {
          if (group[0] < at && at < group[1] && (!innermost || group[0] > innermost[0])) innermost = group;
        }
        this.cues.push({ kind, at, visibleUntil: innermost ? innermost[1] : Infinity });
      }
    }
    this.cues.sort((a, b) => a.at - b.at);
    const verb = NEGATION_VERB.exec(clause);
    if (verb) this.negated.push([verb.index + verb[0].length, Infinity]);
    for (const phrase of clause.matchAll(NEGATION_PHRASE)) {
      const from = phrase.index + phrase[0].length;
      const end = new RegExp(PHRASE_END.source, 'g');
      end.lastIndex = from;
      const closing = end.exec(clause);
      this.negated.push([from, closing ? closing.index : Infinity]);
    }
  }

  kindAt(index: number): ReferenceKind {
    if (this.negated.some(([from, to]) => index >= from && index < to)) return 'EXCLUSION';
    let kind: ReferenceKind = 'RELATED';
    let exclusionAt = -Infinity;
    let associatedAt = this.inherited !== null ? -1 : -Infinity;
    let seeing = false;
    for (const cue of this.cues) {
      if (cue.at >= index) break;
      if (index > cue.visibleUntil) continue;
      // "other than those controlled by 2B001", "except those specified in 1C350": the exclusion governs the cue after it.
      if (cue.kind === 'EXCLUSION') exclusionAt = cue.at;
      else if (cue.kind === 'ASSOCIATED_ITEM') {
        associatedAt = cue.at;
        continue; // on its own "for" or "containing" says nothing about a code; it qualifies the linking cue after it
      } else if (LINKING_CUES.has(cue.kind)) {
        if (cue.at - exclusionAt <= EXCLUSION_REACH) continue;
        // "other than Diethyl-N,N-dimethylphosphoramidate which is specified in 1C350" (EU 1C450): a longer name reaches
        // as far, while no clause punctuation stands between.
        if (cue.at - exclusionAt <= EXCLUSION_NAME_REACH && !/[;:]|,\s/.test(this.clause.slice(exclusionAt, cue.at))) continue;
        // "See also explosives and other items enumerated in ECCNs 1A006, …": a "see" governs the rest of its clause.
        if (seeing) continue;
        if (this.governs(associatedAt, cue)) {
          kind = 'ASSOCIATED_ITEM';
          continue;
        }
      }
      if (cue.kind === 'SEE_ALSO' && /^see\b/i.test(this.clause.slice(cue.at))) seeing = true;
      kind = cue.kind;
    }
    return kind;
  }

  /**
   * Whether an associated cue at `from` governs a linking cue (see LETTERED_PARAGRAPH). Nearby, it governs any; farther,
   * not a predicate ("… are controlled by ECCN 1C350") nor a parameter clause ("… for “fibrous and filamentary
   * materials” that meet or exceed the control criteria of 1C210", 1C010's NP row: the items' own parameters).
   */
  private governs(from: number, cue: { kind: ReferenceKind; at: number }): boolean {
    if (from === -Infinity) return false;
    if (!this.reaches(from, cue.at)) return false;
    if (cue.at - from <= ASSOCIATED_NEAR) return true;
    return cue.kind !== 'PARAMETER' && !PREDICATE_BEFORE.test(this.clause.slice(Math.max(0, cue.at - 30), cue.at));
  }

  /** Whether an associated cue at `from` reaches `at` over the paragraph labels between them. */
  private reaches(from: number, at: number): boolean {
    let list: LabelKind | null = from === -1 ? this.inherited : null;
    for (const label of this.labels) {
      if (label.at <= from) continue;
      if (label.at >= at) break;
      if (list === null && label.opens) list = label.kind;
      else if (label.kind !== list) return false;
    }
    return true;
  }

  /**
   * The kind of labels of the list this clause leaves open on its line for the next clause: one that its lead-in opens
   * ("using accelerometers or gyros as follows: 1."), or the inherited one when no other label interrupted it.
   */
  listAfter(): LabelKind | null {
    const opener = OPENS_LIST.exec(this.clause);
    if (opener) {
      let associatedAt = this.inherited !== null ? -1 : -Infinity;
      for (const cue of this.cues) {
        if (cue.kind === 'ASSOCIATED_ITEM') associatedAt = cue.at;
        else if (!LINKING_CUES.has(cue.kind)) associatedAt = -Infinity;
      }
      if (associatedAt !== -Infinity && this.reaches(associatedAt, opener.index)) return /\d\.\s*$/.test(this.clause) ? 'number' : 'letter';
    }
    if (this.inherited === null) return null;
    return this.reaches(-1, this.clause.length) ? this.inherited : null;
  }
}

function stripDots(code: string): string {
  return code.replace(/\.+$/, '');
}

/**
 * The paragraphs strictly between the two ends of a paragraph range of one entry: "9A004.a through .f" names .b to
 * .e as well, "3A001.a.3 to 3A001.a.10" names .a.4 to .a.9. Both ends must differ only in their last segment, both
 * letters or both numbers. A range ending in the 600-series catch-alls .x or .y ("0A501.a through .x") does not name
 * the letters in between: in those entries they are mostly "[Reserved]".
 */
function partsBetween(base: string, fromSub: string, toSub: string): string[] {
  const from = fromSub.split('.').filter(Boolean);
  const to = toSub.split('.').filter(Boolean);
  if (from.length === 0 || from.length !== to.length || from.slice(0, -1).join('.') !== to.slice(0, -1).join('.')) return [];
  const a = from[from.length - 1] as string;
  const b = to[to.length - 1] as string;
  const prefix = base + (from.length > 1 ? '.' + from.slice(0, -1).join('.') : '');
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const [x, y] = [Number(a), Number(b)];
    if (y <= x || y - x > MAX_PART_SPAN) return [];
    return Array.from({ length: y - x - 1 }, (_, i) => `${prefix}.${x + i + 1}`);
  }
  if (/^[a-z]$/.test(a) && /^[a-z]$/.test(b)) {
    if (b === 'x' || b === 'y') return [];
    const [x, y] = [a.charCodeAt(0), b.charCodeAt(0)];
    if (y <= x || y - x > MAX_PART_SPAN) return [];
    return Array.from({ length: y - x - 1 }, (_, i) => `${prefix}.${String.fromCharCode(x + i + 1)}`);
  }
  return [];
}

/** Every code named in a clause, ranges expanded, continued sub-paragraphs attached, groups expanded when known. */
function mentionsIn(clause: string, options: ExtractOptions, given?: ClauseCues): Mention[] {
  // Most clauses name no code at all; skip them before looking for cue words.
  if (!/\d[A-E]/.test(clause)) return [];
  const mentions: Mention[] = [];
  const claimed: Array<[number, number]> = [];
  const cues = given ?? new ClauseCues(clause);
  const codes = new RegExp(CODE); // a private copy: the scan moves lastIndex past ranges and tails
  for (let m = codes.exec(clause); m; m = codes.exec(clause)) {
    const base = m[1] as string;
    const sub = stripDots(m[2] ?? '');
    const kind = cues.kindAt(m.index);
    let end = m.index + m[0].length;
    mentions.push({ to: base, toPart: sub ? base + sub : null, kind, index: m.index });

    const range = RANGE_TAIL.exec(clause.slice(end));
    if (range) {
      const last = range[1] as string;
      const lastSub = stripDots(range[2] ?? '');
      const from = Number(base.slice(2));
      const to = Number(last.slice(2));
      const across = last.slice(0, 2) === base.slice(0, 2) && to > from && to - from <= MAX_RANGE_SPAN;
      if (across) {
        for (let n = from + 1; n < to; n++) {
          mentions.push({ to: base.slice(0, 2) + String(n).padStart(3, '0'), toPart: null, kind, index: m.index });
        }
      } else if (last === base) {
        // "1C008.d. to 1C008.f.": a range of paragraphs of one entry.
        for (const part of partsBetween(base, sub, lastSub)) mentions.push({ to: base, toPart: part, kind, index: m.index });
      }
      // "3A001.b to 3A002.h" (3D001) runs from 3A001.b to the end of 3A001, then through 3A002.a to .h.
      const letters = (code: string, upTo: string) => Array.from({ length: upTo.charCodeAt(0) - 96 }, (_, i) => `${code}.${String.fromCharCode(97 + i)}`);
      if (across && /^\.[a-w]$/.test(sub)) {
        const before = letters(base, sub.slice(1)).slice(0, -1);
        mentions[mentions.length - (to - from)] = { to: base, toPart: null, kind, index: m.index, ...(before.length > 0 ? { exceptParts: before } : {}) };
      }
      if (across && /^\.[a-w]$/.test(lastSub)) {
        for (const part of letters(last, lastSub.slice(1))) mentions.push({ to: last, toPart: part, kind, index: m.index });
      } else mentions.push({ to: last, toPart: lastSub ? last + lastSub : null, kind, index: m.index });
      end += range[0].length;
    } else {
      // ".d" and ".x" after "0A501.c," belong to 0A501.
      let tail = PART_TAIL.exec(clause.slice(end));
      let previous = sub;
      while (tail) {
        const next = stripDots((tail[1] as string).replace(/^(?=[a-z])/, '.'));
        // "9A004.a through .f", "3A002.c to .d": a range of paragraphs.
        if (/\b(?:to|through)\s/.test(tail[0])) {
          for (const part of partsBetween(base, previous, next)) mentions.push({ to: base, toPart: part, kind, index: m.index });
        }
        mentions.push({ to: base, toPart: base + next, kind, index: m.index });
        previous = next;
        end += tail[0].length;
        tail = PART_TAIL.exec(clause.slice(end));
      }
    }
    claimed.push([m.index, end]);
    codes.lastIndex = end;
  }

  if (options.knownCodes) {
    const groups = new RegExp(GROUP);
    for (let m = groups.exec(clause); m; m = groups.exec(clause)) {
      const at = m.index;
      if (claimed.some(([s, e]) => at >= s && at < e)) continue;
      const kind = cues.kindAt(at);
      // Only a group that the sentence says controls or specifies the item is a real link; a bare "9B" may be anything.
      if (kind !== 'CONTROLLED_BY' && kind !== 'SPECIFIED_BY' && kind !== 'ASSOCIATED_ITEM') continue;
      const group = m[1] as string;
      const exceptions = GROUP_EXCEPTIONS.exec(clause.slice(at + group.length));
      const excluded = groupExceptions(exceptions ? (exceptions[1] as string) : '');
      for (const code of options.knownCodes) {
        if (code.length === 5 && code.startsWith(group) && !excluded.whole.has(code)) {
          const exceptParts = excluded.parts.get(code);
          mentions.push({ to: code, toPart: null, kind, index: at, ...(exceptParts ? { exceptParts } : {}) });
        }
      }
    }
  }
  return mentions;
}

/**
 * What may stand between a code and a bracket that narrows it: more of the same list, within the clause ("ECCN 8A620
 * or 8B620 or “software” controlled by ECCN 8D620 (except for commodities controlled by ECCN 8A620.b or .y …)").
 */
const BEFORE_BRACKET = /^[^();]{0,120}?\(\s*(?:except|excluding)\b/;

/**
 * The paragraphs of `code`, named at `index` of the clause, that the "(except …)" bracket after it leaves out: 9E515.a
 * "… controlled by ECCN 9A515 (except 9A515.a.1, a.2, a.3, a.4, .b, .d, .e, or .g)" and, after a list of codes, 8D620.a
 * "… controlled by ECCN 8A620 or ECCN 8B620 (except for commodities controlled by ECCN 8A620.b or .y …)".
 */
function exceptedAfter(clause: string, index: number, code: string, groups: ReadonlyArray<[number, number]>): string[] {
  const rest = clause.slice(index + code.length);
  const lead = BEFORE_BRACKET.exec(rest);
  if (!lead) return [];
  const open = index + code.length + lead[0].lastIndexOf('(');
  const close = groups.find(([o]) => o === open)?.[1] ?? clause.length;
  const inner = clause.slice(open + 1, Math.min(close, clause.length));
  // A bracket that narrows by a condition leaves no paragraph out: 9E101 "9A101 (except for items in 9A101.b that are
  // “subject to the ITAR,” …)" — those items are not on this list at all.
  if (/\b(?:that|which)\s+(?:are|is|have|has)\b/i.test(inner)) return [];
  return [...new Set(servedItems(inner).filter((i) => i.code === code && i.part !== null).map((i) => i.part as string))];
}

/** The evidence phrase: the clause itself, or a window of it around the code when the clause is long. */
function phraseAround(clause: string, index: number): string {
  if (clause.length <= MAX_PHRASE) return clause;
  const half = Math.floor(MAX_PHRASE / 2);
  let start = Math.max(0, index - half);
  let end = Math.min(clause.length, start + MAX_PHRASE);
  start = Math.max(0, end - MAX_PHRASE);
  if (start > 0) start = clause.indexOf(' ', start) + 1 || start;
  if (end < clause.length) end = clause.lastIndexOf(' ', end) > start ? clause.lastIndexOf(' ', end) : end;
  return (start > 0 ? '…' : '') + clause.slice(start, end).trim() + (end < clause.length ? '…' : '');
}

/** The entry-level code (`1C001`) of a code or part code (`1C001.a.1`). */
function entryCodeOf(code: string): string {
  return code.slice(0, 5);
}

/**
 * Cross references from one entry's text to other entries: "See also 1C101" (SEE_ALSO), "parameters of
 * ECCN 1C101" (PARAMETER), "controlled by 9A001 to 9A012" (CONTROLLED_BY), "specified by ECCNs 1A002,
 * 1C007.c" (SPECIFIED_BY), "does not control … see 3A001" or "except 0A502" (EXCLUSION), "made with … specified in
 * 1C010.a" or "for detonators controlled by 3A232" (ASSOCIATED_ITEM), "controlled under ECCN 1C111.a.3.f and not under
 * ECCN 1C608.m" (SEE_ALSO: the item is elsewhere), anything else RELATED.
 * Ranges expand to every code between; references to the entry itself are left out.
 */
export function extractReferences(fromCode: string, text: string, options: ExtractOptions = {}): ReferenceRecord[] {
  const self = entryCodeOf(fromCode);
  const seen = new Set<string>();
  const references: ReferenceRecord[] = [];
  // A list opened by an associated lead-in runs over the clauses of its own line only: CCL paragraphs are lines
  // without their labels, so a list's end cannot be seen across lines.
  const clauses = text.split(/\n+/).flatMap((line) => {
    const split = splitClauses(line);
    return split.map((clause, i) => ({ clause, first: i === 0, last: i === split.length - 1 }));
  });
  let list: LabelKind | null = null;
  let negatedList = false;
  let associatedList = false;
  for (const { clause, first, last } of clauses) {
    const elsewhere = ELSEWHERE_NOT_HERE(self).test(clause);
    const cues: ClauseCues = new ClauseCues(clause, first ? null : list);
    list = cues.listAfter();
    const negated = negatedList;
    const associated = associatedList;
    const definition = DEFINITION.test(clause);
    const pointerAt = clause.search(CONTROLLED_THERE);
    if (last) {
      negatedList = NEGATED_LIST_OPENER.test(clause) || (negatedList && !/\.\s*$/.test(clause));
      associatedList = ASSOCIATED_LIST_OPENER.test(clause) || (associatedList && !/[.:]\s*$/.test(clause));
    }
    for (const mention of mentionsIn(clause, options, cues)) {
      if (mention.to === self) continue;
      if (negated) mention.kind = 'EXCLUSION';
      else if (definition && (LINKING_CUES.has(mention.kind) || mention.kind === 'ASSOCIATED_ITEM')) mention.kind = 'RELATED';
      // A pointer says where its subject is controlled, inside a list of what the items have or not.
      else if ((elsewhere || (pointerAt >= 0 && mention.index > pointerAt)) && LINKING_CUES.has(mention.kind)) mention.kind = 'SEE_ALSO';
      else if (associated && LINKING_CUES.has(mention.kind)) mention.kind = 'ASSOCIATED_ITEM';
      const key = `${mention.to}|${mention.toPart ?? ''}|${mention.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      references.push({
        from: fromCode,
        to: mention.to,
        toPart: mention.toPart,
        kind: mention.kind,
        text: phraseAround(clause, mention.index),
      });
    }
  }
  return references;
}

// Life-cycle phases, as the lists write them: quoted (“development,”), in a list of phases
// ("development, production, or use"), or followed by "of" ("for the use of equipment").
// Unquoted "production equipment" or "for use with" are not phases.
const PHASE_WORD = '(?:development|production|use|disposal)';
const LIST_JOIN = String.raw`[,”"’']*\s+(?:and\/or\s+|or\s+|and\s+)?[“"‘']?`;
function phasePattern(word: Phase): RegExp {
  const quoted = String.raw`[“"‘']${word},?[”"’']`;
  const followedByOf = String.raw`\b${word}(?=\s+of\b)`;
  const beforeAnother = String.raw`\b${word}(?=${LIST_JOIN}${PHASE_WORD}\b)`;
  const afterAnother = String.raw`(?<=\b${PHASE_WORD}${LIST_JOIN})${word}\b`;
  return new RegExp([quoted, followedByOf, beforeAnother, afterAnother].join('|'), 'gi');
}
const PHASE_PATTERNS: ReadonlyArray<[Phase, RegExp]> = PHASES.map((phase) => [phase, phasePattern(phase)]);

// "Operation, installation, maintenance, repair, overhaul, refurbishing" are what the lists mean by "use"
// (the definition of "use" in both lists), when they stand in a list of such words or after "for (the)".
const USE_WORD = '(?:operation|installation|maintenance|repair|overhaul|refurbishing)';
const USE_PATTERN = new RegExp(
  String.raw`\bfor\s+(?:the\s+)?${USE_WORD}\b|\b${USE_WORD}(?=[,”"’']*\s+(?:and\s+|or\s+)?[“"‘']?(?:${USE_WORD}|${PHASE_WORD})\b)|(?<=\b(?:${USE_WORD}|${PHASE_WORD})[,”"’']*\s+(?:and\s+|or\s+)?[“"‘']?)${USE_WORD}\b`,
  'gi',
);

// 1E350 "“Technology” according to the “General Technology Note” for facilities designed or intended to produce chemicals
// controlled by 1C350": technology for the plants that make the chemicals, their production.
const FACILITY_PATTERN = /\bfor\s+(?:the\s+)?facilities\s+designed\s+or\s+intended\s+to\s+produce\b/gi;

// CCL 9D103 "“Software” “specially designed” for modelling, simulation or design integration of “missiles,” or the
// subsystems controlled by 9A005, 9A007 …" (EU 9D103 likewise): design stages, which the lists' definition of
// "development" names ("design, design research, design analyses, design concepts, … configuration design, integration
// design, layouts"; 15 CFR 772.1 and the Annex I definitions, which the seed files do not hold).
const DESIGN_PATTERN = /\bfor\s+(?:the\s+)?modell?ing,\s+simulation,?\s+or\s+design\s+integration\b/gi;

/** Positions of phase words in a clause. */
function phasesIn(clause: string): Array<{ phase: Phase; index: number }> {
  const found: Array<{ phase: Phase; index: number }> = [];
  for (const [phase, pattern] of PHASE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) found.push({ phase, index: m.index });
  }
  for (const m of clause.matchAll(USE_PATTERN)) found.push({ phase: 'use', index: m.index });
  for (const m of clause.matchAll(FACILITY_PATTERN)) found.push({ phase: 'production', index: m.index });
  for (const m of clause.matchAll(DESIGN_PATTERN)) found.push({ phase: 'development', index: m.index });
  return found;
}

/**
 * The phases that govern what a text names at `at`: those named before it ("for the “use” of 1B608 equipment in the
 * “production” … of materials controlled by 1C608.m": use, for 1B608), else those after it.
 */
export function phasesGoverning(text: string, at: number): Phase[] {
  const found = phasesIn(text);
  const before = found.filter((p) => p.index < at);
  const named = new Set((before.length > 0 ? before : found).map((p) => p.phase));
  return PHASES.filter((phase) => named.has(phase));
}

/** The life-cycle phases a text names, in the lists' own phrasing ("for the operation, installation, maintenance …" is use). */
export function phasesNamed(text: string): Phase[] {
  const named = new Set(phasesIn(text).map((p) => p.phase));
  return PHASES.filter((phase) => named.has(phase));
}

const HARDWARE_GROUPS = new Set(['A', 'B', 'C']);
const THIS_CATEGORY = /\b(?:goods|items|equipment|commodities) (?:specified|described|controlled) (?:in|by) this Category\b/;
/** A parenthetical right after a code that limits the phases for it. */
/**
 * Software written for the hardware itself, naming no phase: "Dedicated “software” for toxic gas monitors and monitoring
 * systems … controlled by ECCN 2B351" (CCL 2D351), "“Software” designed for nucleic acid assemblers and synthesizers
 * controlled by 2B352.j" (2D352). It is what the equipment runs: it serves the hardware's use (the EU 2D351 says so:
 * "… specially designed for "use" of equipment specified in 2B351."). So is "Specific “software” “specially designed” or modified to
 * provide characteristics, functions or features of equipment, controlled by 5A001 or 5B001" (5D001.c): the equipment's
 * own functions. "“Software” “specially designed” for modelling or simulation …" (7D103) is not such wording.
 */
const SOFTWARE_FOR_ITEM =
  /^(?:Dedicated\s+[“"]?software[”"]?\s+for|[“"]?Software[”"]?\s+designed\s+for|(?:Specific\s+)?[“"]?software[”"]?\s+[“"]?specially\s+designed[”"]?\s+or\s+modified\s+to\s+provide\s+characteristics,\s+functions\s+or\s+features\s+of)\s/i;
/** A clause that is the rest of a list of codes: it starts with one (or its paragraph). */
const LIST_GOES_ON = /^(?:ECCNs?\s+)?\d[A-E]\d{3}\b/;
const ONLY_PHASE = /^\d[A-E]\d{3}[^(]{0,20}\(applies only to [“"‘']?(development|production|use|disposal)\b/;

/**
 * For a software (D) or technology (E) entry: the hardware entries it serves and in which phase, e.g.
 * "“technology” … for the “development” or “production” of equipment … controlled by 9A001 to 9A012".
 * One record per (target entry or paragraph, phase). A clause naming targets but no phase gives nothing; D/E targets
 * are references, not supports; exclusions and "see" pointers are not supports either; nor is a clause
 * saying the items are "subject to the ITAR" (that technology is on the Munitions List, not in this entry).
 */
export function extractSupports(fromCode: string, text: string, options: ExtractOptions = {}): SupportRecord[] {
  const group = fromCode.charAt(1);
  if (group !== 'D' && group !== 'E') return [];
  const self = entryCodeOf(fromCode);
  const byKey = new Map<string, SupportRecord>();
  // The records whose words were taken from inside brackets, which words from outside them replace.
  const quotedInBrackets = new Set<string>();
  // The phases of a clause that ends with ';': a list of codes that goes on after it is served for the same phases.
  let carried: Array<{ phase: Phase; index: number }> = [];
  for (const clause of splitClauses(text)) {
    // A sentence saying its items are "subject to the ITAR" puts them on the Munitions List, outside this entry;
    // an ITAR exception inside parentheses ("9A101 (except … “subject to the ITAR”)") does not.
    if (/subject to the ITAR/i.test(blankClosedParentheses(clause))) {
      carried = [];
      continue;
    }
    let phases = phasesIn(clause);
    if (phases.length === 0 && group === 'D' && SOFTWARE_FOR_ITEM.test(clause)) phases = [{ phase: 'use', index: 0 }];
    // 6E201 "… for the “use” of equipment controlled by 6A003.a.3, 6A003.a.4; 6A005.a.2, … or 6A005.d.4.c (that meet or
    // exceed the parameters of 6A205); 6A202, 6A203, 6A205, 6A225 or 6A226.": the codes after each ';' are still the
    // equipment whose "use" it serves.
    if (phases.length === 0 && LIST_GOES_ON.test(clause)) phases = carried.map((p) => ({ phase: p.phase, index: 0 }));
    carried = clause.endsWith(';') ? phases : [];
    if (phases.length === 0) continue;
    const mentions = mentionsIn(clause, options);
    // EU 0E001: "… for the “development”, “production” or “use” of goods specified in this Category": every hardware
    // entry of the entry's own category.
    const categoryWide = THIS_CATEGORY.exec(clause);
    if (categoryWide && options.knownCodes) {
      for (const code of options.knownCodes) {
        if (code.length === 5 && code.charAt(0) === fromCode.charAt(0)) mentions.push({ to: code, toPart: null, kind: 'SPECIFIED_BY', index: categoryWide.index });
      }
    }
    // "9A012 (applies only to “production” “technology” for MT-controlled items in 9A012)" (9E101) narrows the
    // phases for that target, wherever else the clause names it.
    const onlyPhase = new Map<string, Phase>();
    for (const mention of mentions) {
      const only = ONLY_PHASE.exec(clause.slice(mention.index, mention.index + 60))?.[1] as Phase | undefined;
      if (only) onlyPhase.set(mention.to, only);
    }
    // 6E201 names 6A205 first in "(that meet or exceed the parameters of 6A205)", a bracket about other equipment, then
    // in the list "6A202, 6A203, 6A205, …": the words quoted are those of the list.
    const groups = parentheses(clause);
    const bracketed = (at: number) => groups.some(([open, close]) => at > open && at < close);
    for (const mention of mentions) {
      if (mention.to === self || !HARDWARE_GROUPS.has(mention.to.charAt(1))) continue;
      if (mention.kind === 'EXCLUSION' || mention.kind === 'SEE_ALSO') continue;
      // The phases named before the target govern it ("for the “development” of equipment controlled by …");
      // when none comes before, the ones after do ("equipment controlled by 2B001, for its “use”").
      const before = phases.filter((p) => p.index < mention.index);
      const governing = before.length > 0 ? before : phases;
      const only = onlyPhase.get(mention.to);
      for (const phase of only ? [only] : new Set(governing.map((p) => p.phase))) {
        // One record per paragraph named ("9A106.d or .e" gives 9A106.d and 9A106.e), the first words that name it kept.
        const key = `${mention.to}|${mention.toPart ?? ''}|${phase}`;
        const inBrackets = bracketed(mention.index);
        if (byKey.has(key) && !(quotedInBrackets.has(key) && !inBrackets)) continue;
        const exceptParts = mention.exceptParts ?? (mention.toPart === null ? exceptedAfter(clause, mention.index, mention.to, groups) : []);
        byKey.set(key, {
          from: fromCode,
          to: mention.to,
          toPart: mention.toPart,
          ...(exceptParts.length > 0 ? { exceptParts } : {}),
          phase,
          text: phraseAround(clause, mention.index),
        });
        if (inBrackets) quotedInBrackets.add(key);
        else quotedInBrackets.delete(key);
      }
    }
  }
  // A whole-entry target makes its paragraphs' records for the same phase redundant: the widest claim stands. A
  // paragraph its bracket leaves out is served apart: 9E515.a serves 9A515 "(except … .d, .e …)", 9E515.d serves 9A515.d.
  const whole = new Map([...byKey.values()].filter((s) => s.toPart === null).map((s) => [`${s.to}|${s.phase}`, s.exceptParts ?? []]));
  const leftOut = (part: string, except: readonly string[]) => except.some((x) => part === x || part.startsWith(`${x}.`));
  return [...byKey.values()].filter((s) => {
    const except = whole.get(`${s.to}|${s.phase}`);
    return s.toPart === null || except === undefined || leftOut(s.toPart, except);
  });
}
