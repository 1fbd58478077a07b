// Overlap of two or more regimes: entries attributed to all of them (and how many parts), cross-regime links
// (references and shared technology areas), and the technology areas all of them control, thresholds side by side.
import { z } from 'zod';
import type { Executor } from '../../db/executor.js';
import { RegimeCode } from '../../domain/vocabulary.js';
import { assertListExists } from '../lists.js';
import type { OverlapArgs } from './args.js';
import type { CrossRegimeLink, OverlapReport, RegimeEntries, SharedEntry, TechnologyOverlap } from './model.js';
import { AttributionRow, EntryRefRow, reportBasis, TechnologyRefRow, ThresholdRow } from './rows.js';
import { compareThresholds } from './thresholdComparison.js';

const Regime = RegimeCode;
const SharedRow = z.object({ entry: EntryRefRow, attributions: z.array(AttributionRow) });
const LinkRow = z.object({ from: EntryRefRow, fromRegime: Regime, to: EntryRefRow, toRegime: Regime, evidence: z.string() });
const TechnologyRow = z.object({
  technology: TechnologyRefRow,
  regimes: z.array(z.object({ regime: Regime, entries: z.array(z.object({ entry: EntryRefRow, thresholds: z.array(ThresholdRow) })) })),
});

/** The report's sections that cost a query each; a caller that will not show one may leave it out (it is then empty). */
export interface OverlapSections {
  sharedEntries: boolean;
  sharedPartCount: boolean;
  links: boolean;
  technologies: boolean;
}

const ALL_SECTIONS: OverlapSections = { sharedEntries: true, sharedPartCount: true, links: true, technologies: true };

export async function overlapReport(executor: Executor, args: OverlapArgs, sections: OverlapSections = ALL_SECTIONS): Promise<OverlapReport> {
  const params = { regimes: args.regimes, list: args.list, category: args.category };
  const none = Promise.resolve([] as Record<string, unknown>[]);
  // One consistent read: the basis and every section are of the same data version.
  const { result } = await executor.snapshot('overlap', async (tx) => {
    await assertListExists(tx, args.list);
    return Promise.all([
      reportBasis(tx, args.list),
      sections.sharedEntries ? tx.read('reports/overlap-shared', params) : none,
      sections.sharedPartCount ? tx.read('reports/overlap-shared-parts', params) : none,
      sections.links ? tx.read('reports/overlap-references', params) : none,
      sections.links ? tx.read('reports/overlap-shared-technology', params) : none,
      sections.technologies ? tx.read('reports/overlap-technologies', params) : none,
    ]);
  });
  const [basis, shared, sharedParts, references, sharedTechnology, technologies] = result;
  const order = (regime: string) => args.regimes.indexOf(regime as never);
  const sharedEntries: SharedEntry[] = shared.map((row) => {
    const parsed = SharedRow.parse(row);
    return { ...parsed, attributions: parsed.attributions.sort((a, b) => order(a.regime) - order(b.regime) || a.basis.localeCompare(b.basis)) };
  });
  const links: CrossRegimeLink[] = [
    ...references.map((row) => ({ ...LinkRow.parse(row), kind: 'REFERENCE' as const })),
    ...sharedTechnology.map((row) => ({ ...LinkRow.parse(row), kind: 'SHARED_TECHNOLOGY' as const })),
  ];
  const technologyOverlaps: TechnologyOverlap[] = technologies.map((row) => {
    const parsed = TechnologyRow.parse(row);
    const regimes: RegimeEntries[] = parsed.regimes.sort((a, b) => order(a.regime) - order(b.regime));
    return { technology: parsed.technology, regimes, comparisons: compareThresholds(regimes) };
  });
  const sharedPartCount = z.number().int().parse(sharedParts[0]?.total ?? 0);
  return { ...basis, regimes: args.regimes, list: args.list, category: args.category, sharedEntries, sharedPartCount, links, technologies: technologyOverlaps };
}
