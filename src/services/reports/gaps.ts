// Gaps: what one regime controls that another does not cover, grouped by category and technology area,
// each row with the reason it counts as a gap.
import { z } from 'zod';
import type { Executor } from '../../db/executor.js';
import { assertListExists } from '../lists.js';
import type { GapsArgs } from './args.js';
import type { GapGroup, GapReport, GapRow } from './model.js';
import { AttributionRow, EntryRefRow, reportBasis, TechnologyRefRow } from './rows.js';

const Row = z.object({ entry: EntryRefRow, attributions: z.array(AttributionRow), technologies: z.array(TechnologyRefRow) });

/** What was looked for and not found; the attribution's own words travel separately, as evidence. */
function reasonFor(row: z.infer<typeof Row>, args: GapsArgs): string {
  const areas =
    row.technologies.length === 0
      ? 'falls in no technology area of the taxonomy'
      : `shares no technology area with a ${args.against} entry (its areas: ${row.technologies.map((t) => t.name).join(', ')})`;
  return `No ${args.against} attribution; no reference or support link to a ${args.against} entry; ${areas}.`;
}

export async function gapReport(executor: Executor, args: GapsArgs): Promise<GapReport> {
  await assertListExists(executor, args.list);
  const [basis, rows] = await Promise.all([
    reportBasis(executor, args.list),
    executor.read('reports/gaps', { regime: args.regime, against: args.against, list: args.list, category: args.category }, 'gaps'),
  ]);
  // Grouped by category, then by technology area; an entry in several areas is listed under its first.
  const groups = new Map<string, GapGroup>();
  for (const raw of rows) {
    const row = Row.parse(raw);
    const technology = [...row.technologies].sort((a, b) => a.name.localeCompare(b.name))[0] ?? null;
    const key = `${row.entry.category ?? ''}|${technology?.id ?? ''}`;
    const group = groups.get(key) ?? { category: row.entry.category, technology, rows: [] as GapRow[] };
    group.rows.push({ entry: row.entry, attributions: row.attributions, technologies: row.technologies, reason: reasonFor(row, args) });
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => (a.category ?? 99) - (b.category ?? 99) || (a.technology?.name ?? '\uffff').localeCompare(b.technology?.name ?? '\uffff'),
  );
  return { ...basis, regime: args.regime, against: args.against, list: args.list, category: args.category, total: rows.length, groups: sorted };
}
