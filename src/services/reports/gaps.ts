// Gaps: which entries of one regime another regime does not cover, within each entry's own list, read from the
// coverage derived at import. Every entry examined is accounted for: a gap row (with technology-area hints),
// a partly covered row, or a covered row, each with its evidence; ITAR placeholders are listed apart.
import type { Graph } from '../../repositories/graph.js';
import { readGapRows, type CoverageCandidate } from '../../repositories/gaps.js';
import { withinKnownList } from '../lists.js';
import type { GapsArgs } from './args.js';
import type { CoverageRow, ElsewhereRow, GapGroup, GapReport, GapRow } from './model.js';

/** What was looked for and not found; the attribution's own words travel separately, as evidence. */
function reasonFor(row: CoverageCandidate, args: GapsArgs): string {
  const units = row.coverage.units.length === 1 && row.coverage.units[0] === row.entry.code ? 'the entry' : `paragraphs ${row.coverage.units.join(', ')}`;
  const hints =
    row.hints.length > 0
      ? ` It shares technology areas with ${args.against} entries of the list (${row.hints.map((t) => t.name).join(', ')}): a lead to check, not coverage.`
      : '';
  // 2E001: its NS row ("NS applies to “technology” for items controlled by 2A001, 2B001 to 2B009 …") is Wassenaar's, but
  // reaches other items than its CB row's: say so rather than that there is no Wassenaar row.
  if (row.againstRows.length > 0) {
    const many = row.againstRows.length > 1;
    return `The entry's ${args.against} row${many ? 's' : ''} (“${row.againstRows.join('”; “')}”) reach${many ? '' : 'es'} other items than its ${args.regime} ones, and ${many ? 'they' : 'it'}, not the code's numbering, say${many ? '' : 's'} what the entry controls for ${args.against}; no ${args.against} entry of the list controls, specifies or sets parameters for it, and no ${args.against} row of a software or technology entry names it.${hints}`;
  }
  // EU 9B105 (an MTCR item) is named by 9E001 "… equipment … specified in 9A004 to 9A012, 9A350, 9B or 9D", a Wassenaar
  // number: Annex I writes every regime's technology control for a group's goods under one entry, so that entry serves the
  // item for the item's own regime, not for Wassenaar (see ITT_EU_GROUP). Say so rather than that nothing names it.
  const serving =
    row.againstServing.length > 0
      ? ` ${row.againstServing.join(', ')}, software or technology ${row.againstServing.length > 1 ? 'entries' : 'entry'} of the ${args.against} numbering, name${row.againstServing.length > 1 ? '' : 's'} it, but an EU entry has no rows and its number does not make every item it names ${args.against}'s: where it names the item's whole group, it holds each regime's control for the group's goods (rule ITT_EU_GROUP), so it is no ${args.against} coverage.`
      : '';
  // CCL 9B116 (MTCR) is served by 9E002 ("… “production” of “equipment” controlled by ECCN 9A004 or 9B …") under "NS
  // applies to entire entry": a US control of its technology, but NS is Wassenaar's only for Wassenaar's items.
  const whole =
    row.againstWholeRows.length > 0
      ? ` ${row.againstWholeRows.map((w) => `${w.code} (“${w.words}”)`).join(', ')} serve${row.againstWholeRows.length > 1 ? '' : 's'} it under a row over ${row.againstWholeRows.length > 1 ? 'their' : 'its'} entire entry: the US controls that technology for this reason, but the reason is ${args.against}'s only for ${args.against}'s items, and this is not one (rule ITT_WHOLE_ROW counts it for ${args.against} hardware only), so it is no ${args.against} coverage.`
      : '';
  // EU 9A118 "Devices to regulate combustion usable in engines, … specified in 9A011 or 9A111": Wassenaar's 9A011
  // controls those engines "and specially designed components therefor", which may take in such a device; the lists do
  // not say, so the reason names the link for the reader to check.
  const named = [...new Map(row.againstNamed.map((n) => [n.code, n.words])).entries()];
  const leads =
    named.length > 0
      ? ` It names ${named.map(([code]) => code).join(', ')} (${args.against}) as what it is used in or with (“${[...new Set(named.map(([, words]) => words))].join('”; “')}”): whether ${args.against}'s control of ${named.length > 1 ? 'those items' : 'that item'} reaches it (as a component “specially designed” therefor, say), the texts do not say; a lead to check, not coverage.`
      : '';
  // "an AG row", "an MTCR row", "a WA row": the article goes by how the letters are said.
  const article = /^(?:MTCR|NSG|AG)$/.test(args.against) ? 'an' : 'a';
  const rowsPart = serving === '' ? `, nor ${article} ${args.against} row of a software or technology entry that names it` : '';
  return `No ${args.against} attribution of ${units}, and no ${args.against} entry of the list that controls, specifies or sets parameters for it${rowsPart}.${serving}${whole}${leads}${hints}`;
}

export async function gapReport(graph: Graph, args: GapsArgs): Promise<GapReport> {
  const { basis, candidates, placeholders } = withinKnownList(await readGapRows(graph, args)).result;
  const groups = new Map<string, GapGroup>();
  const partial: CoverageRow[] = [];
  const covered: CoverageRow[] = [];
  let total = 0;
  for (const row of candidates) {
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
  const elsewhere: ElsewhereRow[] = placeholders.map((row) => ({
    entry: row.entry,
    controlledBy: 'US Munitions List (ITAR, 22 CFR parts 120–130)',
    evidence: row.entry.title,
  }));
  return { ...basis, regime: args.regime, against: args.against, list: args.list, category: args.category, total, groups: sorted, partial, covered, elsewhere };
}
