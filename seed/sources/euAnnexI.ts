// Importer for the EU Dual-Use Regulation (EU) 2021/821 Annex I (consolidated 2025-11-15, parsed JSON):
// validates the file, repairs the known defects of its parse (PROVENANCE.md) and reports every one.
import { z } from 'zod';
import {
  ParsedList,
  type AttributionRecord,
  type EntryRecord,
  type ReferenceRecord,
  type SourceIssue,
  type SupportRecord,
} from '../model.js';
import { ProductGroup, type RegimeCode } from '../../src/domain/vocabulary.js';
import { extractReferences, extractSupports } from '../parse/references.js';
import { readJsonSource, zodProblem } from '../parse/json.js';
import { CATEGORY_NOTE, euParts } from './euParts.js';
import { SourceFormatError } from '../sourceError.js';
import { codeOrigin } from '../../src/domain/attribution.js';

const ENTRY_CODE = /^\d[A-E]\d{3}$/;
// Sub-entry codes as the parse wrote them: `0A001.i`, `6A005.d.1.d.1.d`, even `3A002.d.includes`.
const SUB_CODE = /^\d[A-E]\d{3}(?:\.[A-Za-z0-9]+)+$/;

const RawMetadata = z.looseObject({
  source: z.string().min(1),
  consolidation_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  entry_count: z.number().int().min(0),
});

const RawEntry = z.object({
  code: z.string().refine((code) => ENTRY_CODE.test(code) || SUB_CODE.test(code), 'code is not an Annex I code'),
  label: z.string(),
  category: z.string().regex(/^\d$/, 'category must be one digit'),
  subgroup: ProductGroup,
  depth: z.number().int().min(0),
  full_content: z.string(),
});
type RawEntry = z.infer<typeof RawEntry>;

const RawAnnex = z.object({ metadata: RawMetadata, entries: z.array(z.unknown()) });

/** A depth-0 entry with the deeper records the parse put after it. */
interface Section {
  entry: RawEntry;
  children: RawEntry[];
}

/** Validates the document and every record; a bad record names its index and code. */
function readAnnex(json: string, file: string): { metadata: z.infer<typeof RawMetadata>; sections: Section[] } {
  const { metadata, entries } = readJsonSource(json, file, RawAnnex);
  if (metadata.entry_count !== entries.length) {
    throw new SourceFormatError(file, 'metadata.entry_count', `says ${metadata.entry_count} entries, the file has ${entries.length}`);
  }

  const sections: Section[] = [];
  entries.forEach((value, index) => {
    const code = typeof value === 'object' && value !== null && 'code' in value ? String(value.code) : 'no code';
    const where = `entries[${index}] (${code})`;
    const parsed = RawEntry.safeParse(value);
    if (!parsed.success) throw new SourceFormatError(file, where, zodProblem(parsed.error));
    const entry = parsed.data;
    if (entry.category !== entry.code[0] || entry.subgroup !== entry.code[1]) {
      throw new SourceFormatError(file, where, `category ${entry.category} / subgroup ${entry.subgroup} do not match the code`);
    }
    const isEntry = ENTRY_CODE.test(entry.code);
    if (isEntry !== (entry.depth === 0)) {
      throw new SourceFormatError(file, where, `depth ${entry.depth} does not fit a ${isEntry ? 'entry' : 'sub-entry'} code`);
    }
    if (isEntry) {
      sections.push({ entry, children: [] });
      return;
    }
    const owner = sections.at(-1);
    if (!owner || !entry.code.startsWith(`${owner.entry.code}.`)) {
      throw new SourceFormatError(file, where, `sub-entry does not follow its entry ${entry.code.slice(0, 5)}`);
    }
    owner.children.push(entry);
  });
  return { metadata, sections };
}

// ---------------------------------------------------------------------------------------------
// Fake sub-entries. The parse cut the text at every "Note: <code> …" and made "<code>" a record,
// its label the note and its full_content whatever followed (often the parent's remaining items).

/**
 * The code as written in the note, and the note's words. One record has a word fused into its code
 * (`3A002.d.includes` + "arbitrary waveform …" is "3A002.d. includes arbitrary waveform …").
 */
function noteSubject(record: RawEntry): { subject: string; words: string } {
  const fused = /^(.*?)\.([a-z]{3,})$/.exec(record.code);
  if (fused) return { subject: fused[1]!, words: `${fused[2]} ${record.label}` };
  return { subject: record.code, words: record.label };
}

// How EU notes about a paragraph begin once the paragraph's code is taken off: "does not control",
// "includes", "applies to", "refers to", "describes", "also controls", "only controls", and the
// range forms "and 7A001.a.2. do not control", "to 6A203.c. does not control", "above does not specify".
const NOTE_WORDS =
  /^(?:(?:and|to)\s+\d[A-E]\d{3}(?:\.[a-z0-9]+)*\.?\s+)?(?:above\s+)?(?:does|do|only|also|controls?|includes?|refers?|applies|apply|describes?)\b/i;

function readsAsNote(words: string): boolean {
  return NOTE_WORDS.test(words.trim());
}

// ---------------------------------------------------------------------------------------------
// Text glued on from elsewhere in the regulation.

const GROUP_TITLES = '(?:Systems, Equipment and Components|Test, Inspection and Production Equipment|Materials|Software|Technology)';
// "0B Test, Inspection and Production Equipment", "5A2 Systems, Equipment and Components" (Category 5 has two parts).
const GROUP_HEADING = new RegExp(String.raw`(?<![\w.])(\d)[A-E][12]? ${GROUP_TITLES}\b`, 'g');
// "PART III Category 1 CATEGORY 1 – SPECIAL MATERIALS …" and Category 5's "Part 2 - "INFORMATION SECURITY"".
const CATEGORY_HEADING = /\bPART [IVXL]+\s+Category (\d)\b/g;
const CATEGORY_PART_HEADING = /\bPart [12] - ["“]?[A-Z]{4,}/g;
// The regulation's closing footnotes, printed after the last entry: "’. (1) https://www.australiagroup.net/ …".
const FOOTNOTES = /\s*(?:’\.\s*)?\(1\)\s*https?:\/\//;

/** Earliest position where the next section's heading starts, if one is glued on. */
function findNextSectionHeading(code: string, text: string): number | null {
  const ownCategory = Number(code[0]);
  let earliest: number | null = null;
  const consider = (index: number) => {
    if (earliest === null || index < earliest) earliest = index;
  };
  for (const m of text.matchAll(CATEGORY_HEADING)) if (Number(m[1]) > ownCategory) consider(m.index);
  for (const m of text.matchAll(CATEGORY_PART_HEADING)) consider(m.index);
  // A group heading of an earlier category would be a citation, not a heading; the data has none.
  for (const m of text.matchAll(GROUP_HEADING)) if (Number(m[1]) >= ownCategory) consider(m.index);
  return earliest;
}

/**
 * A block of the regulation the parse attached to the wrong entry, and the entry it belongs to.
 * The "Table – Deposition techniques" is what 2E003.f controls ("specified in column 3 of the
 * following table"); the regulation prints it after 2E301, and the parse glued it to the last 2E entry.
 */
const MISPLACED_BLOCKS: ReadonlyArray<{ start: RegExp; owner: string; name: string; ownerCue: RegExp }> = [
  { start: /\bTable Deposition techniques\b/, owner: '2E003', name: 'the "Table – Deposition techniques" with its notes', ownerCue: /following table/ },
];

// ---------------------------------------------------------------------------------------------
// What the parse lost.

// A note announced at the very end with nothing after it: "Note:", "Note 2:", "Note :", "Notes: 1.",
// "Technical Notes: 1.", or a bare "Note" — only after a sentence or clause end, so a text ending in
// "the General Technology Note" is not touched.
const DANGLING_NOTE = /(?:^|(?<=[.;:,)"”’']\s))(?:Technical\s+)?(?:Notes?\s*:\s*1\.|Note(?:\s*\d+)?\s*:?)\s*$/;

/** PROVENANCE.md: entries whose sub-item lists did not survive the parse. */
const LOST_SUB_ITEMS: Readonly<Record<string, string>> = {
  '1C002': 'sub-items missing from the source parse',
  '2B001': 'sub-items missing from the source parse',
  '4A003': 'sub-items missing from the source parse',
  '5A001': 'sub-items missing from the source parse (items e and f)',
  '6A005': 'sub-items missing from the source parse',
  '6A006': 'sub-items missing from the source parse',
  '6A008': 'sub-items missing from the source parse',
  '9E003': 'sub-items missing from the source parse',
};

// The first lettered item in a text ("a. Metal vessels …"), for entries whose heading announces a list.
const FIRST_ITEM = /(?:^|\s)([a-z])\.\s+(?=["“'‘A-Z0-9])/;
const ANNOUNCES_LIST = /(?:as follows|following|therefor)\s*:\s*$/;

// ---------------------------------------------------------------------------------------------
// Code origin.

/**
 * The regime an EU code was written for, by the rules of src/domain/attribution.ts: the third character is the
 * regime digit (1C001 → WA, 9A101 → MTCR, 2B201 → NSG, 1C350 → AG, 1C450 → CWC), except that Category 0 is the
 * NSG trigger list (INFCIRC/254 Part 1). Digit 5 (3A501, 4A506 …) marks an EU-only control: no regime.
 */
function euCodeOrigin(code: string): { regime: RegimeCode; scope: string; rule: string } | null {
  const origin = codeOrigin(code, 'EU', []);
  if (!origin?.regime) return null;
  const scope =
    origin.rule === 'EU_CATEGORY_0_NSG'
      ? `Code origin: Category 0 implements the NSG trigger list (INFCIRC/254 Part 1), so ${code} is an NSG entry`
      : `Code origin: the regime digit ${code[2]} of ${code} marks ${origin.regime === 'WA' || origin.regime === 'CWC' ? 'a' : 'an'} ${origin.regime} entry`;
  return { regime: origin.regime, scope, rule: origin.rule };
}

// ---------------------------------------------------------------------------------------------

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function joinText(...pieces: string[]): string {
  return squash(pieces.filter((p) => p.trim() !== '').join(' '));
}

function excerpt(text: string, max = 80): string {
  const flat = squash(text);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** One record being repaired: its text, and the defects found so far. */
class Repair {
  readonly flags: string[] = [];
  constructor(
    readonly code: string,
    public text: string,
    private readonly issues: SourceIssue[],
  ) {}

  report(problem: string, action: SourceIssue['action'], flag: string): void {
    this.issues.push({ record: this.code, problem, action });
    if (!this.flags.includes(flag)) this.flags.push(flag);
  }

  /** Cuts the text at `index`, returning what was cut. */
  cutAt(index: number): string {
    const removed = this.text.slice(index).trim();
    this.text = this.text.slice(0, index).trim();
    return removed;
  }
}

/** Strips what was glued on after the entry: the regulation's footnotes and the next section's heading. */
function stripGluedText(repair: Repair): void {
  const footnotes = FOOTNOTES.exec(repair.text);
  if (footnotes) {
    const removed = repair.cutAt(footnotes.index);
    repair.report(
      `ends with the regulation's footnotes (regime web sites, ELI, ISSN): "${excerpt(removed)}"`,
      'REPAIRED',
      "the regulation's footnotes, glued on at the end, were removed",
    );
  }
  const heading = findNextSectionHeading(repair.code, repair.text);
  if (heading !== null) {
    const removed = repair.cutAt(heading);
    repair.report(
      `ends with the start of the next section, from its heading on (${removed.length} characters): "${excerpt(removed)}"`,
      'REPAIRED',
      'the next section’s heading, glued on at the end, was removed',
    );
  }
}

/**
 * Item labels that lost their full stop in the source: one such label breaks the sequence of the whole entry, so its
 * paragraphs could not be told apart. Each is restored where the neighbouring labels leave no doubt.
 */
const LABEL_TYPOS: ReadonlyArray<{ code: string; find: RegExp; label: string; replace: string }> = [
  // 1C351.c: "11. Clostridium butyricum …; 12 Clostridium perfringens epsilon toxin producing types; 13. Coxiella burnetii"
  { code: '1C351', find: /;\s12 Clostridium perfringens/, label: '12', replace: '; 12. Clostridium perfringens' },
  // 6A003, Note 3 to 6A003.b.4.b: "c. The camera is specially designed for installation into a civilian passenger land
  // vehicle and having all of the following: 1 The placement and configuration of the camera …; 2. Is only operable …;
  // and 3. Incorporates an active mechanism …" (Note 4 writes the same list "1. The placement and configuration …").
  { code: '6A003', find: /following: 1 The placement and configuration/, label: '1', replace: 'following: 1. The placement and configuration' },
];

function restoreLabelTypos(repair: Repair): void {
  for (const typo of LABEL_TYPOS) {
    if (typo.code !== repair.code || !typo.find.test(repair.text)) continue;
    repair.text = repair.text.replace(typo.find, typo.replace);
    repair.report(`item label "${typo.label}" lacks its full stop in the source; restored`, 'REPAIRED', `item label "${typo.label}." restored`);
  }
}

/** Takes misplaced blocks out of the text; returns them for their owners. */
function takeMisplacedBlocks(repair: Repair): Array<{ owner: string; block: string; name: string }> {
  const moved: Array<{ owner: string; block: string; name: string }> = [];
  for (const { start, owner, name } of MISPLACED_BLOCKS) {
    if (repair.code === owner) continue;
    const m = start.exec(repair.text);
    if (!m) continue;
    const block = repair.cutAt(m.index);
    repair.report(`holds ${name}, which belongs to ${owner}`, 'REPAIRED', `${name} was moved to ${owner}`);
    moved.push({ owner, block, name });
  }
  return moved;
}

/** Flags and removes a dangling note marker; flags empty text; flags lost sub-item lists. */
function checkWhatIsLost(repair: Repair, heading: string, originalText: string): void {
  let dangling = false;
  for (let m = DANGLING_NOTE.exec(repair.text); m; m = DANGLING_NOTE.exec(repair.text)) {
    repair.cutAt(m.index);
    dangling = true;
  }
  if (dangling && repair.text === '') {
    repair.report(
      'text is only "Note:"; the note itself is missing from the source parse',
      'FLAGGED',
      'a note is missing from the source (the text was only "Note:")',
    );
  } else if (dangling) {
    repair.report(
      'ends with a dangling "Note:" whose note is missing from the source parse; the marker was removed',
      'REPAIRED',
      'a note at the end is missing from the source (dangling "Note:" removed)',
    );
  } else if (repair.text === '') {
    const why = squash(originalText) === '' ? 'the source gives no text beyond the heading' : 'nothing was left after the glued-on text was removed';
    repair.report(`text is empty: ${why}`, 'FLAGGED', 'no text beyond the heading');
  }

  const lost = LOST_SUB_ITEMS[repair.code];
  if (lost) {
    repair.report(`${lost} (listed in PROVENANCE.md)`, 'FLAGGED', lost);
  } else if (ANNOUNCES_LIST.test(heading)) {
    // The heading announces a list, but the text does not begin it at "a.".
    const first = FIRST_ITEM.exec(repair.text)?.[1];
    if (first !== undefined && first !== 'a') {
      const flag = `sub-items missing from the source parse (the item list starts at "${first}.")`;
      repair.report(`the heading announces a list, but the text starts at item ${first}.`, 'FLAGGED', flag);
    }
  }

  if (CATEGORY_NOTE.test(repair.text)) {
    repair.report(
      'ends with a technical note that the regulation prints after the category’s last entry and that applies to the whole category; kept in the text',
      'FLAGGED',
      'ends with a category-wide technical note (kept)',
    );
  }
}

/**
 * The entry's item paragraphs as parts (`1C001.a`, `1C001.c.1`), read from its repaired text, which stays
 * whole. Labels that do not run in order give no parts at all, and a FLAGGED issue says where they break.
 */
function itemParts(raw: RawEntry, repair: Repair, keptFromSource: boolean): EntryRecord[] {
  if (keptFromSource) {
    repair.report(
      'the source gives sub-records that read as paragraphs; they are kept as its parts and the text is not split',
      'FLAGGED',
      'parts as the source records give them; the text was not split into item paragraphs',
    );
    return [];
  }
  // An entry PROVENANCE.md lists as having lost its sub-item lists is bridged like any other: where the notes before
  // its first label name the paragraph it follows (9E003 from "d.", 6A008 from "j."), the items after the loss are read,
  // each code matching the CCL's; the loss stays FLAGGED above.
  const found = euParts(raw.code, repair.text);
  if (found.status === 'OUT_OF_ORDER') {
    repair.report(`no parts: ${found.problem}`, 'FLAGGED', 'not split into parts: the item labels do not run in order');
    return [];
  }
  if (found.status === 'NONE') {
    if (ANNOUNCES_LIST.test(raw.label)) {
      repair.report(
        'no parts: the heading announces a list, but the text has no item labels outside its notes',
        'FLAGGED',
        'not split into parts: no item labels outside notes',
      );
    }
    return [];
  }
  for (const gap of found.gaps) {
    const label = gap.code.slice(gap.code.lastIndexOf('.') + 1);
    repair.report(
      `items lost before ${gap.code}: the text goes on from ${gap.after ?? 'the heading'} at "${label}.", which follows ${gap.follows} ` +
        'as the note just before it names it; the parts around the gap are read, the lost items have none',
      'FLAGGED',
      'parts read around items the source lost',
    );
  }
  return found.parts.map((part) => ({
    code: part.code,
    parentCode: part.parentCode,
    kind: 'PART' as const,
    title: part.title,
    text: part.text,
    category: Number(raw.category),
    group: raw.subgroup,
    depth: part.depth,
    itar: false,
    flags: [],
  }));
}

/**
 * Parses Annex I. Entries are the depth-0 records; the deeper records are judged one by one:
 * note text split off by the parse is folded back into its entry ("… Note: 0A001.i does not control
 * … j. Neutron detectors …"), anything else is kept as a PART of its entry. Each entry's item paragraphs
 * then become its parts, coded as the CCL codes them (euParts.ts).
 */
export function parseEuAnnexI(json: string, meta: { file: string; sha256: string }): ParsedList {
  const { sections } = readAnnex(json, meta.file);
  const issues: SourceIssue[] = [];

  type Draft = { raw: RawEntry; repair: Repair; kind: 'ENTRY' | 'PART'; parentCode: string | null; original: string };
  const drafts: Draft[] = [];
  const moved: Array<{ owner: string; block: string; name: string; from: string }> = [];

  for (const { entry, children } of sections) {
    const repair = new Repair(entry.code, squash(entry.full_content), issues);
    let folded = 0;
    const parts: Draft[] = [];
    for (const child of children) {
      const { subject, words } = noteSubject(child);
      if (readsAsNote(words)) {
        repair.text = joinText(repair.text, `${subject} ${words}`, child.full_content);
        folded += 1;
        const carried = squash(child.full_content) === '' ? '' : ' and the entry text that followed it';
        issues.push({
          record: child.code,
          problem: `not an entry: the parse made the note "${excerpt(`${subject} ${words}`, 60)}"${carried} a depth-${child.depth} record; folded back into ${entry.code}`,
          action: 'REPAIRED',
        });
      } else {
        const part = new Repair(child.code, squash(child.full_content), issues);
        part.report(
          `depth-${child.depth} record whose heading does not read as note text; kept as a part of ${entry.code}`,
          'FLAGGED',
          'kept as a sub-paragraph of its entry as the source gives it',
        );
        parts.push({ raw: child, repair: part, kind: 'PART', parentCode: entry.code, original: child.full_content });
      }
    }
    if (folded > 0) {
      repair.flags.push(
        folded === 1
          ? 'a note the source parse had split off into a fake sub-entry was folded back into the text'
          : `${folded} notes the source parse had split off into fake sub-entries were folded back into the text`,
      );
    }
    drafts.push({ raw: entry, repair, kind: 'ENTRY', parentCode: null, original: entry.full_content }, ...parts);
  }

  for (const draft of drafts) {
    stripGluedText(draft.repair);
    restoreLabelTypos(draft.repair);
    for (const m of takeMisplacedBlocks(draft.repair)) moved.push({ ...m, from: draft.raw.code });
  }
  for (const { owner, block, name, from } of moved) {
    const target = drafts.find((d) => d.raw.code === owner);
    if (target && MISPLACED_BLOCKS.some((b) => b.owner === owner && b.ownerCue.test(target.repair.text))) {
      target.repair.text = joinText(target.repair.text, block);
      target.repair.report(`${name} was attached to ${from} in the source parse; moved here`, 'REPAIRED', `${name} moved here from ${from}`);
    } else {
      issues.push({ record: from, problem: `${name} could not be placed: ${owner} does not refer to it; left out`, action: 'SKIPPED' });
    }
  }
  for (const draft of drafts) checkWhatIsLost(draft.repair, draft.raw.label, draft.original);
  const textParts = new Map<string, EntryRecord[]>();
  for (const draft of drafts) {
    if (draft.kind !== 'ENTRY') continue;
    const keptFromSource = drafts.some((d) => d.kind === 'PART' && d.parentCode === draft.raw.code);
    textParts.set(draft.raw.code, itemParts(draft.raw, draft.repair, keptFromSource));
  }

  const knownCodes = new Set(sections.map((s) => s.entry.code));
  const entries: EntryRecord[] = [];
  const attributions: AttributionRecord[] = [];
  const references: ReferenceRecord[] = [];
  const supports: SupportRecord[] = [];

  for (const { raw, repair, kind, parentCode } of drafts) {
    const origin = kind === 'ENTRY' ? euCodeOrigin(raw.code) : null;
    if (kind === 'ENTRY' && !origin) repair.flags.push(`EU-only code (regime digit ${raw.code[2]})`);
    if (origin) attributions.push({ code: raw.code, regime: origin.regime, basis: 'CODE_ORIGIN', scope: origin.scope, wholeEntry: true, column: null, rule: origin.rule });

    entries.push({
      code: raw.code,
      parentCode,
      kind,
      title: squash(raw.label),
      text: repair.text,
      category: Number(raw.category),
      group: raw.subgroup,
      depth: raw.depth,
      itar: false,
      flags: repair.flags,
    });

    entries.push(...(textParts.get(raw.code) ?? []));

    // The heading is the entry's first sentence and often its only one ("1E001 "Technology" … for the
    // "development" of equipment specified in 1A002 …"), so links are read from heading and text.
    const wording = `${squash(raw.label)}\n${repair.text}`;
    references.push(...extractReferences(raw.code, wording, { knownCodes }));
    supports.push(...extractSupports(raw.code, wording, { knownCodes }));
  }

  return ParsedList.parse({
    list: {
      id: 'eu-annex-i@2025-11-15',
      jurisdiction: 'EU',
      title: 'EU Dual-Use Regulation (EU) 2021/821, Annex I',
      version: '2025-11-15 consolidation',
      source:
        'EUR-Lex consolidated text of Regulation (EU) 2021/821 Annex I of 2025-11-15 (as amended by Delegated Regulation (EU) 2025/2003), ' +
        'English, parsed to JSON by GitHub dkmcustoms-web/dual-use-v1 (data/annex_i_en_2025-11.json, commit 2e697d03); ' +
        'parse defects repaired or flagged on import',
      sha256: meta.sha256,
      kind: 'NATIONAL',
    },
    entries,
    attributions,
    reasons: [],
    references,
    supports,
    issues,
  });
}
