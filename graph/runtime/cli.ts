// `npm run neo4j -- fetch|start|stop|status [--instance NAME]`: manage the local Neo4j by hand.
import { loadConfig } from '../../src/config.js';
import { fetchNeo4j, knownInstances, localStatus, startLocalNeo4j, stopLocalNeo4j } from './localNeo4j.js';

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
      return;
    }
    case 'stop': {
      // `npm stop` stops every instance this project started, so nothing is left running.
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
