// `npm run resilience`: does the service keep working under load, faults and hostile requests? On a private Neo4j
// (the 'resilience' instance, Bolt port 7735) and its own HTTP port (4035), loopback only, it runs, in order:
// a soak of many clients (cached and varied questions, the heap after a forced GC after each run), the same with
// one client, kill -9 of Neo4j under load, an import of a new list version under load, and 1,000 fuzzed requests
// with the known abuse cases. Bounded: about 10 minutes with the defaults. Prints the figures and a verdict per
// check; exits 1 when a check fails. Stops the service and the Neo4j it used at the end.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { localCredentials, portIsFree, stopLocalNeo4j } from '../../graph/runtime/localNeo4j.js';
import { projectRoot } from '../../graph/runtime/paths.js';
import { IMPORT_TIMEOUT_MS } from '../../seed/load/writeList.js';
import { defineCommand, exitForCommandLine, parseCommandLine, UsageError } from '../../src/cli/args.js';
import { port, someOf, wholeNumber } from '../../src/cli/values.js';
import { connect } from '../../src/boot.js';
import { Executor } from '../../src/db/executor.js';
import { abuse } from './abuse.js';
import { importUnderLoad } from './importUnderLoad.js';
import { killUnderLoad } from './kill.js';
import { ms, percentile, send, type Ask } from './load.js';
import { FIXED, FIXED_LABELS } from './questions.js';
import { RESILIENCE_INSTANCE, type ServiceMessage, type SuiteMessage } from './ipc.js';
import { fill, soak, type SoakFigures } from './soak.js';

const SCENARIOS = ['soak', 'kill', 'import', 'abuse'] as const;

const COMMAND = defineCommand({
  usage: ['npm run resilience -- [options]'],
  positionals: false,
  options: {
    clients: { type: 'string', value: 'N', description: 'clients of the soak, each from its own loopback address', default: '50', parse: wholeNumber(1, 250) },
    'soak-seconds': { type: 'string', value: 'S', description: 'seconds of each 50-client soak (cached, then uncached)', default: '60', parse: wholeNumber(1, 600) },
    runs: { type: 'string', value: 'N', description: 'soak runs, to see the heap from run to run', default: '2', parse: wholeNumber(1, 10) },
    fill: { type: 'string', value: 'N', description: "distinct questions asked before the soak, to fill the service's bounded stores", default: '1500', parse: wholeNumber(0, 100_000) },
    only: { type: 'string', value: 'LIST', description: 'the scenarios to run, comma-separated: soak, kill, import, abuse', default: 'soak,kill,import,abuse', parse: someOf(SCENARIOS, 'scenarios') },
    port: { type: 'string', value: 'PORT', description: "HTTP port of the suite's service", default: '4035', parse: port },
    'bolt-port': { type: 'string', value: 'PORT', description: "Bolt port of the suite's own Neo4j, the 'resilience' instance", default: '7735', parse: port },
  },
  notes: ['example: npm run resilience -- --soak-seconds 20 --runs 1'],
});

function readOptions() {
  const { values } = parseCommandLine(COMMAND, process.argv.slice(2));
  return { clients: values.clients, soakSeconds: values['soak-seconds'], runs: values.runs, fill: values.fill, only: values.only, port: values.port, boltPort: values['bolt-port'] };
}

let options: ReturnType<typeof readOptions>;
try {
  options = readOptions();
} catch (error) {
  exitForCommandLine('resilience', error);
  throw error;
}

const log = (line: string) => console.log(line);
const checks: { name: string; ok: boolean; figure: string }[] = [];
const check = (name: string, ok: boolean, figure: string) => {
  checks.push({ name, ok, figure });
  log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${figure}`);
};

/** The service's own log (errors with their causes), kept out of the figures. */
const SERVICE_LOG = join(projectRoot, 'dist', 'resilience-service.log');

function startService(port: number, boltPort: number): Promise<{ child: ChildProcess; base: string }> {
  mkdirSync(join(projectRoot, 'dist'), { recursive: true });
  const logFile = openSync(SERVICE_LOG, 'w');
  const child = fork(join(projectRoot, 'bench', 'resilience', 'service.ts'), [String(port), String(boltPort)], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    stdio: ['ignore', logFile, logFile, 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.on('message', (message: ServiceMessage) => {
      if (message.type === 'ready') resolve({ child, base: message.url });
    });
    child.once('exit', (code) => reject(new Error(`the service exited with code ${code} before it was ready`)));
  });
}

type Heap = Extract<ServiceMessage, { type: 'heap' }>;

function heapOf(child: ChildProcess): Promise<Heap> {
  return new Promise((resolve) => {
    const listener = (message: ServiceMessage) => {
      if (message.type !== 'heap') return;
      child.off('message', listener);
      resolve(message);
    };
    child.on('message', listener);
    child.send({ type: 'heap' } satisfies SuiteMessage);
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const storesOf = ({ stores }: Heap) =>
  `${stores.responses.entries} answers cached (${mb(stores.responses.bytes)}), ${stores.documents.documents} parsed documents (${mb(stores.documents.bytes)} of ${mb(stores.documents.maxBytes)})`;
/**
 * The heap is flat when, once the bounded stores are full, the heap after a forced GC after every run stays within
 * this of the heap after the fill: growth run after run would pass it within a few runs.
 */
const HEAP_ALLOWANCE_BYTES = 10 * 1024 * 1024;

async function main(): Promise<void> {
  if (!(await portIsFree(options.port))) throw new UsageError(`port ${options.port} is in use; choose another with --port`);
  log(`Resilience suite on ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB, Node ${process.version}; service on port ${options.port}, Neo4j '${RESILIENCE_INSTANCE}' on ${options.boltPort}`);
  const started = performance.now();
  const { child, base } = await startService(options.port, options.boltPort);
  const credentials = localCredentials(RESILIENCE_INSTANCE);
  // The suite's own connection to the Neo4j its service started, to check the graph and import into it.
  const executor = connect({ uri: `bolt://127.0.0.1:${options.boltPort}`, user: credentials?.user ?? 'neo4j', password: credentials?.password, database: 'neo4j' }, { timeoutMs: 60_000 });
  const { driver } = executor;
  const importer = new Executor(driver, { database: 'neo4j', timeoutMs: IMPORT_TIMEOUT_MS, app: 'concordance-import' });
  try {
    log(`service ready at ${base} after ${ms(performance.now() - started)} (its log: ${SERVICE_LOG})`);
    // Each fixed question once, so that the cached soak measures answers from the cache.
    const warm = performance.now();
    for (const label of FIXED_LABELS) await send(base, FIXED[label] as Ask);
    log(`the ${FIXED_LABELS.length} fixed questions computed once in ${ms(performance.now() - warm)}`);
    const before = await heapOf(child);
    log(`heap after a forced GC, before any load: ${mb(before.heapUsed)}`);

    if (options.only.has('soak')) {
      log(`\n1. soak: ${options.clients} clients, ${options.soakSeconds} s each, ${options.runs} run(s), after ${options.fill} distinct questions fill the bounded stores`);
      const filled = await fill(base, options.clients, options.fill);
      const full = await heapOf(child);
      log(`  fill: ${filled.requests} questions in ${filled.seconds.toFixed(1)} s, ${filled.errors} errors; ${storesOf(full)}; heap after a forced GC ${mb(full.heapUsed)}`);
      const soaks: SoakFigures[] = [];
      const heaps: Heap[] = [];
      for (let run = 1; run <= options.runs; run++) {
        soaks.push(await soak(base, options.clients, options.soakSeconds, true, log, run));
        soaks.push(await soak(base, options.clients, options.soakSeconds, false, log, run));
        heaps.push(await heapOf(child));
        log(`  heap after a forced GC, after run ${run}: ${mb((heaps[run - 1] as Heap).heapUsed)}; ${storesOf(heaps[run - 1] as Heap)}`);
      }
      const single = Math.max(5, Math.round(options.soakSeconds / 4));
      soaks.push(await soak(base, 1, single, true, log, options.runs + 1));
      soaks.push(await soak(base, 1, single, false, log, options.runs + 1));
      const soakErrors = filled.errors + soaks.reduce((sum, s) => sum + s.errors, 0);
      check('soak: no errors', soakErrors === 0, `${soakErrors} errors in ${filled.requests + soaks.reduce((sum, s) => sum + s.result.requests, 0)} requests`);
      for (const s of soaks) log(`  ${s.name}: p50 ${ms(percentile(s.result.latencies, 50))}, p99 ${ms(percentile(s.result.latencies, 99))}, ${(s.result.requests / s.result.seconds).toFixed(1)} requests/s`);
      const widest = Math.max(...heaps.map((h) => Math.abs(h.heapUsed - full.heapUsed)));
      check(
        'soak: heap flat from run to run',
        widest < HEAP_ALLOWANCE_BYTES,
        `${mb(before.heapUsed)} before any load, ${mb(full.heapUsed)} once the stores are full → ${heaps.map((h) => mb(h.heapUsed)).join(' → ')} after each run (at most ${mb(widest)} from the full-stores heap; allowed ${mb(HEAP_ALLOWANCE_BYTES)})`,
      );
    }

    if (options.only.has('kill')) {
      log(`\n2. kill -9 of Neo4j under load`);
      const kill = await killUnderLoad(base, 10, log);
      check('kill: service stayed up', kill.healthFailures === 0, `${kill.healthFailures} /healthz failures`);
      check('kill: answering correctly again within 60 s', kill.recoveredAfterMs !== null && kill.recoveredAfterMs <= 60_000, kill.recoveredAfterMs === null ? 'never' : ms(kill.recoveredAfterMs));
      check('kill: no wrong answers', kill.wrong === 0, `${kill.wrong} wrong of ${kill.correct + kill.wrong} answers`);
      check('kill: errors only DATABASE_UNAVAILABLE', Object.keys(kill.otherErrors).length === 0, `${kill.unavailable} DATABASE_UNAVAILABLE, others ${JSON.stringify(kill.otherErrors)}`);
      check('kill: each error within 2 s', kill.slowestUnavailableMs <= 2_000, `slowest ${ms(kill.slowestUnavailableMs)}`);
    }

    if (options.only.has('import')) {
      log(`\n3. import of a new list version under load`);
      const imported = await importUnderLoad(base, executor, importer, 8, log);
      check('import: no answer mixes versions', imported.mixed === 0, `${imported.mixed} of ${imported.requests} answers, over ${imported.versions} data versions`);
      check('import: no errors', imported.errors === 0, `${imported.errors} errors`);
    }

    if (options.only.has('abuse')) {
      log(`\n4. fuzzed requests and abuse cases`);
      const hostile = await abuse(base, executor, log);
      check('abuse: no internal errors', hostile.internalErrors === 0, `${hostile.internalErrors} in ${hostile.fuzzed} fuzzed requests and ${hostile.cases.length} abuse cases`);
      check('abuse: no stack traces or server paths', hostile.leaks === 0, `${hostile.leaks}`);
      check('abuse: data unchanged', !hostile.dataChanged, hostile.dataChanged ? 'changed' : 'graph counts and data version as before');
      check('abuse: expensive requests refused before they run', hostile.cases.every((c) => c.refused), hostile.cases.map((c) => `${c.name} ${c.code} ${ms(c.ms)}`).join('; '));
      check('abuse: cheap requests kept working', hostile.cheap.failures === 0 && hostile.cheap.requests > 0, `${hostile.cheap.requests} answered, ${hostile.cheap.failures} failed, p99 ${ms(hostile.cheap.p99Ms)}`);
    }
  } finally {
    await driver.close();
    child.send({ type: 'stop' } satisfies SuiteMessage);
    await new Promise((resolve) => child.once('exit', resolve));
    await stopLocalNeo4j(RESILIENCE_INSTANCE, log);
  }
  const failed = checks.filter((c) => !c.ok);
  log(`\nresilience: ${checks.length - failed.length} of ${checks.length} checks passed in ${ms(performance.now() - started)}${failed.length > 0 ? `; failed: ${failed.map((c) => c.name).join(', ')}` : ''}`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error('resilience:', error instanceof Error ? error.message : error);
  process.exit(1);
});
