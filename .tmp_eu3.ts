import { readFileSync } from 'node:fs';
import { parseEuAnnexI } from './seed/sources/euAnnexI.js';
const f = 'seed/data/eu-annex-i/annex_i_en_2025-11.json';
const p = parseEuAnnexI(readFileSync(f, 'utf8'), { file: f, sha256: '0'.repeat(64) });
console.log(p.supports.filter(s => s.from === '9E102' && s.to === '9A004'));
console.log(p.references.filter(s => s.from === '1C350' && s.to === '1C450'));
console.log(JSON.stringify(p.entries.find(e => e.code === '3A501')!.flags), p.attributions.some(a => a.code === '3A501'));
const c = (xs: string[]) => xs.reduce((m, x) => (m[x] = (m[x] ?? 0) + 1, m), {} as Record<string, number>);
console.log(c(p.references.map(r=>r.kind)), c(p.supports.map(r=>r.phase)));
