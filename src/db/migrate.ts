// Applies the migrations (graph/migrations/*.cypher) in file-name order. Each file is recorded as a (:Migration) node with
// its checksum, so a re-run skips it; a recorded file that has since changed is an error, not a silent skip.
import { loadMigrations } from '../../graph/migrations.js';
import type { Executor } from './executor.js';

export async function appliedMigrations(executor: Executor): Promise<Map<string, string>> {
  const rows = await executor.read('migrations-applied');
  return new Map(rows.map((row) => [String(row.id), String(row.checksum)]));
}

/** Applies what is missing; returns the ids applied now. */
export async function migrate(executor: Executor, log: (line: string) => void = () => {}): Promise<string[]> {
  const applied = await appliedMigrations(executor);
  const done: string[] = [];
  for (const migration of loadMigrations()) {
    const recorded = applied.get(migration.id);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new Error(`migration ${migration.id} was changed after it was applied; add a new migration instead of editing it`);
      }
      continue;
    }
    // Schema statements each run in their own transaction; IF NOT EXISTS keeps a half-applied file re-runnable.
    for (const statement of migration.statements) await executor.schema(statement, `migrate:${migration.id}`);
    await executor.write('migration-record', { id: migration.id, checksum: migration.checksum }, `migrate:${migration.id}`);
    log(`applied migration ${migration.id}`);
    done.push(migration.id);
  }
  return done;
}

/** True when every migration file has been applied (used by /readyz). */
export async function isMigrated(executor: Executor): Promise<boolean> {
  const applied = await appliedMigrations(executor);
  return loadMigrations().every((m) => applied.get(m.id) === m.checksum);
}
