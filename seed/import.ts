// `npm run import` loads every source; `npm run import -- <source> [file …] [--version V] [--force]` loads one.
// Progress goes to the console, and a one-line summary of the graph's node and edge counts ends the run.
import { migrate } from '../graph/migrate.js';
import { startLocalNeo4j } from '../graph/runtime/localNeo4j.js';
import { SetupError } from '../graph/runtime/setupError.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { createDriver, verifyDriver } from '../src/db/driver.js';
import { Executor } from '../src/db/executor.js';
import { importAll, importSource, SOURCE_NAMES, SOURCES, type SourceName } from './importer.js';
import { graphCounts } from './load/graphCounts.js';
import { IMPORT_TIMEOUT_MS } from './load/writeList.js';
import { SourceFormatError } from './sourceError.js';

const USAGE = [
  'usage: npm run import                                   load every source from seed/data',
  '       npm run import -- <source> [file …] [--version V] [--force]',
  'sources:',
  ...SOURCE_NAMES.map((name) => `  ${name.padEnd(12)} ${SOURCES[name].about}`),
].join('\n');

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let version: string | undefined;
  let force = false;
  let source: SourceName | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--version') {
      version = argv[++i];
      if (!version) throw new Error('--version needs a value, e.g. --version 2026-12-01');
    } else if (arg === '--force') force = true;
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (source === undefined) {
      if (!(SOURCE_NAMES as string[]).includes(arg)) throw new Error(`unknown source '${arg}'; the sources are: ${SOURCE_NAMES.join(', ')}`);
      source = arg as SourceName;
    } else files.push(arg);
  }
  return { source, files, version, force };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const started = Date.now();
  const local = config.neo4j.uri === undefined ? await startLocalNeo4j({ instance: 'service', ...config.local }, console.log) : undefined;
  const uri = local?.uri ?? (config.neo4j.uri as string);
  const driver = createDriver({ uri, ...(local?.auth ?? { user: config.neo4j.user, password: config.neo4j.password }) });
  try {
    await verifyDriver(driver, uri);
    const executor = new Executor(driver, { database: config.neo4j.database, timeoutMs: IMPORT_TIMEOUT_MS, app: 'concordance-import' });
    await migrate(executor, console.log);
    const log = (line: string) => console.log(line);
    if (args.source === undefined) await importAll(executor, { log, force: args.force });
    else {
      const result = await importSource(executor, args.source, {
        files: args.files.length > 0 ? args.files : undefined,
        version: args.version,
        force: args.force,
        log,
      });
      console.log(`${args.source}: ${result.summary}`);
      for (const link of result.list?.unresolved.slice(0, 20) ?? []) console.log(`  not in the list: ${link}`);
    }
    const counts = await graphCounts(executor);
    console.log(`import done in ${((Date.now() - started) / 1000).toFixed(1)} s — ${counts}`);
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SourceFormatError) console.error(`import aborted, nothing written: ${error.message}`);
  else if (error instanceof ConfigError || error instanceof SetupError || error instanceof Error) console.error(`import: ${error.message}`);
  else console.error('import failed:', error);
  process.exit(1);
});
