// ITT coverage: for each hardware entry of a regime, the software and technology entries that cover it and
// for which phases, the hardware left uncovered, and ratios per category and per technology area.
import { z } from 'zod';
import { PHASES, type Phase } from '../../../seed/model.js';
import type { Executor } from '../../db/executor.js';
import { assertListExists } from '../lists.js';
import type { IttArgs } from './args.js';
import type { CoverageSummary, HardwareCoverage, IttCoverageReport, TechnologyRef } from './model.js';
import { EntryRefRow, reportBasis, TechnologyRefRow } from './rows.js';

const Row = z.object({
  entry: EntryRefRow,
  coveredBy: z.array(
    z.object({ entry: EntryRefRow, phases: z.array(z.enum(PHASES)), evidence: z.string(), attributedToRegime: z.boolean() }),
  ),
  technologies: z.array(TechnologyRefRow),
});

function summarise(items: HardwareCoverage[]): CoverageSummary {
  const covered = items.filter((h) => h.covered).length;
  const withPhase = (phase: Phase) => items.filter((h) => h.phases.includes(phase)).length;
  return {
    hardware: items.length,
    covered,
    ratio: items.length === 0 ? 0 : covered / items.length,
    development: withPhase('development'),
    production: withPhase('production'),
    use: withPhase('use'),
  };
}

export async function ittCoverageReport(executor: Executor, args: IttArgs): Promise<IttCoverageReport> {
  await assertListExists(executor, args.list);
  const [basis, rows] = await Promise.all([
    reportBasis(executor, args.list, true),
    executor.read('reports/itt-coverage', { regime: args.regime, list: args.list, category: args.category }, 'ittCoverage'),
  ]);
  const technologiesOf = new Map<string, TechnologyRef[]>();
  const hardware: HardwareCoverage[] = rows.map((raw) => {
    const row = Row.parse(raw);
    technologiesOf.set(row.entry.id, row.technologies);
    const coveredBy = row.coveredBy
      .map((c) => ({ ...c, kind: c.entry.group === 'D' ? ('SOFTWARE' as const) : ('TECHNOLOGY' as const) }))
      .sort((a, b) => a.entry.code.localeCompare(b.entry.code));
    const phases = PHASES.filter((phase) => coveredBy.some((c) => c.attributedToRegime && c.phases.includes(phase)));
    return { entry: row.entry, coveredBy, phases, covered: coveredBy.some((c) => c.attributedToRegime) };
  });

  const byCategoryMap = new Map<number | null, HardwareCoverage[]>();
  for (const h of hardware) byCategoryMap.set(h.entry.category, [...(byCategoryMap.get(h.entry.category) ?? []), h]);
  const byTechnologyMap = new Map<string, { technology: TechnologyRef; items: HardwareCoverage[] }>();
  for (const h of hardware) {
    for (const technology of technologiesOf.get(h.entry.id) ?? []) {
      const slot = byTechnologyMap.get(technology.id) ?? { technology, items: [] };
      slot.items.push(h);
      byTechnologyMap.set(technology.id, slot);
    }
  }
  return {
    ...basis,
    regime: args.regime,
    list: args.list,
    category: args.category,
    hardware,
    uncovered: hardware.filter((h) => !h.covered).map((h) => h.entry),
    summary: summarise(hardware),
    byCategory: [...byCategoryMap.entries()].sort(([a], [b]) => (a ?? 99) - (b ?? 99)).map(([category, items]) => ({ category, summary: summarise(items) })),
    byTechnology: [...byTechnologyMap.values()]
      .sort((a, b) => a.technology.name.localeCompare(b.technology.name))
      .map(({ technology, items }) => ({ technology, summary: summarise(items) })),
  };
}
