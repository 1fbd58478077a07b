import fs from 'node:fs';
import { extractReferences, extractSupports } from './seed/parse/references.js';
const r = JSON.parse(fs.readFileSync('/tmp/ccl.json', 'utf8'));
const known = new Set<string>(r.entries.filter((e: any) => e.kind === 'ENTRY').map((e: any) => e.code));
for (let k = 0; k < 3; k++) {
  let t = Date.now();
  for (const e of r.entries) if (e.kind === 'ENTRY') extractReferences(e.code, e.title + '\n' + e.text, { knownCodes: known });
  const a = Date.now() - t; t = Date.now();
  for (const e of r.entries) if (e.kind === 'ENTRY') extractSupports(e.code, e.title + '\n' + e.text, { knownCodes: known });
  console.log(a, Date.now() - t);
}
