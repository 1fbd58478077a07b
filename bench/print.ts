// The tables a benchmark run prints: one per scale, and the growth of database hits against the real data.
import type { Measured } from './measure.js';
import type { ScaleResult } from './results.js';

const ms = (v: number) => (Number.isNaN(v) ? '-' : v < 1 ? v.toFixed(2) : v < 10 ? v.toFixed(1) : v.toFixed(0));
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}x` : '-');
const cpu = (m: Measured) => `${m.cpuMs.server.toFixed(2)}+${m.cpuMs.neo4j.toFixed(2)}`;

export function printScale(r: ScaleResult): void {
  const ahead = r.answersAhead === null ? '' : ` (${r.answersAhead.pinned} answers encoded ahead, ${(r.answersAhead.bytes / 1e6).toFixed(1)} MB, in ${(r.answersAhead.ms / 1000).toFixed(1)} s)`;
  console.log(`\nscale ${r.scale}x: ${r.entries} entries; the service was ready in ${r.readySeconds} s${ahead}, RSS ${r.storedRssMb} MB after its first answers`);
  console.log(`RETURN 1 through the driver: ${r.returnOne.map((f) => `${f.clients} client(s) p50 ${f.p50.toFixed(2)} ms, p95 ${f.p95.toFixed(2)} ms`).join('; ')}`);
  const header = ['question', 'db hits', 'clients', 'driver p50', 'uncached p50/p95', 'uncached ÷ driver', 'peer p50', 'peer ÷ uncached', 'first after start', 'stored p50', 'bare p50', 'first ÷ bare', 'CPU ms/req uncached (svc+neo4j)', 'CPU stored', 'req/s uncached / stored / bare'];
  const rows = r.questions.flatMap((q) =>
    q.runs.map((run, i) => [
      i === 0 ? q.name : '',
      i === 0 ? String(q.dbHits) : '',
      String(run.clients),
      ms(run.driver.p50),
      `${ms(run.uncached.p50)}/${ms(run.uncached.p95)}`,
      ratio(run.uncached.p50, run.driver.p50),
      run.peer ? ms(run.peer.p50) : '',
      run.peer ? ratio(run.peer.p50, run.uncached.p50) : '',
      i === 0 ? ms(q.firstAfterStartMs) : '',
      ms(run.stored.p50),
      ms(run.bare.p50),
      i === 0 ? ratio(q.firstAfterStartMs, run.bare.p50) : '',
      cpu(run.uncached),
      cpu(run.stored),
      `${ms(run.uncached.rps)} / ${ms(run.stored.rps)} / ${ms(run.bare.rps)}`,
    ]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
  for (const q of r.questions) if (q.error !== undefined) console.log(`${q.name}: not measured (${q.error})`);
  const errors = r.questions.flatMap((q) => q.runs.flatMap((run) => [run.driver, run.uncached, run.stored, run.bare, ...(run.peer ? [run.peer] : [])])).reduce((n, m) => n + m.errors, 0);
  if (errors > 0) console.log(`(${errors} requests failed)`);
}

export function printGrowth(scales: ScaleResult[]): void {
  const [first] = scales;
  if (!first || scales.length < 2) return;
  console.log('\ngrowth of database hits against the real data (1x):');
  for (const q of first.questions) {
    const ratios = scales.slice(1).map((s) => {
      const hits = s.questions.find((x) => x.name === q.name)?.dbHits ?? NaN;
      return `${s.scale}x: ${(hits / q.dbHits).toFixed(2)}`;
    });
    console.log(`  ${q.name.padEnd(32)} ${ratios.join('  ')}`);
  }
}
