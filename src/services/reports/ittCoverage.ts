// ITT coverage: for each hardware entry of a regime, the software and technology entries that serve it, for
// which phases, and whether each counts for the regime (through the row or code that ties it); software and
// technology counted apart, the hardware whose technology is uncovered, and totals per category and technology area.
import { within } from '../../domain/attribution.js';
import { PHASES, type Phase } from '../../domain/vocabulary.js';
import type { Graph } from '../../repositories/graph.js';
import { readIttCoverageRows } from '../../repositories/ittCoverage.js';
import { withinKnownList } from '../lists.js';
import type { IttArgs } from './args.js';
import type { CoverageSummary, HardwareCoverage, IttCoverageReport, TechnologyRef } from './model.js';

function summarise(items: HardwareCoverage[]): CoverageSummary {
  const covered = items.filter((h) => h.technologyCovered).length;
  const count = (pick: (h: HardwareCoverage) => boolean) => items.filter(pick).length;
  return {
    hardware: items.length,
    covered,
    ratio: items.length === 0 ? 0 : covered / items.length,
    technologyCovered: covered,
    softwareCovered: count((h) => h.softwareCovered),
    technologyCoveredInPart: count((h) => h.technologyCovered && h.technologyParts.length > 0),
    development: count((h) => h.phases.includes('development')),
    production: count((h) => h.phases.includes('production')),
    use: count((h) => h.phases.includes('use')),
    softwareDevelopment: count((h) => h.softwarePhases.includes('development')),
    softwareProduction: count((h) => h.softwarePhases.includes('production')),
    softwareUse: count((h) => h.softwarePhases.includes('use')),
  };
}

const inOrder = (phases: Iterable<Phase>) => PHASES.filter((phase) => [...phases].includes(phase));

/** The paragraphs some links reach, [] when one reaches the whole entry (its parts stored as ''). */
function reached(links: ReadonlyArray<{ parts: string }>): string[] {
  if (links.some((l) => l.parts === '')) return [];
  return [...new Set(links.flatMap((l) => l.parts.split(' ')))].sort();
}

export async function ittCoverageReport(graph: Graph, args: IttArgs): Promise<IttCoverageReport> {
  const { basis, hardware: rows } = withinKnownList(await readIttCoverageRows(graph, args)).result;
  const technologiesOf = new Map<string, TechnologyRef[]>();
  const hardware: HardwareCoverage[] = rows.map((row) => {
    technologiesOf.set(row.entry.id, row.technologies);
    // Only the regime's paragraphs (its gap units) are told, and reaching all of them is reaching the whole of what the
    // regime controls there: 8D620 reaches 8A620 but .b and .y ("8A620 … (except … 8A620.b or .y …)"), and those are not
    // Wassenaar's; 9E515 reaches 9A515.d, .e.2 and .h, the MTCR's three, for development, but .e.2 not for use.
    const units = row.regimeUnits;
    const forRegime = (all: string[]) => {
      if (all.length === 0 || units.length === 0) return all;
      const parts = [...new Set(all.flatMap((part) => units.flatMap((unit) => (within(part, unit) ? [part] : within(unit, part) ? [unit] : []))))].sort();
      // None of the regime's paragraphs among them (the units tell another reading): the paragraphs as reached.
      if (parts.length === 0) return all;
      return units.every((unit) => parts.some((part) => within(unit, part))) ? [] : parts;
    };
    const coveredBy = row.coveredBy
      .map((c) => ({
        entry: c.entry,
        kind: c.entry.group === 'D' ? ('SOFTWARE' as const) : ('TECHNOLOGY' as const),
        phases: inOrder(c.phases),
        regimePhases: inOrder(c.regimePhases),
        countsForRegime: c.regimePhases.length > 0,
        tie: c.tieRule && c.tieWords ? { rule: c.tieRule, words: c.tieWords } : null,
        attributedToRegime: c.attributedToRegime,
        evidence: c.evidence,
        parts: forRegime(reached(c.reach)),
        regimeReach: c.regimeReach,
      }))
      .sort((a, b) => a.entry.code.localeCompare(b.entry.code));
    // The paragraphs the counting entries of a kind name, or [] when one of them serves the whole entry (or none counts).
    // A phase's paragraphs likewise: 9D104 serves only EU 9A116.d for "use", while 9D001 and 9D002 serve all of 9A116 for
    // development and production.
    // 9E515 reaches 9A515.d, .e.2 and .h for the MTCR's development, .d and .h for its use (9E515.e names no use).
    const partsOf = (kind: 'SOFTWARE' | 'TECHNOLOGY', phase?: Phase) =>
      forRegime(reached(coveredBy.filter((c) => c.kind === kind).flatMap((c) => c.regimeReach.filter((r) => phase === undefined || r.phase === phase))));
    const phasesOf = (kind: 'SOFTWARE' | 'TECHNOLOGY') => inOrder(coveredBy.filter((c) => c.kind === kind).flatMap((c) => c.regimePhases));
    const phases = phasesOf('TECHNOLOGY');
    const softwarePhases = phasesOf('SOFTWARE');
    return {
      entry: row.entry,
      coveredBy: coveredBy.map(({ regimeReach: _, ...c }) => c),
      phases,
      softwarePhases,
      covered: phases.length > 0,
      technologyCovered: phases.length > 0,
      softwareCovered: softwarePhases.length > 0,
      technologyParts: partsOf('TECHNOLOGY'),
      softwareParts: partsOf('SOFTWARE'),
      phaseParts: [
        ...softwarePhases.map((phase) => ({ kind: 'SOFTWARE' as const, phase, parts: partsOf('SOFTWARE', phase) })),
        ...phases.map((phase) => ({ kind: 'TECHNOLOGY' as const, phase, parts: partsOf('TECHNOLOGY', phase) })),
      ],
    };
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
