// PROFILE database hits of each report and lookup statement at each scale (the real lists, then synthetic copies up
// to 10x …), one row per statement and question, and the growth from 1x: which statements grow with other lists.
// Faster than the full benchmark (no services, no timing): `npx tsx bench/profile.ts --scales 1,10 --bolt-port 7843`.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { stopLocalNeo4j } from '../graph/runtime/localNeo4j.js';
import { instanceHome } from '../graph/runtime/paths.js';
import { bootDatabase } from '../src/boot.js';
import { cypher } from '../src/db/queries.js';
import { importAll, parseListSource, SOURCES } from '../seed/importer.js';
import { loadTaxonomy } from '../seed/enrich/technologies.js';
import { writeList } from '../seed/load/writeList.js';
import { entryIdRange, searchParams } from '../src/repositories/entries.js';
import { toLucene, toTitleLucene } from '../src/services/search.js';
import { defineCommand, exitForCommandLine, parseCommandLine } from '../src/cli/args.js';
import { STATEMENT_TIMEOUT_MS } from './measure.js';
import { syntheticCopy } from './synthetic.js';

const PROFILE_COMMAND = defineCommand({
  usage: ['npx tsx bench/profile.ts [options]'],
  positionals: false,
  options: {
    scales: { type: 'string', value: 'N,N', description: 'data sizes, as multiples of the real lists, starting with 1', default: '1,10' },
    'bolt-port': { type: 'string', value: 'PORT', description: "Bolt port of this tool's own Neo4j, the 'perf' instance", default: '7843' },
    only: { type: 'string', value: 'WORD', description: 'profile only the rows whose name contains this', default: '' },
    keep: { type: 'boolean', description: 'leave the Neo4j running with the data of the last scale', default: false },
    reuse: { type: 'boolean', description: 'profile the data of a Neo4j left running by --keep, loading nothing', default: false },
  },
  notes: ['example: npx tsx bench/profile.ts --scales 1,10 --bolt-port 7843'],
});

let values: { scales: string; 'bolt-port': string; only: string; keep: boolean; reuse: boolean };
try {
  values = parseCommandLine(PROFILE_COMMAND, process.argv.slice(2)).values;
} catch (error) {
  exitForCommandLine('profile', error);
  throw error;
}
const SCALES = values.scales.split(',').map(Number);
const INSTANCE = 'perf';

const CCL = 'us-ccl@ecfr-2026';
const EU = 'eu-annex-i@2025-11-15';
const ENTRY_FILTER = { list: CCL, regime: 'MTCR', basis: null, category: null, group: null, kind: null, technology: null, hasThreshold: null, itar: null };
const NO_LINKS = { attributions: true, reasons: false, references: true, referencedBy: false, supports: false, supportedBy: false, sameCode: false, technologies: false, thresholds: false, parts: false, parent: false };

type Row = [label: string, query: string, params: Record<string, unknown>];
const scoped = (label: string, query: string, params: Record<string, unknown>): Row[] => [
  [`${label}, all lists`, query, { ...params, list: null }],
  [`${label}, CCL`, query, { ...params, list: CCL }],
  [`${label}, EU`, query, { ...params, list: EU }],
];
const overlap = { regimes: ['WA', 'MTCR'], category: null };
const EVERY_ROW: Row[] = [
  ['control-lists', 'control-lists', {}],
  ['list-ids', 'list-ids', {}],
  ['entry by code', 'entries/by-code', { list: CCL, codes: ['9A012'], links: NO_LINKS }],
  ['search', 'entries/search', searchParams({ lucene: toLucene('gas centrifuge rotor'), titleLucene: toTitleLucene('gas centrifuge rotor'), list: null, limit: 10 })],
  ['search, CCL', 'entries/search', searchParams({ lucene: toLucene('gas centrifuge rotor'), titleLucene: toTitleLucene('gas centrifuge rotor'), list: CCL, limit: 10 })],
  ['entries page, CCL MTCR', 'entries/page', { ...ENTRY_FILTER, ...entryIdRange(CCL, null), limit: neo4j.int(21) }],
  ['entries count, CCL MTCR', 'entries/count', ENTRY_FILTER],
  ['entries count by regime, CCL MTCR', 'entries/count-by-regime', { regime: 'MTCR', kind: null, list: CCL }],
  ...scoped('basis', 'reports/basis', { nationalOnly: false }),
  ...scoped('gaps NSG/WA', 'reports/gaps', { regime: 'NSG', against: 'WA', category: null }),
  ...scoped('gaps WA/MTCR', 'reports/gaps', { regime: 'WA', against: 'MTCR', category: null }),
  ...scoped('gaps-elsewhere MTCR/WA', 'reports/gaps-elsewhere', { regime: 'MTCR', against: 'WA', category: null }),
  ...scoped('itt MTCR', 'reports/itt-coverage', { regime: 'MTCR', category: null }),
  ...scoped('itt WA', 'reports/itt-coverage', { regime: 'WA', category: null }),
  ...scoped('overlap-shared', 'reports/overlap-shared', overlap),
  ...scoped('overlap-shared-parts', 'reports/overlap-shared-parts', overlap),
  ...scoped('overlap-references', 'reports/overlap-references', overlap),
  ...scoped('overlap-shared-technology', 'reports/overlap-shared-technology', overlap),
  ...scoped('overlap-technologies', 'reports/overlap-technologies', overlap),
  ...scoped('threshold-comparison', 'reports/threshold-comparison', { regimes: ['WA', 'MTCR'], technology: 'uav-cruise-missiles', codes: ['9A012', '9A120'] }),
];
const ROWS = EVERY_ROW.filter(([label]) => label.includes(values.only));

interface Plan {
  dbHits: number;
  children: Plan[];
}
const hitsOf = (plan: Plan): number => plan.dbHits + plan.children.reduce((sum, child) => sum + hitsOf(child), 0);

async function main(): Promise<void> {
  if (!values.reuse) rmSync(join(instanceHome(INSTANCE), 'data'), { recursive: true, force: true });
  // Always its own local Neo4j, whatever NEO4J_URI says.
  const database = await bootDatabase({
    local: { instance: INSTANCE, boltPort: Number(values['bolt-port']), heap: '2g', pageCache: '1g' },
    executor: { timeoutMs: 900_000, app: 'concordance-profile' },
    migrate: true,
    log: console.log,
  });
  const { driver, executor } = database;
  const hits = new Map<string, number[]>();
  try {
    if (!values.reuse) await importAll(executor, { log: () => {} });
    const realLists = (['us-ccl', 'eu-annex-i', 'mtcr', 'nsg'] as const).map((source) =>
      parseListSource(source, SOURCES[source].files.map((path) => {
        const bytes = readFileSync(path);
        return { path, name: path, bytes, text: bytes.toString('utf8') };
      })),
    );
    const taxonomy = loadTaxonomy();
    let copies = 0;
    for (const scale of SCALES) {
      while (!values.reuse && copies < scale - 1) {
        copies += 1;
        for (const parsed of realLists) await writeList(executor, syntheticCopy(parsed, copies), taxonomy, () => {});
      }
      console.log(`== ${scale}x`);
      for (const [label, query, params] of ROWS) {
        const result = await driver.executeQuery(`PROFILE ${cypher(query)}`, params, { database: 'neo4j', transactionConfig: { timeout: STATEMENT_TIMEOUT_MS } });
        const n = hitsOf(result.summary.profile as unknown as Plan);
        hits.set(label, [...(hits.get(label) ?? []), n]);
        console.log(`  ${label.padEnd(40)} ${String(n).padStart(10)}  rows ${result.records.length}`);
      }
    }
    console.log(`\n${'statement'.padEnd(40)} ${SCALES.map((s) => `${s}x`.padStart(10)).join(' ')}  growth`);
    for (const [label, counts] of hits) {
      const growth = counts.slice(1).map((n) => (n / (counts[0] || 1)).toFixed(2)).join(' ');
      console.log(`${label.padEnd(40)} ${counts.map((n) => String(n).padStart(10)).join(' ')}  ${growth}`);
    }
  } finally {
    await database.close();
    if (!values.keep) await stopLocalNeo4j(INSTANCE, console.log);
  }
}

await main();
