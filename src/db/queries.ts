// Every Cypher statement the service runs lives in queries/<name>.cypher; this reads each once and caches it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../graph/runtime/paths.js';

const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9/-]+$/.test(name)) throw new Error(`not a query name: ${name}`);
    text = readFileSync(join(projectRoot, 'queries', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
