// `npm run neo4j -- fetch|start|stop|status [--instance NAME] [--all]`: manage the local Neo4j by hand.
// `npm stop` is `stop`: the running service, then every local Neo4j left, and it says what it stopped.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fetchNeo4j, knownInstances, localStatus, passwordFile, startLocalNeo4j, stopLocalNeo4j } from '../../graph/runtime/localNeo4j.js';
import { instanceHome, servicePidFile } from '../../graph/runtime/paths.js';
import { SERVICE_INSTANCE } from '../boot.js';
import { loadConfig } from '../config.js';
import { defineCommand, exitForCommandLine, parseCommandLine, UsageError } from './args.js';
import { lowerCaseName } from './values.js';

const COMMANDS = {
  fetch: 'fetch the Neo4j jars from Maven Central into .neo4j/lib (once)',
  start: 'start a local Neo4j instance in the background (NEO4J_BOLT_PORT, NEO4J_HEAP, NEO4J_PAGECACHE)',
  stop: 'stop the running service, then the local Neo4j instances',
  status: 'list the local Neo4j instances and whether each runs',
} as const;
type Command = keyof typeof COMMANDS;

const NEO4J_COMMAND = defineCommand({
  usage: ['npm run neo4j -- <command> [options]', 'npm stop'],
  positionals: true,
  about: ['commands:', ...Object.entries(COMMANDS).map(([name, about]) => `  ${name.padEnd(8)} ${about}`)],
  options: {
    instance: { type: 'string', value: 'NAME', description: 'the local instance to start or stop', defaultText: 'service; for stop, every instance', parse: lowerCaseName },
    all: { type: 'boolean', description: 'stop every local instance, whatever --instance says', default: false },
  },
  notes: ['example: npm run neo4j -- start --instance service'],
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops a running `npm start` (which stops the Neo4j it started); returns its pid, or null when none ran. */
async function stopService(log: (line: string) => void): Promise<number | null> {
  const pid = existsSync(servicePidFile) ? Number(readFileSync(servicePidFile, 'utf8').trim()) : NaN;
  let stopped: number | null = null;
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    log(`Stopping the service (pid ${pid}) …`);
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 200 && alive(pid); i++) await new Promise((r) => setTimeout(r, 200));
    stopped = pid;
  }
  rmSync(servicePidFile, { force: true });
  return stopped;
}

async function stop(targets: string[], log: (line: string) => void): Promise<string> {
  // Which instances run now, so that the summary also names those the service stopped on its way out.
  const runningBefore = new Map(targets.flatMap((name) => {
    const { running, pid } = localStatus(name);
    return running && pid !== null ? [[name, pid] as const] : [];
  }));
  const service = await stopService(log);
  for (const name of targets) await stopLocalNeo4j(name, log);
  const stopped = [
    ...(service !== null ? [`the service (pid ${service})`] : []),
    ...[...runningBefore].filter(([name]) => !localStatus(name).running).map(([name, pid]) => `local Neo4j '${name}' (pid ${pid})`),
  ];
  return stopped.length === 0 ? 'nothing was running: no service and no local Neo4j' : `stopped ${stopped.join(', ')}`;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(NEO4J_COMMAND, argv);
  const [command, ...extra] = positionals;
  if (command === undefined) throw new UsageError(`name a command: ${Object.keys(COMMANDS).join(', ')}`);
  if (!(command in COMMANDS)) throw new UsageError(`unknown command '${command}'; the commands are ${Object.keys(COMMANDS).join(', ')}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}' after ${command}`);
  const instance = values.instance ?? SERVICE_INSTANCE;
  const log = (line: string) => console.log(line);
  switch (command as Command) {
    case 'fetch':
      fetchNeo4j(log);
      console.log('The Neo4j jars are in .neo4j/lib.');
      return;
    case 'start': {
      const config = loadConfig();
      const running = await startLocalNeo4j({ instance, ...config.local }, log);
      console.log(running.startedHere ? `started (pid ${running.pid}) on ${running.uri}` : `already running (pid ${running.pid}) on ${running.uri}`);
      console.log(
        running.auth
          ? `user ${running.auth.user}, password in ${passwordFile(instanceHome(instance))}`
          : 'without authentication (started before passwords were generated): stop and start it to give it one',
      );
      return;
    }
    case 'stop': {
      const targets = values.all || values.instance === undefined ? knownInstances() : [instance];
      console.log(await stop(targets, log));
      return;
    }
    case 'status': {
      const names = knownInstances();
      if (names.length === 0) console.log('no local Neo4j instance has been created yet');
      for (const name of names) {
        const { running, pid } = localStatus(name);
        console.log(`${name}: ${running ? `running (pid ${pid})` : 'stopped'}`);
      }
      return;
    }
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  exitForCommandLine('neo4j', error);
  console.error(`concordance: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
