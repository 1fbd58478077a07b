// Where the project and its local Neo4j live on disk, found from this file so it works from src and from dist.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'graph', 'runtime', 'pom.xml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the project root above ${start}`);
    dir = parent;
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
/** CONCORDANCE_NEO4J_DIR moves the jars and instances elsewhere (the set-up checks use an empty one). */
export const neo4jHome = resolve(projectRoot, process.env.CONCORDANCE_NEO4J_DIR ?? '.neo4j');
export const neo4jLib = join(neo4jHome, 'lib');
export const runtimePom = join(projectRoot, 'graph', 'runtime', 'pom.xml');
/** The pid of a running `npm start`, so that `npm stop` can stop the service as well as its database. */
export const servicePidFile = join(neo4jHome, 'service.pid');
/** One folder per local instance (conf, data, logs, run), so the test database never touches the service's. */
export const instanceHome = (instance: string): string => join(neo4jHome, 'instances', instance);
