// Runs GraphQL Code Generator only when what it reads or writes changed since its last run here, so that a
// restart or a test run skips it when the schema did not change. `npm run codegen` always runs it.
// The fingerprint covers codegen.yml, the schema files, package-lock.json (the plugins' versions) and the
// generated files (scripts/fingerprint.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, runWhenStale } from './fingerprint.mjs';

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

runWhenStale({
  name: 'codegen',
  script: 'codegen',
  stamp: '.codegen-fingerprint',
  paths: () => [...inputs, ...outputs],
  skipped: 'the schema and the generated files are unchanged since the last run',
});
