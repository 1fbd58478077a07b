import { describe, expect, it } from 'vitest';
import { loadMigrations, splitStatements } from '../../graph/migrations.js';

describe('migration files', () => {
  it('split into statements, skipping comment lines', () => {
    expect(splitStatements('// keys\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);\n')).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)',
    ]);
  });

  it('are ordered, each statement idempotent so a half-applied file can be re-run', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.id)).toEqual([...migrations.map((m) => m.id)].sort());
    expect(migrations.length).toBeGreaterThanOrEqual(3);
    for (const m of migrations) {
      expect(m.statements.length).toBeGreaterThan(0);
      // A schema statement says IF NOT EXISTS; a data statement sets only what is still missing (0006: "WHERE c.listId
      // IS NULL OR c.technology IS NULL SET …").
      for (const statement of m.statements) {
        if (/^(?:CREATE|DROP) (?:CONSTRAINT|INDEX|FULLTEXT INDEX|RANGE INDEX)/i.test(statement)) expect(statement).toMatch(/IF NOT EXISTS|IF EXISTS/);
        else expect(statement, `${m.id}: a data statement writes only where a property is missing`).toMatch(/^MATCH\b[\s\S]*\bWHERE\b[\s\S]*\bIS NULL\b[\s\S]*\bSET\b/);
      }
    }
  });
});
