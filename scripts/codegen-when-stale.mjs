// Runs GraphQL Code Generator only when what it reads or writes changed since its last run here, so that a
// restart or a test run skips it when the schema did not change. `npm run codegen` always runs it.
// The fingerprint is a sha256 over codegen.yml, the schema files, package-lock.json (the plugins' versions)
// and the generated files; it is kept in dist/, so a clean build (no dist/) always generates.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'dist', '.codegen-fingerprint');
const config = readFileSync(join(root, 'codegen.yml'), 'utf8');

// The generated files are the keys under `generates:` in codegen.yml (two spaces in, ending with a colon).
const generatesAt = config.search(/^generates:\s*$/m);
const outputs = generatesAt < 0 ? [] : [...config.slice(generatesAt).matchAll(/^ {2}([^\s#][^:]*):\s*$/gm)].map((m) => m[1].trim());
if (outputs.length === 0) {
  console.error('codegen: found no generated file under `generates:` in codegen.yml');
  process.exit(1);
}
const schemaDir = join(root, 'src', 'graphql', 'schema');
const inputs = [
  'codegen.yml',
  'package-lock.json',
  ...readdirSync(schemaDir).filter((name) => name.endsWith('.graphql')).sort().map((name) => join('src', 'graphql', 'schema', name)),
];

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of [...inputs, ...outputs]) {
    const path = join(root, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(path) ? readFileSync(path) : 'missing');
    hash.update('\0');
  }
  return hash.digest('hex');
}

const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
if (previous === fingerprint()) {
  console.log('codegen: the schema and the generated files are unchanged since the last run; skipped');
  process.exit(0);
}
const run = spawnSync('npm', ['run', '--silent', 'codegen'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (run.status !== 0) process.exit(run.status ?? 1);
mkdirSync(dirname(stampFile), { recursive: true });
writeFileSync(stampFile, `${fingerprint()}\n`);
