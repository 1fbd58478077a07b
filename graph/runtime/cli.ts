// `npm run neo4j -- fetch|start|stop|status [--instance NAME]`: manage the local Neo4j by hand.
import { loadConfig } from '../../src/config.js';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fetchNeo4j, knownInstances, localStatus, passwordFile, startLocalNeo4j, stopLocalNeo4j } from './localNeo4j.js';
import { instanceHome, servicePidFile } from './paths.js';

async function stopService(log: (line: string) => void): Promise<void> {
  const pid = existsSync(servicePidFile) ? Number(readFileSync(servicePidFile, 'utf8').trim()) : NaN;
  const alive = (p: number) => {
    try {
      process.kill(p, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    log(`Stopping the service (pid ${pid}) …`);
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 200 && alive(pid); i++) await new Promise((r) => setTimeout(r, 200));
  }
  rmSync(servicePidFile, { force: true });
}

const USAGE = 'usage: npm run neo4j -- fetch | start | stop [--all] | status  [--instance NAME] (default instance: service)';

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const instanceFlag = rest.indexOf('--instance');
  const instance = instanceFlag >= 0 ? rest[instanceFlag + 1] : 'service';
  if (!instance || !/^[a-z0-9-]+$/.test(instance)) throw new Error(`--instance must be a lower-case name (got '${instance ?? ''}')`);
  const log = (line: string) => console.log(line);
  switch (command) {
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
      // `npm stop` stops a running `npm start` (which stops its own Neo4j), then every instance left, so nothing runs on.
      await stopService(log);
      const targets = rest.includes('--all') || instanceFlag < 0 ? knownInstances() : [instance];
      let stopped = 0;
      for (const name of targets) if (await stopLocalNeo4j(name, log)) stopped += 1;
      console.log(stopped === 0 ? 'no local Neo4j was running' : `stopped ${stopped} local Neo4j instance(s)`);
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
    default:
      throw new Error(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`concordance: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
