// Gaps: which entries of one regime another regime does not cover, within each entry's own list, read from the
// coverage derived at import. Every entry examined is accounted for: a gap row (with technology-area hints),
// a partly covered row, or a covered row, each with its evidence; ITAR placeholders are listed apart.
import { z } from 'zod';
import type { Executor } from '../../db/executor.js';
import { assertListExists } from '../lists.js';
import type { GapsArgs } from './args.js';
import type { CoverageRow, ElsewhereRow, GapGroup, GapReport, GapRow } from './model.js';
import { AttributionRow, EntryRefRow, reportBasis, TechnologyRefRow } from './rows.js';
import { COVERAGE_RULES } from '../../domain/coverage.js';

const Evidence = z.object({
  kind: z.enum(['ATTRIBUTION', 'REFERENCE', 'SUPPORT']),
  parts: z.array(z.string()),
  other: z.string().nullable(),
  words: z.string(),
  rule: z.enum(Object.keys(COVERAGE_RULES) as [keyof typeof COVERAGE_RULES, ...Array<keyof typeof COVERAGE_RULES>]),
});

const Row = z.object({
  entry: EntryRefRow,
  coverage: z.object({
    status: z.enum(['COVERED', 'PARTIAL', 'GAP']),
    units: z.array(z.string()),
    coveredUnits: z.array(z.string()),
    partialUnits: z.array(z.string()),
    servedItems: z.array(z.string()).default([]),
    servedItemsUncovered: z.array(z.string()).default([]),
    evidence: z.array(z.string().transform((json) => Evidence.parse(JSON.parse(json)))),
  }),
  attributions: z.array(AttributionRow),
  technologies: z.array(TechnologyRefRow),
  /** For a gap row: the entry's own rows for the other regime, which reach other items than the examined ones. */
  againstRows: z.array(z.string()).default([]),
  /** For a gap row: software or technology entries of the other regime's numbering that name it (EU group wording). */
  againstServing: z.array(z.string()).default([]),
  hints: z.array(TechnologyRefRow),
});

const ElsewhereDbRow = z.object({ entry: EntryRefRow, scope: z.string() });

/** What was looked for and not found; the attribution's own words travel separately, as evidence. */
function reasonFor(row: z.infer<typeof Row>, args: GapsArgs): string {
  const units = row.coverage.units.length === 1 && row.coverage.units[0] === row.entry.code ? 'the entry' : `paragraphs ${row.coverage.units.join(', ')}`;
  const hints =
    row.hints.length > 0
      ? ` It shares technology areas with ${args.against} entries of the list (${row.hints.map((t) => t.name).join(', ')}): a lead to check, not coverage.`
      : '';
  // 2E001: its NS row ("NS applies to “technology” for items controlled by 2A001, 2B001 to 2B009 …") is Wassenaar's, but
  // reaches other items than its CB row's: say so rather than that there is no Wassenaar row.
  if (row.againstRows.length > 0) {
    const many = row.againstRows.length > 1;
    return `The entry's ${args.against} row${many ? 's' : ''} (“${row.againstRows.join('”; “')}”) reach${many ? '' : 'es'} other items than its ${args.regime} ones, and ${many ? 'they' : 'it'}, not the code's numbering, say${many ? '' : 's'} what the entry controls for ${args.against}; no ${args.against} entry of the list controls, specifies or sets parameters for it, and no ${args.against} software or technology row names it.${hints}`;
  }
  // EU 9B105 (an MTCR item) is named by 9E001 "… equipment … specified in 9A004 to 9A012, 9A350, 9B or 9D", a Wassenaar
  // number: Annex I writes every regime's technology control for a group's goods under one entry, so that entry serves the
  // item for the item's own regime, not for Wassenaar (see ITT_EU_GROUP). Say so rather than that nothing names it.
  const serving =
    row.againstServing.length > 0
      ? ` ${row.againstServing.join(', ')}, software or technology ${row.againstServing.length > 1 ? 'entries' : 'entry'} of the ${args.against} numbering, name${row.againstServing.length > 1 ? '' : 's'} it, but an EU entry has no rows and its number does not make every item it names ${args.against}'s: where it names the item's whole group, it holds each regime's control for the group's goods (rule ITT_EU_GROUP), so it is no ${args.against} coverage.`
      : '';
  const rowsPart = serving === '' ? `, nor a ${args.against} software or technology row that names it` : '';
  return `No ${args.against} attribution of ${units}, and no ${args.against} entry of the list that controls, specifies or sets parameters for it${rowsPart}.${serving}${hints}`;
}

export async function gapReport(executor: Executor, args: GapsArgs): Promise<GapReport> {
  const params = { regime: args.regime, against: args.against, list: args.list, category: args.category };
  // One consistent read: the basis, the rows and the ITAR placeholders are of the same data version.
  const { result } = await executor.snapshot('gaps', async (tx) => {
    await assertListExists(tx, args.list);
    return Promise.all([reportBasis(tx, args.list), tx.read('reports/gaps', params), tx.read('reports/gaps-elsewhere', params)]);
  });
  const [basis, rows, elsewhereRows] = result;
  const groups = new Map<string, GapGroup>();
  const partial: CoverageRow[] = [];
  const covered: CoverageRow[] = [];
  let total = 0;
  for (const raw of rows) {
    const row = Row.parse(raw);
    const { status, units, coveredUnits, partialUnits, servedItems, servedItemsUncovered, evidence } = row.coverage;
    const coverage: CoverageRow = {
      entry: row.entry,
      status,
      attributions: row.attributions,
      units,
      coveredUnits,
      partialUnits,
      uncoveredUnits: units.filter((u) => !coveredUnits.includes(u) && !partialUnits.includes(u)),
      servedItems,
      servedItemsUncovered,
      evidence,
    };
    if (status === 'COVERED') covered.push(coverage);
    else if (status === 'PARTIAL') partial.push(coverage);
    else {
      total++;
      // Grouped by category, then by technology area; an entry in several areas is listed under its first.
      const technology = [...row.technologies].sort((a, b) => a.name.localeCompare(b.name))[0] ?? null;
      const key = `${row.entry.category ?? ''}|${technology?.id ?? ''}`;
      const group = groups.get(key) ?? { category: row.entry.category, technology, rows: [] as GapRow[] };
      group.rows.push({ ...coverage, technologies: row.technologies, hints: row.hints, reason: reasonFor(row, args) });
      groups.set(key, group);
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) => (a.category ?? 99) - (b.category ?? 99) || (a.technology?.name ?? '\uffff').localeCompare(b.technology?.name ?? '\uffff'),
  );
  const elsewhere: ElsewhereRow[] = elsewhereRows.map((raw) => {
    const row = ElsewhereDbRow.parse(raw);
    return { entry: row.entry, controlledBy: 'US Munitions List (ITAR, 22 CFR parts 120–130)', evidence: row.entry.title };
  });
  return { ...basis, regime: args.regime, against: args.against, list: args.list, category: args.category, total, groups: sorted, partial, covered, elsewhere };
}
