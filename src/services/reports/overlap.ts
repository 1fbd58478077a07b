// Overlap of two or more regimes: entries attributed to all of them (and how many parts), cross-regime links
// (references and shared technology areas), and the technology areas all of them control, thresholds side by side.
import type { Graph } from '../../repositories/graph.js';
import { readOverlapRows, type OverlapSections } from '../../repositories/overlaps.js';
import { withinKnownList } from '../lists.js';
import type { OverlapArgs } from './args.js';
import type { CrossRegimeLink, OverlapReport, RegimeEntries, SharedEntry, TechnologyOverlap } from './model.js';
import { compareThresholds } from './thresholdComparison.js';

/** Every section; a caller that will not show one may leave it out (it is then empty and costs no statement). */
const ALL_SECTIONS: OverlapSections = { sharedEntries: true, sharedPartCount: true, links: true, technologies: true };

export async function overlapReport(graph: Graph, args: OverlapArgs, sections: OverlapSections = ALL_SECTIONS): Promise<OverlapReport> {
  const { basis, shared, sharedPartCount, references, sharedTechnology, technologies } = withinKnownList(await readOverlapRows(graph, args, sections)).result;
  const order = (regime: string) => args.regimes.indexOf(regime as never);
  const sharedEntries: SharedEntry[] = shared.map((row) => ({
    ...row,
    attributions: row.attributions.sort((a, b) => order(a.regime) - order(b.regime) || a.basis.localeCompare(b.basis)),
  }));
  const links: CrossRegimeLink[] = [
    ...references.map((row) => ({ ...row, kind: 'REFERENCE' as const })),
    ...sharedTechnology.map((row) => ({ ...row, kind: 'SHARED_TECHNOLOGY' as const })),
  ];
  const technologyOverlaps: TechnologyOverlap[] = technologies.map((row) => {
    const regimes: RegimeEntries[] = row.regimes.sort((a, b) => order(a.regime) - order(b.regime));
    return { technology: row.technology, regimes, comparisons: compareThresholds(regimes) };
  });
  return { ...basis, regimes: args.regimes, list: args.list, category: args.category, sharedEntries, sharedPartCount, links, technologies: technologyOverlaps };
}
