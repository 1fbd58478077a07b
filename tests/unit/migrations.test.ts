import { describe, expect, it } from 'vitest';
import { loadMigrations, splitStatements } from '../../graph/migrations.js';

describe('migration files', () => {
  it('split into statements, skipping comment lines', () => {
    expect(splitStatements('// keys\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);\n')).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)',
    ]);
  });

  it('are ordered, each idempotent (IF NOT EXISTS) so a half-applied file can be re-run', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.id)).toEqual([...migrations.map((m) => m.id)].sort());
    expect(migrations.length).toBeGreaterThanOrEqual(3);
    for (const m of migrations) {
      expect(m.statements.length).toBeGreaterThan(0);
      for (const statement of m.statements) expect(statement).toMatch(/IF NOT EXISTS/);
    }
  });
});
