// `npm run import` loads every source; `npm run import -- <source> [file …] [--version V] [--force]` loads one
// (`--help` lists the sources and options).
// Progress goes to the console, and a one-line summary of the graph's node and edge counts ends the run.
import { SetupError } from '../graph/runtime/setupError.js';
import { bootDatabase, SERVICE_INSTANCE } from '../src/boot.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { defineCommand, exitForCommandLine, parseCommandLine, UsageError } from '../src/cli/args.js';
import { importAll, importSource, SOURCE_NAMES, SOURCES, type SourceName } from './importer.js';
import { graphCounts } from './load/graphCounts.js';
import { IMPORT_TIMEOUT_MS } from './load/writeList.js';
import { SourceFormatError } from './sourceError.js';

const IMPORT_COMMAND = defineCommand({
  usage: ['npm run import                                   load every source from seed/data', 'npm run import -- <source> [file …] [options]'],
  positionals: true,
  about: ['sources:', ...SOURCE_NAMES.map((name) => `  ${name.padEnd(12)} ${SOURCES[name].about}`)],
  options: {
    version: { type: 'string', value: 'V', description: "a list source's version label; the list id follows it", defaultText: "the seed copy's own, e.g. ecfr-2026" },
    force: { type: 'boolean', description: 'load again even when these files are already loaded', default: false },
  },
  notes: ['example: npm run import -- us-ccl path/to/ccl.xml --version 2026-12-01'],
});

function readCommandLine(argv: string[]) {
  const { values, positionals } = parseCommandLine(IMPORT_COMMAND, argv);
  const [first, ...files] = positionals;
  if (first !== undefined && !(SOURCE_NAMES as string[]).includes(first)) {
    throw new UsageError(`unknown source '${first}'; the sources are ${SOURCE_NAMES.join(', ')}`);
  }
  if (first === undefined && values.version !== undefined) throw new UsageError('--version labels one list source: name it, e.g. npm run import -- us-ccl --version 2026-12-01');
  return { source: first as SourceName | undefined, files, version: values.version, force: values.force };
}

async function main(): Promise<void> {
  const args = readCommandLine(process.argv.slice(2));
  const config = loadConfig();
  const started = Date.now();
  const database = await bootDatabase({
    neo4j: config.neo4j,
    local: { instance: SERVICE_INSTANCE, ...config.local },
    executor: { timeoutMs: IMPORT_TIMEOUT_MS, app: 'concordance-import' },
    migrate: true,
    log: console.log,
  });
  const { executor } = database;
  try {
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
    await database.close();
  }
}

main().catch((error: unknown) => {
  exitForCommandLine('import', error);
  if (error instanceof SourceFormatError) console.error(`import aborted, nothing written: ${error.message}`);
  else if (error instanceof ConfigError || error instanceof SetupError || error instanceof Error) console.error(`import: ${error.message}`);
  else console.error('import failed:', error);
  process.exit(1);
});
