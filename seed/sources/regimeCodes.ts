// The regimes' own item numbering (MTCR Annex; NSG Parts 1 and 2) from the UK licensing system's
// code lists: codes and hierarchy only, no text. Each regime becomes one REGIME ControlList.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  ParsedList,
  type AttributionRecord,
  type EntryRecord,
  type SourceIssue,
} from '../model.js';
import type { EntryKind, ProductGroup, RegimeCode } from '../../src/domain/vocabulary.js';
import { readCsv } from '../parse/csv.js';
import { SourceFormatError } from '../sourceError.js';

/**
 * Where a regime list came from: the file names in the order the parser takes them, and one
 * sha256 over their contents concatenated in that order (see `combinedSha256`), because a
 * ControlList records a single digest for the version it loaded.
 */
export interface RegimeCodesMeta {
  files: string[];
  sha256: string;
}

/** The sha256 (hex) of the given file contents concatenated in order, as RegimeCodesMeta expects. */
export function combinedSha256(contents: readonly (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const content of contents) hash.update(content);
  return hash.digest('hex');
}

const CODE_ONLY_TEXT = "Code only: the UK implementation lists this item number; the regime's text is not in the source data.";
const IMPLIED_TEXT =
  "Code only: implied by the numbering of its sub-items in the UK implementation, which does not list it itself; the regime's text is not in the source data.";
const IMPLIED_FLAG = 'not listed in the source file; implied by the numbering of its sub-items';

/**
 * How one numbering scheme reads its codes. A code is a one-letter prefix (M, N, T) and tokens:
 * MTCR `M2A1b1` → [2, A, 1, b, 1] (item 2, group A, entry 1, sub-items b.1); NSG Part 2 `N2C13`
 * → [2, C, 13]; trigger list `T5.1.2a1` → [5, 1, 2, a, 1] and `TA1.1` → [A1, 1].
 * Ancestors are the code's prefixes ending at token boundaries.
 */
interface Scheme {
  prefix: 'M' | 'N' | 'T';
  /** Tokens after the prefix, with each token's end offset in the code; null when the code is not of this scheme. */
  tokenize(code: string): { token: string; end: number }[] | null;
  /** Tokens up to and including the entry level; deeper tokens are sub-paragraphs (PART). */
  entryTokens: number;
  category(tokens: string[]): number | null;
  group(tokens: string[]): ProductGroup | null;
  title(tokens: string[], source: RowSource): string;
  scope(source: RowSource): string;
}

/** What a row's file says about the part of the regime it belongs to. */
interface RowSource {
  file: string;
  /** MTCR Category I or II; null for NSG (its part follows from the scheme: T… Part 1, N… Part 2). */
  mtcrCategory: 'I' | 'II' | null;
}

/** Splits `rest` into runs of digits and of letters, recording where each run ends in the full code. */
function runs(rest: string, offset: number): { token: string; end: number }[] {
  const out: { token: string; end: number }[] = [];
  for (const m of rest.matchAll(/\d+|[A-Za-z]+|\./g)) {
    if (m[0] === '.') continue;
    out.push({ token: m[0], end: offset + m.index + m[0].length });
  }
  return out;
}

// MTCR and NSG Part 2 share a shape: number, product group letter, number, then sub-items
// alternating lower-case letters and numbers.
const LETTER_GROUP_CODE = /^(\d{1,2})(?:([A-E])(?:(\d{1,2})((?:[a-z]|\d{1,2})*))?)?$/;

const MTCR: Scheme = {
  prefix: 'M',
  tokenize: (code) => (code.startsWith('M') && LETTER_GROUP_CODE.test(code.slice(1)) ? runs(code.slice(1), 1) : null),
  entryTokens: 3,
  category: (tokens) => Number(tokens[0]),
  group: (tokens) => (tokens[1] as ProductGroup | undefined) ?? null,
  title: (tokens, source) => `MTCR Annex item ${tokens.join('.')} (Category ${source.mtcrCategory})`,
  scope: (source) => `Listed in the MTCR Annex, Category ${source.mtcrCategory}`,
};

const NSG_PART_LABEL = { 1: 'Part 1 (trigger list, INFCIRC/254/Part 1)', 2: 'Part 2 (dual-use list, INFCIRC/254/Part 2)' } as const;

const NSG_DUAL_USE: Scheme = {
  prefix: 'N',
  tokenize: (code) => {
    if (code === 'N') return [];
    return code.startsWith('N') && LETTER_GROUP_CODE.test(code.slice(1)) ? runs(code.slice(1), 1) : null;
  },
  entryTokens: 3,
  category: (tokens) => (tokens[0] === undefined ? null : Number(tokens[0])),
  group: (tokens) => (tokens[1] as ProductGroup | undefined) ?? null,
  title: (tokens) => (tokens.length === 0 ? 'NSG Part 2 (dual-use list)' : `NSG Part 2 (dual-use list) item ${tokens.join('.')}`),
  scope: () => `Listed in the NSG Guidelines, ${NSG_PART_LABEL[2]}`,
};

// Trigger-list codes are dotted: `T5.1.2a1`. The UK list also has a `TA1` branch (TA1.1, TA1.2),
// which appears to number Annex A item 1 of INFCIRC/254/Part 1 (source and special fissionable
// material) rather than an Annex B section; "A1" is kept as one token and gets no category.
const TRIGGER_CODE = /^(A?\d{1,2})((?:\.\d{1,2}[a-z]?\d?)*)$/;

const NSG_TRIGGER: Scheme = {
  prefix: 'T',
  tokenize: (code) => {
    if (code === 'T') return [];
    if (!code.startsWith('T') || !TRIGGER_CODE.test(code.slice(1))) return null;
    const section = /^A?\d+/.exec(code.slice(1))![0];
    return [{ token: section, end: 1 + section.length }, ...runs(code.slice(1 + section.length), 1 + section.length)];
  },
  entryTokens: 2,
  category: (tokens) => (tokens[0] !== undefined && /^\d+$/.test(tokens[0]) ? Number(tokens[0]) : null),
  group: () => null,
  title: (tokens) => (tokens.length === 0 ? 'NSG Part 1 (trigger list)' : `NSG Part 1 (trigger list) item ${tokens.join('.')}`),
  scope: () => `Listed in the NSG Guidelines, ${NSG_PART_LABEL[1]}`,
};

const Status = z.enum(['ACTIVE', 'PARENT']);
const Depth = z.string().regex(/^\d+$/, 'depth must be a whole number').transform(Number);
const Country = z.literal('UK', { error: 'country must be UK' });

/** MTCR rows: `code,status,depth,country,category`, e.g. `M2A1b1,ACTIVE,6,UK,Cat 1`. */
const MtcrRow = z.tuple([z.string().min(1), Status, Depth, Country, z.enum(['Cat 1', 'Cat 2'])]);
/** NSG rows: `code,status,depth,country`, e.g. `N2C13,ACTIVE,4,UK`. */
const NsgRow = z.tuple([z.string().min(1), Status, Depth, Country]);

/** One code as read from a file. */
interface CodeRow {
  code: string;
  line: number;
  fileDepth: number;
  tokens: { token: string; end: number }[];
  source: RowSource;
}

function rowProblem(error: z.ZodError): string {
  const names = ['code', 'status', 'depth', 'country', 'category'];
  return error.issues.map((issue) => `${names[Number(issue.path[0])] ?? 'row'}: ${issue.message}`).join('; ');
}

/** Reads and validates one code file; every row error names its line. */
function readCodeFile(text: string, source: RowSource, scheme: Scheme): CodeRow[] {
  const isMtcr = scheme === MTCR;
  const expectedFields = isMtcr ? 5 : 4;
  const expectedCategory = source.mtcrCategory === 'I' ? 'Cat 1' : 'Cat 2';
  return readCsv(text, source.file).map(({ line, fields }) => {
    if (fields.length !== expectedFields) {
      throw new SourceFormatError(source.file, `line ${line}`, `expected ${expectedFields} fields, found ${fields.length}`);
    }
    const parsed = (isMtcr ? MtcrRow : NsgRow).safeParse(fields.map((f) => f.trim()));
    if (!parsed.success) throw new SourceFormatError(source.file, `line ${line}`, rowProblem(parsed.error));
    const [code, , fileDepth, , category] = parsed.data;
    if (isMtcr && category !== expectedCategory) {
      throw new SourceFormatError(source.file, `line ${line}`, `category "${category}" in the ${expectedCategory} file`);
    }
    const tokens = scheme.tokenize(code);
    if (!tokens) throw new SourceFormatError(source.file, `line ${line}`, `"${code}" is not a ${scheme.prefix}-code of this list`);
    return { code, line, fileDepth, tokens, source };
  });
}

/**
 * Builds entries with hierarchy from the rows of one or more files of the same scheme.
 *
 * Hierarchy: a code's parent is the longest shorter code that is a prefix of it at a token boundary
 * (`T1.1` is not the parent of `T1.10`). The UK files list mostly assignable leaves — the MTCR files
 * hold no parents at all — so ancestors that the numbering implies but the file omits
 * (M2A1b1 → M2A1b → M2A1 → M2A → M2) are added, flagged as implied, never invented beyond that:
 * reserved MTCR items 5, 7 and 8 have no codes and so do not appear.
 *
 * Kind and depth: ENTRY down to the entry level (MTCR/NSG Part 2 `2.A.1`, trigger list `5.1`) and
 * for the headings above it (item, group, section); PART for sub-paragraphs below. `depth` is the
 * code's position in that hierarchy (top = 0), the same rule for every list. The files' own depth
 * column follows a different origin per file and is wrong in places (M19B1 at 0, N6C1f–n at 0),
 * so it is only checked: a row whose depth differs from the one its file gives every other code of
 * the same shape is flagged.
 */
function buildEntries(
  scheme: Scheme,
  rows: CodeRow[],
  regime: RegimeCode,
): { entries: EntryRecord[]; attributions: AttributionRecord[]; issues: SourceIssue[] } {
  const issues: SourceIssue[] = [];
  const byCode = new Map<string, CodeRow>();
  for (const row of rows) {
    const earlier = byCode.get(row.code);
    if (earlier) {
      throw new SourceFormatError(row.source.file, `line ${row.line}`, `${row.code} repeats line ${earlier.line} of ${earlier.source.file}`);
    }
    byCode.set(row.code, row);
  }

  // Implied ancestors, each taking its source (MTCR category, NSG part) from the first descendant seen.
  const implied = new Map<string, { tokens: string[]; source: RowSource }>();
  const impliedPerFile = new Map<string, number>();
  for (const row of rows) {
    const all = row.tokens.map((t) => t.token);
    for (let k = row.tokens.length - 1; k >= 1; k--) {
      const ancestor = row.code.slice(0, row.tokens[k - 1]!.end);
      if (byCode.has(ancestor) || implied.has(ancestor)) continue;
      implied.set(ancestor, { tokens: all.slice(0, k), source: row.source });
      impliedPerFile.set(row.source.file, (impliedPerFile.get(row.source.file) ?? 0) + 1);
    }
  }
  for (const [file, count] of impliedPerFile) {
    issues.push({
      record: file,
      problem: `the file lists only some levels of the numbering; ${count} parent codes implied by their sub-items are missing`,
      action: 'REPAIRED',
    });
  }

  // The depth each file gives codes with a given number of tokens, by majority.
  const usualDepth = new Map<string, number>();
  const tally = new Map<string, Map<number, number>>();
  for (const row of rows) {
    const shape = `${row.source.file}|${row.tokens.length}`;
    const counts = tally.get(shape) ?? new Map<number, number>();
    counts.set(row.fileDepth, (counts.get(row.fileDepth) ?? 0) + 1);
    tally.set(shape, counts);
  }
  for (const [shape, counts] of tally) {
    usualDepth.set(shape, [...counts].sort((a, b) => b[1] - a[1])[0]![0]);
  }

  const root = scheme.prefix === 'M' ? null : scheme.prefix; // NSG files have a root code (N, T); MTCR has none.
  const codes = [...byCode.keys(), ...implied.keys()];
  const present = new Set(codes);
  const entries: EntryRecord[] = [];
  const attributions: AttributionRecord[] = [];

  for (const code of codes) {
    const row = byCode.get(code);
    const tokens = row ? row.tokens.map((t) => t.token) : implied.get(code)!.tokens;
    const source = row ? row.source : implied.get(code)!.source;
    const ends = (row ? row.tokens : scheme.tokenize(code)!).map((t) => t.end);

    let parentCode: string | null = null;
    for (let k = tokens.length - 1; k >= 1 && parentCode === null; k--) {
      const candidate = code.slice(0, ends[k - 1]);
      if (present.has(candidate)) parentCode = candidate;
    }
    if (parentCode === null && tokens.length > 0 && root !== null && present.has(root)) parentCode = root;
    const depth = tokens.length - (root === null ? 1 : 0);

    const flags: string[] = [];
    if (!row) flags.push(IMPLIED_FLAG);
    if (row) {
      const usual = usualDepth.get(`${row.source.file}|${row.tokens.length}`)!;
      if (row.fileDepth !== usual) {
        const problem = `the file gives depth ${row.fileDepth}, but depth ${usual} for the other codes of this shape`;
        flags.push(`depth in the source file (${row.fileDepth}) is inconsistent; depth taken from the code's position`);
        issues.push({ record: code, problem, action: 'FLAGGED' });
      }
    }

    const kind: EntryKind = tokens.length <= scheme.entryTokens ? 'ENTRY' : 'PART';
    entries.push({
      code,
      parentCode,
      kind,
      title: scheme.title(tokens, source),
      text: row ? CODE_ONLY_TEXT : IMPLIED_TEXT,
      category: tokens.length === 0 ? null : scheme.category(tokens),
      group: scheme.group(tokens),
      depth,
      itar: false,
      flags,
    });
    attributions.push({ code, regime, basis: 'REGIME_LIST', scope: scheme.scope(source), wholeEntry: true, column: null, rule: 'REGIME_LIST' });
  }

  entries.sort((a, b) => compareCodes(a.code, b.code));
  attributions.sort((a, b) => compareCodes(a.code, b.code));
  return { entries, attributions, issues };
}

/** Natural order, so M2 < M10 and T1.2 < T1.10. */
function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function requireFiles(meta: RegimeCodesMeta, count: number, what: string): void {
  if (meta.files.length !== count) throw new Error(`${what}: meta.files must name ${count} files, got ${meta.files.length}`);
}

/**
 * The MTCR Annex numbering. `meta.files` = [Category I file, Category II file]; `meta.sha256` is
 * `combinedSha256([csvCat1, csvCat2])`.
 */
export function parseMtcrCodes(csvCat1: string, csvCat2: string, meta: RegimeCodesMeta): ParsedList {
  requireFiles(meta, 2, 'parseMtcrCodes');
  const [fileCat1, fileCat2] = meta.files as [string, string];
  const rows = [
    ...readCodeFile(csvCat1, { file: fileCat1, mtcrCategory: 'I' }, MTCR),
    ...readCodeFile(csvCat2, { file: fileCat2, mtcrCategory: 'II' }, MTCR),
  ];
  const { entries, attributions, issues } = buildEntries(MTCR, rows, 'MTCR');
  return ParsedList.parse({
    list: {
      id: 'mtcr-annex@uk-2022',
      jurisdiction: 'MTCR',
      title: 'MTCR Equipment, Software and Technology Annex (item numbering)',
      version: 'UK LITE enumeration, 2022-09-22',
      source:
        'uktrade/lite-api api/staticdata/regimes/migrations/data/ (commit e24dded6, 2022-09-22, MIT): ' +
        'the UK licensing system’s MTCR Annex codes, Categories I and II; codes only, no text; ' +
        'items 5, 7 and 8 are reserved in the Annex',
      sha256: meta.sha256,
      kind: 'REGIME',
    },
    entries,
    attributions,
    reasons: [],
    references: [],
    supports: [],
    issues,
  });
}

/**
 * The NSG Guidelines numbering, Part 1 (trigger list, `T…`) and Part 2 (dual-use list, `N…`) in one
 * list. `meta.files` = [trigger-list file, dual-use file]; `meta.sha256` is
 * `combinedSha256([csvTrigger, csvDualUse])`.
 */
export function parseNsgCodes(csvTrigger: string, csvDualUse: string, meta: RegimeCodesMeta): ParsedList {
  requireFiles(meta, 2, 'parseNsgCodes');
  const [fileTrigger, fileDualUse] = meta.files as [string, string];
  const trigger = buildEntries(NSG_TRIGGER, readCodeFile(csvTrigger, { file: fileTrigger, mtcrCategory: null }, NSG_TRIGGER), 'NSG');
  const dualUse = buildEntries(NSG_DUAL_USE, readCodeFile(csvDualUse, { file: fileDualUse, mtcrCategory: null }, NSG_DUAL_USE), 'NSG');
  return ParsedList.parse({
    list: {
      id: 'nsg-guidelines@uk-2022',
      jurisdiction: 'NSG',
      title: 'NSG Guidelines, INFCIRC/254 Parts 1 and 2 (item numbering)',
      version: 'UK LITE enumeration, 2022-12-14',
      source:
        'uktrade/lite-api api/staticdata/regimes/migrations/data/ (commit 7ac859a8, 2022-12-14, MIT): ' +
        'the UK licensing system’s NSG trigger list (Part 1) and dual-use list (Part 2) codes; codes only, no text',
      sha256: meta.sha256,
      kind: 'REGIME',
    },
    entries: [...trigger.entries, ...dualUse.entries],
    attributions: [...trigger.attributions, ...dualUse.attributions],
    reasons: [],
    references: [],
    supports: [],
    issues: [...trigger.issues, ...dualUse.issues],
  });
}
