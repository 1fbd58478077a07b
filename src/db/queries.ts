// Every Cypher statement the service runs lives in queries/<name>.cypher; this reads each once and caches it, as
// the text sent to the database: without the lines that are only comments, and without indentation. Each request
// sends its statement's text, which the driver encodes and writes again every time (entry by code's is 3.2 KB as
// written, 2.4 KB as sent), and Neo4j reads it to find the plan; what the files explain, the database needs not
// read. Comments after code on a line stay (a `//` may be inside a string); every line ends where it did.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../graph/runtime/paths.js';

const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9/-]+$/.test(name)) throw new Error(`not a query name: ${name}`);
    text = asSent(readFileSync(join(projectRoot, 'queries', `${name}.cypher`), 'utf8'));
    cache.set(name, text);
  }
  return text;
}

/** A statement's text as sent: its lines trimmed, the empty ones and those that are only a comment left out. */
export function asSent(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}
