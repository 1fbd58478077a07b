// The sources Concordance loads, and the import of one or all of them. A source is parsed and validated
// whole before anything is written; each write is one transaction, so a bad file leaves the graph as it was.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../graph/runtime/paths.js';
import type { Executor } from '../src/db/executor.js';
import { DEFAULT_TAXONOMY_FILE, loadTaxonomy } from './enrich/technologies.js';
import type { ParsedList } from './model.js';
import { parseCcl } from './sources/ccl.js';
import { parseEuAnnexI } from './sources/euAnnexI.js';
import { parseMemberships, parseUsCountryGroups } from './sources/memberships.js';
import { combinedSha256, parseMtcrCodes, parseNsgCodes } from './sources/regimeCodes.js';
import { assertText, SourceFormatError } from './sourceError.js';
import { writeMemberships } from './load/writeMemberships.js';
import { writeList, type ListLoadResult } from './load/writeList.js';
import { deriveCounterparts } from './load/writeCounterparts.js';
import { writeTechnologies } from './load/writeTechnologies.js';

const data = (...parts: string[]) => join(projectRoot, 'seed', 'data', ...parts);

export const SOURCES = {
  technologies: { files: [DEFAULT_TAXONOMY_FILE], about: 'the technology taxonomy (seed/taxonomy/technologies.json), applied to every entry' },
  memberships: {
    files: [data('memberships', 'memberships.csv'), data('us-country-groups', 'country-groups.json')],
    about: 'regime participants (memberships.csv) and the US country-group view (country-groups.json)',
  },
  'us-ccl': { files: [data('us-ccl', 'ccl_supp1.xml')], about: 'the US Commerce Control List, eCFR XML' },
  'eu-annex-i': { files: [data('eu-annex-i', 'annex_i_en_2025-11.json')], about: 'EU Regulation 2021/821 Annex I, JSON' },
  mtcr: {
    files: [data('regime-codes', 'MTCR_Cat_1_regimes.csv'), data('regime-codes', 'MTCR_Cat_2_regimes.csv')],
    about: 'MTCR Annex item codes, Category I and II CSVs',
  },
  nsg: {
    files: [data('regime-codes', 'NSG_Potential_trigger_list.csv'), data('regime-codes', 'NSG_Dual_use.csv')],
    about: 'NSG Part 1 (trigger list) and Part 2 (dual-use) item codes CSVs',
  },
} as const;
export type SourceName = keyof typeof SOURCES;
export const SOURCE_NAMES = Object.keys(SOURCES) as SourceName[];
/** Import order: each list applies the taxonomy to its own entries; the taxonomy step last re-applies it to all. */
const ALL_IN_ORDER: SourceName[] = ['memberships', 'us-ccl', 'eu-annex-i', 'mtcr', 'nsg', 'technologies'];

export interface ImportOptions {
  /** Files to read instead of the seed copies, in the order SOURCES lists them. */
  files?: string[];
  /** A version label for a list source (e.g. the eCFR date of a newer CCL); the list id follows it. */
  version?: string;
  /** Reload a list that is already loaded under the same id. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface SourceResult {
  source: SourceName;
  summary: string;
  list?: ListLoadResult;
}

interface SourceFile {
  path: string;
  name: string;
  bytes: Buffer;
  text: string;
}

/** Reads a source file; it must be UTF-8 text, so that no error ever quotes undecodable bytes. */
export function readSource(path: string): SourceFile {
  const name = relative(projectRoot, path).startsWith('..') ? path : relative(projectRoot, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new SourceFormatError(name, 'file', `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  assertText(bytes, name);
  return { path, name, bytes, text: bytes.toString('utf8') };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function withVersion(parsed: ParsedList, version: string | undefined): ParsedList {
  if (version === undefined) return parsed;
  const slug = version.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '');
  if (slug.length === 0) throw new Error(`--version '${version}' has no letters or digits to name the list by`);
  const prefix = parsed.list.id.split('@')[0];
  return { ...parsed, list: { ...parsed.list, id: `${prefix}@${slug}`, version } };
}

/** Parses a list source fully (zod-validated) without touching the database. */
export function parseListSource(source: Exclude<SourceName, 'technologies' | 'memberships'>, files: SourceFile[]): ParsedList {
  const [first, second] = files;
  if (!first) throw new Error(`${source} needs ${SOURCES[source].files.length} file(s)`);
  switch (source) {
    case 'us-ccl':
      return parseCcl(first.text, { file: first.name, sha256: sha256(first.bytes) });
    case 'eu-annex-i':
      return parseEuAnnexI(first.text, { file: first.name, sha256: sha256(first.bytes) });
    case 'mtcr':
    case 'nsg': {
      if (!second) throw new Error(`${source} needs two files: ${SOURCES[source].about}`);
      const meta = { files: [first.name, second.name], sha256: combinedSha256([first.bytes, second.bytes]) };
      return source === 'mtcr' ? parseMtcrCodes(first.text, second.text, meta) : parseNsgCodes(first.text, second.text, meta);
    }
  }
}

/** Imports one source, then has what runs next planned on the data it wrote. */
export async function importSource(executor: Executor, source: SourceName, options: ImportOptions = {}): Promise<SourceResult> {
  const result = await writeSource(executor, source, options);
  await replan(executor);
  return result;
}

async function writeSource(executor: Executor, source: SourceName, options: ImportOptions): Promise<SourceResult> {
  const log = options.log ?? (() => {});
  const paths = options.files ?? [...SOURCES[source].files];
  if (paths.length !== SOURCES[source].files.length) {
    throw new Error(`${source} takes ${SOURCES[source].files.length} file(s): ${SOURCES[source].about}; got ${paths.length}`);
  }
  const files = paths.map(readSource);
  log(`${source}: reading ${files.map((f) => f.name).join(', ')}`);

  if (source === 'technologies' || source === 'memberships') {
    const digest = combinedSha256(files.map((f) => f.bytes));
    const previous = await executor.read('import/source-find', { source });
    if (previous[0]?.sha256 === digest && !options.force) return { source, summary: 'already loaded from these files: nothing changed' };
    const result = await importReferenceSource(executor, source, files);
    await executor.write('import/source-record', { source, sha256: digest, files: files.map((f) => f.name) }, `import:${source}`);
    return result;
  }
  const parsed = withVersion(parseListSource(source, files), options.version);
  log(`${source}: parsed ${parsed.entries.length} entries, ${parsed.issues.length} source issues reported; writing ${parsed.list.id}`);
  const taxonomy = loadTaxonomy();
  const result = await writeList(executor, parsed, taxonomy, log, { force: options.force });
  const counterparts = await deriveCounterparts(executor, parsed.list.id, { force: result.status === 'loaded' });
  if (counterparts.status === 'derived') log(`${source}: counterparts: ${counterparts.pairs} same-code pairs (${Object.entries(counterparts.verdicts).map(([k, v]) => `${v} ${k}`).join(', ')}), ${counterparts.noCounterpart} entries without one`);
  const summary =
    result.status === 'unchanged'
      ? `${parsed.list.id} already loaded from this file: nothing changed`
      : `${parsed.list.id}: ${Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(', ')}; ${result.unresolved.length} links to codes not in the list`;
  return { source, summary, list: result };
}

/** The taxonomy and the memberships: reference data that replaces what was there, in one transaction. */
async function importReferenceSource(executor: Executor, source: 'technologies' | 'memberships', files: SourceFile[]): Promise<SourceResult> {
  if (source === 'technologies') {
    const taxonomy = loadTaxonomy(files[0]?.path);
    const result = await writeTechnologies(executor, taxonomy);
    return { source, summary: `${result.areas} technology areas, ${result.assignments} entry assignments` };
  }
  const [roster, groups] = files as [SourceFile, SourceFile];
  const regimeView = parseMemberships(roster.text, roster.name);
  const usView = parseUsCountryGroups(groups.text, groups.name, regimeView);
  const counts = await writeMemberships(executor, [...regimeView, ...usView]);
  return { source, summary: `${regimeView.length} regime participations, ${usView.length} US country-group participations (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')})` };
}

export async function importAll(executor: Executor, options: Pick<ImportOptions, 'log' | 'force'> = {}): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for (const source of ALL_IN_ORDER) {
    const result = await writeSource(executor, source, options);
    options.log?.(`${source}: ${result.summary}`);
    results.push(result);
  }
  await replan(executor);
  return results;
}

/** Statistics sampled again and plans dropped, so what runs next is planned on the data just written. */
async function replan(executor: Executor): Promise<void> {
  await executor.read('import/replan', {}, 'import:replan');
}
