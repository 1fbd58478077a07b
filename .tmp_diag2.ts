// which non-italic paragraphs after Items: were not read as parts
import fs from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
const r = JSON.parse(fs.readFileSync('/tmp/ccl.json', 'utf8'));
const parts = new Set(r.entries.filter((e: any) => e.kind === 'PART').map((e: any) => e.code));
const ents = r.entries.filter((e: any) => e.kind === 'ENTRY');
const counts: Record<string, number> = {};
const samples: Record<string, string[]> = {};
let noParts = 0;
for (const e of ents) {
  const lines: string[] = e.text.split('\n');
  const i = lines.findIndex((l) => /^Items:/.test(l));
  if (i < 0) continue;
  const has = r.entries.some((p: any) => p.parentCode === e.code);
  if (!has && !/contained in (?:the|this) ECCN heading/i.test(lines[i])) { noParts++; console.log('NOPARTS', e.code, lines.slice(i, i + 3).join(' // ').slice(0, 200)); }
  for (const l of lines.slice(i + 1)) {
    const m = /^(\S+)/.exec(l); const k = (m?.[1] ?? '').replace(/[a-z]/g, 'x').replace(/\d+/g, '9');
    counts[k] = (counts[k] ?? 0) + 1; (samples[k] ??= []).push(e.code + ': ' + l.slice(0, 100));
  }
}
console.log(noParts);
console.log(Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 30));
for (const k of ["9A9.x", "9A9", "9A9.x.9", "9", "x.9"]) console.log(k, (samples[k] ?? []).slice(0, 6));
