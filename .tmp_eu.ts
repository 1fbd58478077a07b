import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { parseEuAnnexI } from './seed/sources/euAnnexI.js';
const f = 'seed/data/eu-annex-i/annex_i_en_2025-11.json';
const j = readFileSync(f, 'utf8');
const p = parseEuAnnexI(j, { file: f, sha256: createHash('sha256').update(j).digest('hex') });
console.log('entries', p.entries.length, 'attr', p.attributions.length, 'refs', p.references.length, 'supports', p.supports.length, 'issues', p.issues.length);
const c = (xs: string[]) => xs.reduce((m, x) => (m[x] = (m[x] ?? 0) + 1, m), {} as Record<string, number>);
console.log(c(p.issues.map(i => i.action)));
console.log(c(p.attributions.map(a => a.regime)));
console.log(c(p.issues.map(i => i.problem.replace(/["“].*$/, '').replace(/\d+/g, 'N').slice(0, 60))));
for (const i of p.issues.filter(i => !i.problem.startsWith('not an entry') && !i.problem.startsWith('text is empty'))) console.log(i.record, i.action, i.problem.slice(0, 200));
const by = new Map(p.entries.map(e => [e.code, e]));
for (const code of ['0A001', '1C350', '2E003', '2E503', '9E102', '4E001', '0C005', '1C002', '3A002']) { const e = by.get(code)!; console.log(code, e.flags, '\n  ', e.text.slice(0, 300), '\n  ...', e.text.slice(-300)); }
console.log(p.attributions.filter(a => ['0A001','1C350','2B201','1C450','9A101','1C001'].includes(a.code)));
