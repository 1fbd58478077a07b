// The build's freshness check: GraphQL Code Generator runs when the schema, its configuration or a generated
// file changed, and is skipped otherwise. Run on a copy of the project's layout whose `codegen` script is a
// stand-in that writes the generated files and counts its runs.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = mkdtempSync(join(tmpdir(), 'concordance-codegen-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const standIn = [
  "const fs = require('node:fs');",
  "fs.appendFileSync('runs.log', 'run\\n');",
  "fs.writeFileSync('schema.graphql', fs.readFileSync('src/graphql/schema/a.graphql'));",
  "fs.mkdirSync('src/graphql/generated', { recursive: true });",
  "fs.writeFileSync('src/graphql/generated/types.ts', '// types');",
].join(' ');

mkdirSync(join(project, 'scripts'));
mkdirSync(join(project, 'src', 'graphql', 'schema'), { recursive: true });
cpSync('scripts/codegen-when-stale.mjs', join(project, 'scripts', 'codegen-when-stale.mjs'));
cpSync('scripts/fingerprint.mjs', join(project, 'scripts', 'fingerprint.mjs'));
cpSync('codegen.yml', join(project, 'codegen.yml'));
writeFileSync(join(project, 'package-lock.json'), '{}');
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'stand-in', private: true, scripts: { codegen: `node -e "${standIn}"` } }));
writeFileSync(join(project, 'src', 'graphql', 'schema', 'a.graphql'), 'type Query { a: Int }\n');

function build(): { status: number | null; stdout: string; runs: number } {
  const run = spawnSync(process.execPath, ['scripts/codegen-when-stale.mjs'], { cwd: project, encoding: 'utf8' });
  let runs = 0;
  try {
    runs = readFileSync(join(project, 'runs.log'), 'utf8').split('\n').filter(Boolean).length;
  } catch {
    runs = 0;
  }
  return { status: run.status, stdout: run.stdout, runs };
}

describe('codegen when stale', () => {
  it('generates on the first build (no fingerprint yet) and skips the next one', () => {
    expect(build()).toMatchObject({ status: 0, runs: 1 });
    const second = build();
    expect(second).toMatchObject({ status: 0, runs: 1 });
    expect(second.stdout).toContain('skipped');
  });

  it('generates again when a schema file changes, or a new one appears', () => {
    appendFileSync(join(project, 'src', 'graphql', 'schema', 'a.graphql'), 'type B { b: Int }\n');
    expect(build().runs).toBe(2);
    writeFileSync(join(project, 'src', 'graphql', 'schema', 'b.graphql'), 'type C { c: Int }\n');
    expect(build().runs).toBe(3);
    expect(build().runs).toBe(3);
  });

  it('generates again when a generated file was changed or removed, or the configuration changed', () => {
    writeFileSync(join(project, 'schema.graphql'), 'edited by hand');
    expect(build().runs).toBe(4);
    rmSync(join(project, 'src', 'graphql', 'generated', 'types.ts'));
    expect(build().runs).toBe(5);
    appendFileSync(join(project, 'codegen.yml'), '# changed\n');
    expect(build().runs).toBe(6);
    writeFileSync(join(project, 'package-lock.json'), '{ "lockfileVersion": 3 }');
    expect(build().runs).toBe(7);
    expect(build().runs).toBe(7);
  });

  it('generates on a clean build (dist/ removed)', () => {
    rmSync(join(project, 'dist'), { recursive: true, force: true });
    expect(build().runs).toBe(8);
  });
});
