import fs from 'node:fs';
import { parseCcl } from './seed/sources/ccl.js';
const xml = fs.readFileSync('seed/data/us-ccl/ccl_supp1.xml', 'utf8');
const t = Date.now();
const r = parseCcl(xml, { file: 'ccl_supp1.xml', sha256: '0'.repeat(64) });
console.log('ms', Date.now() - t);
const ent = r.entries.filter(e => e.kind === 'ENTRY');
console.log('entries', ent.length, 'parts', r.entries.length - ent.length, 'reasons', r.reasons.length, 'attr', r.attributions.length, 'refs', r.references.length, 'supports', r.supports.length, 'issues', r.issues.length);
const by: Record<string, number> = {};
for (const a of r.attributions) by[a.regime + ' ' + a.basis + (a.wholeEntry ? ' whole' : ' partial')] = (by[a.regime + ' ' + a.basis + (a.wholeEntry ? ' whole' : ' partial')] ?? 0) + 1;
console.log(by);
const probs: Record<string, number> = {};
for (const i of r.issues) { const k = i.action + ' ' + i.problem.replace(/"[^"]*"/g, '"…"').replace(/\d[A-E]\d{3}[.a-z0-9]*/g, 'X'); probs[k] = (probs[k] ?? 0) + 1; }
console.log(probs);
fs.writeFileSync('/tmp/ccl.json', JSON.stringify(r, null, 1));
