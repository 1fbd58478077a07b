// The layers' one-way dependencies, checked by scanning the sources: services reach the graph only through
// repositories (they import neither the executor nor the statement files), no module outside the repositories runs a
// statement, and repositories never import from services (docs/decisions/0022).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ts'))
    .map((f) => join(f.parentPath, f.name));
}

/** Every module a file imports or re-exports, resolved to a path from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/g), ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] as string);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(root, resolve(file, '..', s)).replace(/\.js$/, ''));
}

const offenders = (folder: string, forbidden: (target: string) => boolean) =>
  sourcesUnder(folder).flatMap((file) => importsOf(file).filter(forbidden).map((target) => `${relative(root, file)} imports ${target}`));

describe('layers', () => {
  it('finds the imports it scans', () => {
    expect(importsOf(join(root, 'src/repositories/lists.ts'))).toContain('src/db/executor');
    expect(sourcesUnder('src/services').length).toBeGreaterThan(5);
  });

  it('services import neither the executor nor the statement files', () => {
    expect(offenders('src/services', (target) => target === 'src/db/executor' || target === 'src/db/queries')).toEqual([]);
  });

  it('nothing in src but the repositories (and the executor itself) runs a statement', () => {
    const calls = sourcesUnder('src')
      .filter((file) => !/^src\/(repositories|db)\//.test(relative(root, file)))
      .filter((file) => /\.(read|snapshot|writeTransaction)\(\s*['"`]/.test(readFileSync(file, 'utf8')));
    expect(calls.map((file) => relative(root, file))).toEqual([]);
  });

  it('repositories import nothing from services', () => {
    expect(offenders('src/repositories', (target) => target.startsWith('src/services/'))).toEqual([]);
  });
});
