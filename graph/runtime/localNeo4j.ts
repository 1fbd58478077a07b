// The local Neo4j: assembled from Maven Central jars, run on Java 17+, one instance per folder under .neo4j/instances.
// Used by `npm start` (when no NEO4J_URI is set), by the test setup and by `npm run neo4j -- <command>`.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { instanceHome, neo4jHome, neo4jLib, runtimePom } from './paths.js';
import { SetupError } from './setupError.js';

export type Log = (line: string) => void;

export interface LocalInstanceOptions {
  /** Folder name under .neo4j/instances: `service` for npm start, `test` for the test suite. */
  instance: string;
  boltPort: number;
  /** JVM heap, e.g. `1g`; -Xms and -Xmx are both set to it so the heap never resizes. */
  heap: string;
  pageCache: string;
}

export interface RunningInstance {
  uri: string;
  pid: number;
  /** The instance's own credentials (user neo4j and the password generated for it); undefined for an instance
   * started before passwords were generated, which runs without authentication until it is restarted. */
  auth: LocalCredentials | undefined;
  /** False when an instance of ours was already running and was reused. */
  startedHere: boolean;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

/** The Neo4j version, read from the pom so that one file decides it. */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(runtimePom, 'utf8'));
  if (!match?.[1]) throw new SetupError(`${runtimePom} does not name a <neo4j.version>`);
  return match[1];
}

/** Java 17 or newer must be on the PATH; returns its major version. */
export function checkJava(): number {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new SetupError('Java is not installed or not on the PATH: Neo4j 5.26 needs Java 17 or 21 (e.g. apt-get install openjdk-17-jre-headless)');
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= 17)) {
    throw new SetupError(`Java ${Number.isNaN(major) ? '(unknown version)' : major} found on the PATH: Neo4j 5.26 needs Java 17 or 21`);
  }
  return major;
}

function isFetched(version: string): boolean {
  return existsSync(join(neo4jLib, `neo4j-server-${version}.jar`)) && existsSync(join(neo4jLib, `neo4j-bootcheck-${version}.jar`));
}

/** Copies the Neo4j jars and their dependencies from Maven Central into .neo4j/lib, once. */
export function fetchNeo4j(log: Log): void {
  const version = neo4jVersion();
  if (isFetched(version)) return;
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new SetupError('Maven is not installed or not on the PATH: it fetches the Neo4j jars from Maven Central (needs Maven 3.6+, e.g. apt-get install maven)');
  }
  log(`Fetching Neo4j ${version} Community jars from Maven Central into .neo4j/lib (once; about 125 MB) …`);
  const staging = `${neo4jLib}.partial`;
  rmSync(staging, { recursive: true, force: true });
  const mvn = spawnSync(
    'mvn',
    ['-B', '--no-transfer-progress', '-f', runtimePom, 'dependency:copy-dependencies', `-DoutputDirectory=${staging}`, '-DincludeScope=runtime'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (mvn.status !== 0) throw new SetupError(`Maven could not fetch the Neo4j ${version} jars (exit ${mvn.status}); see the Maven output above`);
  rmSync(neo4jLib, { recursive: true, force: true });
  renameSync(staging, neo4jLib);
  log(`Fetched ${readdirSync(neo4jLib).length} jars.`);
}

export interface LocalCredentials {
  user: string;
  password: string;
}

const LOCAL_USER = 'neo4j';
/** The password generated for an instance, readable by its owner only (mode 0600). */
export const passwordFile = (home: string): string => join(home, 'neo4j-password');

/** The credentials of a local instance, once its password has been generated. */
export function localCredentials(instance: string): LocalCredentials | undefined {
  const file = passwordFile(instanceHome(instance));
  if (!existsSync(file)) return undefined;
  const password = readFileSync(file, 'utf8').trim();
  return password.length > 0 ? { user: LOCAL_USER, password } : undefined;
}

/** Reads the instance's password, or generates one (kept in the instance folder, mode 0600); `created` says which. */
function ensurePassword(home: string): { password: string; created: boolean } {
  const file = passwordFile(home);
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    const password = readFileSync(file, 'utf8').trim();
    if (password.length > 0) return { password, created: false };
  }
  // Hex: a base64url password may start with '-', which a command line reads as an option.
  const password = randomBytes(24).toString('hex');
  mkdirSync(home, { recursive: true });
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { password, created: true };
}

/** The system database holds the users; until it exists, the initial password can be set offline. */
const systemDatabaseExists = (home: string): boolean => existsSync(join(home, 'data', 'databases', 'system'));

/** `neo4j-admin dbms set-initial-password`, run from the jars: the password of user neo4j, before the first start. */
function setInitialPassword(home: string, password: string): void {
  const run = spawnSync('java', ['-cp', join(neo4jLib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
  });
  if (run.error || run.status !== 0) {
    throw new SetupError(`could not set the password of the local Neo4j (neo4j-admin dbms set-initial-password exited ${run.status ?? String(run.error)}): ${(run.stderr || run.stdout).trim().split('\n')[0] ?? ''}`);
  }
}

function writeConfig(home: string, opts: LocalInstanceOptions, auth = true): void {
  mkdirSync(join(home, 'conf'), { recursive: true });
  mkdirSync(join(home, 'run'), { recursive: true });
  mkdirSync(join(home, 'logs'), { recursive: true });
  // Loopback only, with the instance's own password (any local process could otherwise write the graph), never calls out.
  const conf = [
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    `dbms.security.auth_enabled=${auth}`,
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${opts.pageCache}`,
    'db.transaction.timeout=60s',
    // Timed-out transactions are found by a monitor; check every 100 ms (default 2 s) so timeouts bite promptly.
    'db.transaction.monitor.check.interval=100ms',
    'db.logs.query.enabled=INFO',
    'db.logs.query.threshold=500ms',
    '',
  ].join('\n');
  writeFileSync(join(home, 'conf', 'neo4j.conf'), conf);
}

const pidFile = (home: string): string => join(home, 'run', 'neo4j.pid');

function readPid(home: string): number | null {
  if (!existsSync(pidFile(home))) return null;
  const pid = Number(readFileSync(pidFile(home), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(true)));
  });
}

async function boltAnswers(uri: string, auth: LocalCredentials | undefined): Promise<boolean> {
  const token = auth === undefined ? undefined : neo4j.auth.basic(auth.user, auth.password);
  const driver = neo4j.driver(uri, token, { connectionTimeout: 2_000, logging: undefined });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Starts the instance in the background (or reuses it when it is already ours and running) and waits for Bolt. */
export async function startLocalNeo4j(opts: LocalInstanceOptions, log: Log): Promise<RunningInstance> {
  const home = instanceHome(opts.instance);
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  const existing = readPid(home);
  if (existing !== null && isAlive(existing)) {
    // Ours and running (perhaps still starting, from another command): wait for it rather than start a second one.
    const auth = localCredentials(opts.instance);
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline && isAlive(existing)) {
      if (await boltAnswers(uri, auth)) return { uri, pid: existing, startedHere: false, auth };
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new SetupError(`the local Neo4j '${opts.instance}' (pid ${existing}) does not answer on ${uri}; run 'npm run neo4j -- stop' and try again`);
  }
  checkJava();
  fetchNeo4j(log);
  if (!(await portIsFree(opts.boltPort))) {
    throw new SetupError(`Bolt port ${opts.boltPort} on 127.0.0.1 is already in use by another process: stop it, or choose another port with NEO4J_BOLT_PORT`);
  }
  const { password, created } = ensurePassword(home);
  const auth = { user: LOCAL_USER, password };
  if (!systemDatabaseExists(home)) {
    writeConfig(home, opts);
    setInitialPassword(home, password);
  } else if (created) {
    // An instance created before passwords were generated: its users already exist, so the password is set once
    // through Cypher on a start without authentication, then the instance starts again with it.
    log(`Setting a password for the local Neo4j '${opts.instance}' (kept in ${passwordFile(home)}) …`);
    writeConfig(home, opts, false);
    await launch(home, opts, uri, undefined, log);
    const driver = neo4j.driver(uri, undefined, { logging: undefined });
    try {
      await driver.executeQuery('ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED', { password }, { database: 'system' });
    } catch (error) {
      rmSync(passwordFile(home), { force: true });
      throw new SetupError(`could not set the password of the local Neo4j '${opts.instance}': ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    } finally {
      await driver.close();
      await stopLocalNeo4j(opts.instance, () => {});
    }
  }
  writeConfig(home, opts);
  const pid = await launch(home, opts, uri, auth, log);
  return { uri, pid, startedHere: true, auth };
}

/** Starts java on the instance's folder and waits until Bolt answers with `auth`; returns the pid. */
async function launch(home: string, opts: LocalInstanceOptions, uri: string, auth: LocalCredentials | undefined, log: Log): Promise<number> {
  const consoleLog = join(home, 'logs', 'console.log');
  const out = openSync(consoleLog, 'w');
  const child = spawn(
    'java',
    [
      `-Xms${opts.heap}`,
      `-Xmx${opts.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-XX:-OmitStackTraceInFastThrow',
      '-Dfile.encoding=UTF-8',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '-cp',
      join(neo4jLib, '*'),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${join(home, 'conf')}`,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  if (child.pid === undefined) throw new SetupError('could not start java for the local Neo4j');
  const pid = child.pid;
  writeFileSync(pidFile(home), String(pid));
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  child.unref();

  log(`Starting the local Neo4j ${neo4jVersion()} '${opts.instance}' on ${uri} (heap ${opts.heap}, pid ${pid}) …`);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== null) {
      rmSync(pidFile(home), { force: true });
      throw new SetupError(
        `the local Neo4j exited with code ${exited} while starting; the end of its logs:\n${tail(consoleLog, 20)}\n${tail(join(home, 'logs', 'neo4j.log'), 20)}`,
      );
    }
    if (await boltAnswers(uri, auth)) {
      log(`Neo4j is ready on ${uri}.`);
      return pid;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stopLocalNeo4j(opts.instance, () => {});
  throw new SetupError(
    `the local Neo4j did not answer on ${uri} within ${READY_TIMEOUT_MS / 1000} s; the end of its log:\n${tail(join(home, 'logs', 'neo4j.log'), 20)}`,
  );
}

/** Stops the instance by its recorded pid: SIGTERM, then SIGKILL if it has not exited in time. */
export async function stopLocalNeo4j(instance: string, log: Log): Promise<boolean> {
  const home = instanceHome(instance);
  const pid = readPid(home);
  if (pid === null || !isAlive(pid)) {
    rmSync(pidFile(home), { force: true });
    return false;
  }
  log(`Stopping the local Neo4j '${instance}' (pid ${pid}) …`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(pidFile(home), { force: true });
  log('Stopped.');
  return true;
}

export function localStatus(instance: string): { running: boolean; pid: number | null } {
  const pid = readPid(instanceHome(instance));
  return { running: pid !== null && isAlive(pid), pid };
}

/** Every instance folder, for `stop --all`. */
export function knownInstances(): string[] {
  const dir = join(neo4jHome, 'instances');
  return existsSync(dir) ? readdirSync(dir) : [];
}
