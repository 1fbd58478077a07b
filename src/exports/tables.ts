// The reports as tidy tables: one table per kind of record, one row per record, every column filled for every
// row it has. A CSV export is one of these tables (`table=`), the workbook has them all as sheets.
import type {
  AttributionFact,
  CoverageEvidence,
  CoverageSummary,
  CoveringEntry,
  EntryRef,
  GapReport,
  HardwareCoverage,
  IttCoverageReport,
  OverlapReport,
  RegimeCode,
} from '../services/reports/model.js';
import type { CsvValue } from './csv.js';

export interface ReportTable {
  /** The name a CSV export asks for (`table=links`), snake_case. */
  name: string;
  /** The workbook sheet's name (at most 31 characters, none of : \ / ? * [ ]). */
  sheet: string;
  /** What one row is, for the workbook's About sheet and the error listing the tables. */
  row: string;
  columns: readonly string[];
  rows: CsvValue[][];
}

export interface TableSpec<R> {
  name: string;
  sheet: string;
  row: string;
  /** A table for CSV only, kept for existing users, not a sheet of the workbook. */
  csvOnly?: boolean;
  columns: readonly string[];
  rows(report: R): CsvValue[][];
}

// ---- shared cells ----------------------------------------------------------------------------

/** How much of the entry an attribution reaches, in words: "whole entry", "parts 9A610.t, 9A610.u", "parameters". */
export function extentWords(a: AttributionFact): string {
  if (a.wholeEntry) return 'whole entry';
  if (a.coverage === 'PARTS') return `parts ${a.parts.join(', ')}${a.conditional ? ', under conditions' : ''}`;
  if (a.coverage === 'WHOLE_EXCEPT') return `whole entry except ${a.exceptParts.join(', ')}${a.conditional ? ', under conditions' : ''}`;
  if (a.coverage === 'SERVED_ITEMS') {
    const narrowed = a.conditionalItems.length > 0 && a.conditionalItems.length < a.servedItems.length ? `, ${a.conditionalItems.join(', ')} under conditions` : a.conditional ? ', under conditions' : '';
    return `for the items it serves: ${a.servedItems.join(', ')}${narrowed}`;
  }
  return 'part, by parameters';
}

/** Every attribution in one cell: basis and extent kept apart from the scope. */
function attributionsCell(attributions: AttributionFact[]): string {
  return attributions.map((a) => `${a.regime} ${a.basis} (${extentWords(a)}): ${a.scope}`).join(' | ');
}

/** Each piece of coverage evidence with its kind, the paragraphs it concerns, the other entry and the rule. */
function evidenceCell(evidence: CoverageEvidence[]): string {
  return evidence
    .map((e) => `${e.kind}${e.parts.length > 0 ? ` [${e.parts.join(', ')}]` : ''}${e.other ? ` via ${e.other}` : ''} (${e.rule}): ${e.words}`)
    .join(' | ');
}

export function coveringLabel(covering: CoveringEntry): string {
  const phases = covering.phases.length > 0 ? `: ${covering.phases.join(', ')}` : '';
  return `${covering.entry.code} (${covering.kind.toLowerCase()}${phases})`;
}

/** Why a hardware entry counts as uncovered, in words a reader can check against the lists. */
export function uncoveredReason(regime: RegimeCode, hardware: HardwareCoverage | undefined): string {
  const others = hardware?.coveredBy.filter((covering) => covering.kind === 'TECHNOLOGY' && covering.regimePhases.length === 0) ?? [];
  if (others.length === 0) return 'No technology entry names it.';
  return `Named only by ${others.map(coveringLabel).join('; ')}, which no ${regime} row or code ties to ${regime} for it.`;
}

export interface HardwareLine {
  entry: EntryRef;
  coverage: HardwareCoverage | undefined;
}

/** Every hardware entry once: the analysed ones, then any listed as uncovered without an analysis row. */
export function hardwareLines(report: IttCoverageReport): HardwareLine[] {
  const lines: HardwareLine[] = report.hardware.map((coverage) => ({ entry: coverage.entry, coverage }));
  const seen = new Set(lines.map((line) => line.entry.id));
  for (const entry of report.uncovered) if (!seen.has(entry.id)) lines.push({ entry, coverage: undefined });
  return lines;
}

// ---- gaps ------------------------------------------------------------------------------------

/**
 * One row per entry examined, so that a working group can check the exclusions as well as the gaps: GAP rows
 * (with their technology area), PARTIAL and COVERED rows with the evidence, ELSEWHERE for ITAR placeholders.
 */
const GAP_ENTRIES: TableSpec<GapReport> = {
  name: 'entries',
  sheet: 'Entries examined',
  row: 'an entry examined: a gap with its technology area, covered in part or covered with the evidence, or controlled elsewhere',
  columns: ['status', 'category', 'technology_id', 'technology', 'list', 'code', 'title', 'regime_attributions', 'units', 'uncovered_units', 'served_items_uncovered', 'evidence', 'reason', 'entry_id'],
  rows(report) {
    // The cells every examined row has, between its status and technology columns and its evidence.
    const examined = (row: GapReport['partial'][number] | GapReport['groups'][number]['rows'][number]): CsvValue[] => [
      row.entry.listId,
      row.entry.code,
      row.entry.title,
      attributionsCell(row.attributions),
      row.units.join(' '),
      row.uncoveredUnits.join(' '),
      row.servedItemsUncovered.join(' '),
    ];
    const rows: CsvValue[][] = report.groups.flatMap((group) =>
      group.rows.map((row) => [
        'GAP',
        group.category,
        group.technology?.id ?? null,
        group.technology?.name ?? null,
        ...examined(row),
        row.hints.length > 0 ? `hints (not coverage): ${row.hints.map((t) => t.name).join(', ')}` : '',
        row.reason,
        row.entry.id,
      ]),
    );
    for (const row of [...report.partial, ...report.covered]) {
      rows.push([
        row.status,
        row.entry.category,
        null,
        null,
        ...examined(row),
        evidenceCell(row.evidence),
        row.status === 'COVERED' ? `covered by ${report.against}` : `covered in part by ${report.against}`,
        row.entry.id,
      ]);
    }
    for (const row of report.elsewhere) {
      rows.push(['ELSEWHERE', row.entry.category, null, null, row.entry.listId, row.entry.code, row.entry.title, '', '', '', '', row.evidence, `controlled on the ${row.controlledBy}`, row.entry.id]);
    }
    return rows;
  },
};

// ---- overlap ---------------------------------------------------------------------------------

const SHARED_ENTRIES: TableSpec<OverlapReport> = {
  name: 'shared_entries',
  sheet: 'Shared entries',
  row: 'one attribution of an entry attributed to every regime compared, with its scope',
  columns: ['category', 'list', 'code', 'title', 'regime', 'basis', 'whole_entry', 'extent', 'scope', 'entry_id'],
  rows: (report) =>
    report.sharedEntries.flatMap(({ entry, attributions }) =>
      attributions.map((a) => [entry.category, entry.listId, entry.code, entry.title, a.regime, a.basis, a.wholeEntry, extentWords(a), a.scope, entry.id]),
    ),
};

const LINKS: TableSpec<OverlapReport> = {
  name: 'links',
  sheet: 'Cross-regime links',
  row: 'a link from an entry written for one regime to an entry written for another: a reference in its text, or a shared technology area',
  columns: ['category', 'from_regime', 'from_list', 'from_code', 'from_title', 'link_kind', 'to_regime', 'to_list', 'to_code', 'to_title', 'evidence', 'from_entry_id', 'to_entry_id'],
  rows: (report) =>
    report.links.map((link) => [
      link.from.category,
      link.fromRegime,
      link.from.listId,
      link.from.code,
      link.from.title,
      link.kind,
      link.toRegime,
      link.to.listId,
      link.to.code,
      link.to.title,
      link.evidence,
      link.from.id,
      link.to.id,
    ]),
};

const TECHNOLOGY_ENTRIES: TableSpec<OverlapReport> = {
  name: 'technology_entries',
  sheet: 'Technology entries',
  row: "an entry of one regime in a technology area every regime compared controls, with its thresholds' phrases",
  columns: ['technology_id', 'technology', 'regime', 'category', 'list', 'code', 'title', 'threshold_phrases', 'entry_id'],
  rows: (report) =>
    report.technologies.flatMap((area) =>
      area.regimes.flatMap(({ regime, entries }) =>
        entries.map(({ entry, thresholds }) => [
          area.technology.id,
          area.technology.name,
          regime,
          entry.category,
          entry.listId,
          entry.code,
          entry.title,
          thresholds.map((t) => t.phrase).join(' | '),
          entry.id,
        ]),
      ),
    ),
};

const THRESHOLD_COMPARISONS: TableSpec<OverlapReport> = {
  name: 'threshold_comparisons',
  sheet: 'Threshold comparisons',
  row: "one regime's value in a comparison of thresholds on the same parameter within one list, the strictest marked",
  columns: [
    'technology_id',
    'technology',
    'comparison_list',
    'parameter',
    'unit',
    'direction',
    'strictest_regimes',
    'regime',
    'code',
    'title',
    'comparator',
    'value',
    'value_max',
    'value_unit',
    'strictest',
    'phrase',
    'entry_id',
  ],
  rows: (report) =>
    report.technologies.flatMap((area) =>
      area.comparisons.flatMap((comparison) =>
        comparison.values.map((value) => [
          area.technology.id,
          area.technology.name,
          comparison.list,
          comparison.parameter,
          comparison.unit,
          comparison.direction,
          comparison.strictestRegimes.join(' '),
          value.regime,
          value.entry.code,
          value.entry.title,
          value.threshold.comparator,
          value.threshold.value,
          value.threshold.valueMax,
          value.threshold.unit || comparison.unit,
          value.strictest,
          value.threshold.phrase,
          value.entry.id,
        ]),
      ),
    ),
};

/*
 * The overlap CSV as it was before the tidy tables: every kind of record in one table, a `section` column saying
 * which, the columns a section does not use left empty. Kept as `table=combined` for the scripts that read it:
 *   shared_entry          one row per attribution of an entry attributed to all the regimes asked about
 *   link                  one row per cross-regime link (`from` in the entry columns, `to` in the related_* ones)
 *   technology_entry      one row per entry of each regime in a technology area all the regimes control
 *   technology_threshold  one row per value in a threshold comparison
 */
const COMBINED_COLUMNS = [
  'section',
  'category',
  'technology_id',
  'technology',
  'regime',
  'list',
  'code',
  'title',
  'basis',
  'whole_entry',
  'link_kind',
  'related_regime',
  'related_list',
  'related_code',
  'related_title',
  'parameter',
  'direction',
  'comparator',
  'value',
  'value_max',
  'unit',
  'strictest',
  'evidence',
  'entry_id',
  'related_entry_id',
] as const;
type CombinedColumn = (typeof COMBINED_COLUMNS)[number];

function combinedRow(cells: Partial<Record<CombinedColumn, CsvValue>>): CsvValue[] {
  return COMBINED_COLUMNS.map((column) => cells[column] ?? null);
}

function entryCells(entry: EntryRef): Partial<Record<CombinedColumn, CsvValue>> {
  return { category: entry.category, list: entry.listId, code: entry.code, title: entry.title, entry_id: entry.id };
}

const OVERLAP_COMBINED: TableSpec<OverlapReport> = {
  name: 'combined',
  sheet: 'Combined',
  row: 'any of the above, in the single table of earlier versions: a section column says which, the columns a section does not use are empty',
  csvOnly: true,
  columns: COMBINED_COLUMNS,
  rows(report) {
    const rows: CsvValue[][] = [];
    for (const shared of report.sharedEntries) {
      for (const a of shared.attributions) {
        rows.push(combinedRow({ section: 'shared_entry', ...entryCells(shared.entry), regime: a.regime, basis: a.basis, whole_entry: a.wholeEntry, evidence: a.scope }));
      }
    }
    for (const link of report.links) {
      rows.push(
        combinedRow({
          section: 'link',
          ...entryCells(link.from),
          regime: link.fromRegime,
          link_kind: link.kind,
          related_regime: link.toRegime,
          related_list: link.to.listId,
          related_code: link.to.code,
          related_title: link.to.title,
          evidence: link.evidence,
          related_entry_id: link.to.id,
        }),
      );
    }
    for (const area of report.technologies) {
      const technology = { technology_id: area.technology.id, technology: area.technology.name };
      for (const regimeEntries of area.regimes) {
        for (const { entry, thresholds } of regimeEntries.entries) {
          const phrases = thresholds.map((t) => t.phrase).join(' | ');
          rows.push(combinedRow({ section: 'technology_entry', ...technology, ...entryCells(entry), regime: regimeEntries.regime, evidence: phrases || null }));
        }
      }
      for (const comparison of area.comparisons) {
        for (const value of comparison.values) {
          rows.push(
            combinedRow({
              section: 'technology_threshold',
              ...technology,
              ...entryCells(value.entry),
              regime: value.regime,
              parameter: comparison.parameter,
              direction: comparison.direction,
              comparator: value.threshold.comparator,
              value: value.threshold.value,
              value_max: value.threshold.valueMax,
              unit: value.threshold.unit || comparison.unit,
              strictest: value.strictest,
              evidence: value.threshold.phrase,
            }),
          );
        }
      }
    }
    return rows;
  },
};

// ---- ITT coverage ----------------------------------------------------------------------------

/** The phases covered, each with the paragraphs it reaches when not the whole entry: "development; production; use (9A116.d)". */
export function phasesCell(coverage: HardwareCoverage | undefined, kind: 'SOFTWARE' | 'TECHNOLOGY', separator = '; '): string {
  return (coverage?.phaseParts ?? [])
    .filter((p) => p.kind === kind)
    .map((p) => (p.parts.length > 0 ? `${p.phase} (${p.parts.join(', ')})` : p.phase))
    .join(separator);
}

/** One row per hardware entry; the covering entries and their evidence are `;`- and `|`-separated lists. */
const ITT_HARDWARE: TableSpec<IttCoverageReport> = {
  name: 'hardware',
  sheet: 'Hardware',
  row: 'a hardware entry of the regime, with the software and technology entries that cover it, or why it is uncovered',
  columns: ['category', 'list', 'code', 'title', 'covered', 'phases', 'covered_paragraphs', 'software_covered', 'software_phases', 'software_paragraphs', 'covered_by', 'named_by_unattributed', 'uncovered_reason', 'evidence', 'entry_id'],
  rows: (report) =>
    hardwareLines(report).map(({ entry, coverage }) => {
      const covered = coverage?.covered ?? false;
      const attributed = coverage?.coveredBy.filter((c) => c.countsForRegime) ?? [];
      const others = coverage?.coveredBy.filter((c) => !c.countsForRegime) ?? [];
      return [
        entry.category,
        entry.listId,
        entry.code,
        entry.title,
        covered,
        phasesCell(coverage, 'TECHNOLOGY'),
        coverage?.technologyParts.join('; ') ?? '',
        coverage?.softwareCovered ?? false,
        phasesCell(coverage, 'SOFTWARE'),
        coverage?.softwareParts.join('; ') ?? '',
        attributed.map(coveringLabel).join('; '),
        others.map(coveringLabel).join('; '),
        covered ? null : uncoveredReason(report.regime, coverage),
        coverage?.coveredBy.map((c) => `${c.entry.code}: ${c.evidence}${c.tie ? ` [${c.tie.rule}: ${c.tie.words}]` : ''}`).join(' | ') ?? '',
        entry.id,
      ];
    }),
};

function summaryCells(summary: CoverageSummary): CsvValue[] {
  return [
    summary.hardware,
    summary.covered,
    summary.ratio,
    summary.technologyCovered,
    summary.softwareCovered,
    summary.development,
    summary.production,
    summary.use,
    summary.softwareDevelopment,
    summary.softwareProduction,
    summary.softwareUse,
  ];
}

const ITT_SUMMARY: TableSpec<IttCoverageReport> = {
  name: 'summary',
  sheet: 'Summary',
  row: 'the totals for all the hardware, one category or one technology area, as its scope column says',
  columns: [
    'scope',
    'category',
    'technology_id',
    'technology',
    'hardware',
    'covered',
    'ratio',
    'technology_covered',
    'software_covered',
    'development',
    'production',
    'use',
    'software_development',
    'software_production',
    'software_use',
  ],
  rows: (report) => [
    ['all', null, null, null, ...summaryCells(report.summary)],
    ...report.byCategory.map((row) => ['category', row.category, null, null, ...summaryCells(row.summary)]),
    ...report.byTechnology.map((row) => ['technology', null, row.technology.id, row.technology.name, ...summaryCells(row.summary)]),
  ],
};

// ---- the tables of each report (the report catalogue, catalogue.ts, names them per report) ---------------

export const GAP_TABLES: readonly TableSpec<GapReport>[] = [GAP_ENTRIES];
export const OVERLAP_TABLES: readonly TableSpec<OverlapReport>[] = [SHARED_ENTRIES, LINKS, TECHNOLOGY_ENTRIES, THRESHOLD_COMPARISONS, OVERLAP_COMBINED];
export const ITT_TABLES: readonly TableSpec<IttCoverageReport>[] = [ITT_HARDWARE, ITT_SUMMARY];

/** One table of a report, built. */
export function buildTable<R>(spec: TableSpec<R>, report: R): ReportTable {
  return { name: spec.name, sheet: spec.sheet, row: spec.row, columns: spec.columns, rows: spec.rows(report) };
}
