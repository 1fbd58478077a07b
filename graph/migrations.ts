// The migrations: graph/migrations/*.cypher in file-name order, each with the checksum that records it and its
// statements. Applying them needs a database connection, so that is the service's job (src/db/migrate.ts).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './runtime/paths.js';

const migrationsDir = join(projectRoot, 'graph', 'migrations');

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
}

/** Splits a migration file into statements: `;` ends a statement, `//` lines are comments. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function loadMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(migrationsDir, name), 'utf8');
      return {
        id: name.replace(/\.cypher$/, ''),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    });
}
