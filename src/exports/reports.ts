// Renders the three analysis reports (gaps, overlap, ITT coverage) for export: CSV as one flat table with one
// row per fact, Markdown as a document ready to paste into a working-group paper, evidence quoted in both.
import type {
  AttributionBasis,
  AttributionFact,
  CoverageEvidence,
  CoverageRow,
  CoveringEntry,
  CoverageSummary,
  EntryRef,
  GapReport,
  HardwareCoverage,
  IttCoverageReport,
  OverlapReport,
  RegimeCode,
  ReportBasis,
  ThresholdComparison,
  ThresholdFact,
} from '../services/reports/model.js';
import { toCsv, type CsvValue } from './csv.js';
import { bulletList, document, excerpt, heading, table } from './markdown.js';

export const REPORT_KINDS = ['gaps', 'overlap', 'itt-coverage'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const EXPORT_FORMATS = ['csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The report each kind renders. */
export interface ReportOf {
  gaps: GapReport;
  overlap: OverlapReport;
  'itt-coverage': IttCoverageReport;
}

type Renderers<R> = Record<ExportFormat, (report: R) => string>;

// Keyed by kind so that the compiler checks each kind's renderers take that kind's report.
const RENDERERS: { [K in ReportKind]: Renderers<ReportOf[K]> } = {
  gaps: { csv: gapsCsv, md: gapsMarkdown },
  overlap: { csv: overlapCsv, md: overlapMarkdown },
  'itt-coverage': { csv: ittCsv, md: ittMarkdown },
};

export function renderReport<K extends ReportKind>(kind: K, format: ExportFormat, report: ReportOf[K]): string {
  return RENDERERS[kind][format](report);
}

// ---- shared wording ------------------------------------------------------------------------

const BASIS_WORDS: Record<AttributionBasis, string> = {
  CODE_ORIGIN: 'Code origin',
  REASON_FOR_CONTROL: 'Reason for control',
  REGIME_LIST: "Regime's own list",
};

/** "WA and MTCR", "WA, MTCR and NSG". */
function inWords(regimes: readonly string[]): string {
  if (regimes.length <= 1) return regimes.join('');
  return `${regimes.slice(0, -1).join(', ')} and ${regimes.at(-1)}`;
}

/** How much of the entry an attribution reaches, in words: "whole entry", "parts 9A610.t, 9A610.u", "parameters". */
function extentWords(a: AttributionFact): string {
  if (a.wholeEntry) return 'whole entry';
  if (a.coverage === 'PARTS') return `parts ${a.parts.join(', ')}${a.conditional ? ', under conditions' : ''}`;
  if (a.coverage === 'WHOLE_EXCEPT') return `whole entry except ${a.exceptParts.join(', ')}${a.conditional ? ', under conditions' : ''}`;
  return 'part, by parameters';
}

/** For CSV: every attribution in full, basis and extent kept apart from the source's words. */
function attributionsCsv(attributions: AttributionFact[]): string {
  return attributions.map((a) => `${a.regime} ${a.basis} (${extentWords(a)}): ${a.scope}`).join(' | ');
}

/** For Markdown: the basis in words, and the scope quoted and trimmed, since a cell must stay readable. */
function attributionsEvidence(attributions: AttributionFact[]): string {
  if (attributions.length === 0) return '—';
  return attributions
    .map((a) => `${BASIS_WORDS[a.basis]}${a.wholeEntry ? '' : ' (part of the entry)'}: “${excerpt(a.scope)}”`)
    .join('; ');
}

function categoryTitle(category: number | null): string {
  return category === null ? 'Entries without a category' : `Category ${category}`;
}

/** Items grouped by category, in category order, entries without a category last; order within a group kept. */
function byCategory<T>(items: T[], categoryOf: (item: T) => number | null): { category: number | null; items: T[] }[] {
  const groups = new Map<number | null, T[]>();
  for (const item of items) {
    const category = categoryOf(item);
    const group = groups.get(category);
    if (group) group.push(item);
    else groups.set(category, [item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([category, grouped]) => ({ category, items: grouped }));
}

function generatedOn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 10)} at ${date.toISOString().slice(11, 16)} UTC`;
}

/** Title, date, the data the report was computed from, its arguments and how to read it: what every document opens with. */
function preamble(title: string, basis: ReportBasis, args: [string, string][], howToRead: string): string[] {
  const lists =
    basis.lists.length === 0
      ? 'No control list matched these arguments.'
      : table(
          ['List', 'Title', 'Version'],
          basis.lists.map((list) => [list.id, list.title, list.version]),
        );
  return [
    heading(1, title),
    `Generated on ${generatedOn(basis.generatedAt)} from graph data version ${basis.dataVersion}.`,
    heading(2, 'Data'),
    lists,
    heading(2, 'Arguments'),
    bulletList(args.map(([name, value]) => `${name}: ${value}`)),
    heading(2, 'How to read this'),
    howToRead,
  ];
}

function listArgument(list: string | null): string {
  return list ?? 'all loaded lists';
}

function categoryArgument(category: number | null): string {
  return category === null ? 'all categories' : String(category);
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

// ---- gaps ----------------------------------------------------------------------------------

const GAP_COLUMNS = [
  'status',
  'category',
  'technology_id',
  'technology',
  'list',
  'code',
  'title',
  'regime_attributions',
  'units',
  'uncovered_units',
  'evidence',
  'reason',
  'entry_id',
];

/** For CSV: each piece of coverage evidence with its kind, the paragraphs it concerns, the other entry and the rule. */
function evidenceCsv(evidence: CoverageEvidence[]): string {
  return evidence
    .map((e) => `${e.kind}${e.parts.length > 0 ? ` [${e.parts.join(', ')}]` : ''}${e.other ? ` via ${e.other}` : ''} (${e.rule}): ${e.words}`)
    .join(' | ');
}

function evidenceMarkdown(evidence: CoverageEvidence[]): string {
  if (evidence.length === 0) return '—';
  return evidence.map((e) => `${e.kind.toLowerCase()}${e.other ? ` via ${e.other}` : ''}: “${excerpt(e.words)}”`).join('; ');
}

/**
 * One row per entry examined, so that a working group can check the exclusions as well as the gaps: GAP rows
 * (with their technology area), PARTIAL and COVERED rows with the evidence, ELSEWHERE for ITAR placeholders.
 */
function gapsCsv(report: GapReport): string {
  const rows: CsvValue[][] = report.groups.flatMap((group) =>
    group.rows.map((row) => [
      'GAP',
      group.category,
      group.technology?.id ?? null,
      group.technology?.name ?? null,
      row.entry.listId,
      row.entry.code,
      row.entry.title,
      attributionsCsv(row.attributions),
      row.units.join(' '),
      row.uncoveredUnits.join(' '),
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
      row.entry.listId,
      row.entry.code,
      row.entry.title,
      attributionsCsv(row.attributions),
      row.units.join(' '),
      row.uncoveredUnits.join(' '),
      evidenceCsv(row.evidence),
      row.status === 'COVERED' ? `covered by ${report.against}` : `covered in part by ${report.against}`,
      row.entry.id,
    ]);
  }
  for (const row of report.elsewhere) {
    rows.push(['ELSEWHERE', row.entry.category, null, null, row.entry.listId, row.entry.code, row.entry.title, '', '', '', row.evidence, `controlled on the ${row.controlledBy}`, row.entry.id]);
  }
  return toCsv(GAP_COLUMNS, rows);
}

function gapsMarkdown(report: GapReport): string {
  const { regime, against } = report;
  const blocks = preamble(
    `Gap list: ${regime} entries not covered by ${against}`,
    report,
    [
      ['Regime examined', regime],
      ['Against', against],
      ['List', listArgument(report.list)],
      ['Category', categoryArgument(report.category)],
    ],
    `Each ${regime} entry is judged within its own list, paragraph by paragraph: the paragraphs that are ${regime}'s ` +
      `(all of them, or those its attribution names) are covered by ${against} only through evidence about them — an ` +
      `${against} attribution of the same paragraph, a reference saying the items are controlled by, specified in or ` +
      `set by the parameters of an ${against} entry, or an ${against} software or technology row that names the entry. ` +
      `A shared technology area is only a hint. "Gaps" lists entries with no evidence at all; "Covered in part" and ` +
      `"Covered" list every other entry with its evidence, so the exclusions can be checked too. ITAR placeholders are ` +
      `listed apart: the list does not control them. A gap is a question to put on the table, not a finding.`,
  );
  const rows = report.groups.flatMap((group) => group.rows.map((row) => ({ group, row })));
  if (rows.length === 0) blocks.push(heading(2, 'Gaps'), 'No gaps found for these arguments.');
  else {
    const categories = byCategory(rows, ({ group }) => group.category);
    blocks.push(heading(2, 'Gaps'), `${plural(report.total, 'entry', 'entries')} in ${plural(categories.length, 'category', 'categories')}.`);
    for (const { category, items } of categories) {
      blocks.push(
        heading(3, categoryTitle(category)),
        table(
          ['Technology area', 'List', 'Code', 'Title', `${regime} attribution (evidence)`, 'Why a gap'],
          items.map(({ group, row }) => [
            group.technology?.name ?? '— (no technology area)',
            row.entry.listId,
            row.entry.code,
            row.entry.title,
            attributionsEvidence(row.attributions),
            excerpt(row.reason),
          ]),
        ),
      );
    }
  }
  const coverageTable = (items: CoverageRow[]) =>
    table(
      ['List', 'Code', 'Title', `${regime} paragraphs`, 'Not covered', `${against} evidence`],
      items.map((row) => [row.entry.listId, row.entry.code, row.entry.title, row.units.join(' '), row.uncoveredUnits.join(' ') || '—', evidenceMarkdown(row.evidence)]),
    );
  blocks.push(heading(2, 'Covered in part'), report.partial.length === 0 ? 'None.' : coverageTable(report.partial));
  blocks.push(heading(2, 'Covered'), report.covered.length === 0 ? 'None.' : coverageTable(report.covered));
  if (report.elsewhere.length > 0) {
    blocks.push(
      heading(2, 'Controlled elsewhere'),
      table(
        ['List', 'Code', 'Controlled by', 'Source words'],
        report.elsewhere.map((row) => [row.entry.listId, row.entry.code, row.controlledBy, excerpt(row.evidence)]),
      ),
    );
  }
  return document(blocks);
}

// ---- overlap -------------------------------------------------------------------------------

/*
 * The overlap CSV is one table. Its `section` column says which kind of fact a row is; the columns a section
 * does not use are empty, so every row has the same fields and the file loads as one table:
 *   shared_entry          one row per attribution of an entry attributed to all the regimes asked about
 *                         (regime, list, code, title, basis, whole_entry; evidence = the attribution's scope)
 *   link                  one row per cross-regime link (the `from` entry in the entry columns, the `to` entry in
 *                         the related_* columns, link_kind REFERENCE or SHARED_TECHNOLOGY; evidence = its words)
 *   technology_entry      one row per entry of each regime in a technology area all the regimes control
 *                         (evidence = the entry's threshold phrases, if any)
 *   technology_threshold  one row per value in a threshold comparison (parameter, direction, comparator, value,
 *                         value_max, unit, strictest; evidence = the phrase the number was read from)
 */
const OVERLAP_COLUMNS = [
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
type OverlapColumn = (typeof OVERLAP_COLUMNS)[number];

function overlapRow(cells: Partial<Record<OverlapColumn, CsvValue>>): CsvValue[] {
  return OVERLAP_COLUMNS.map((column) => cells[column] ?? null);
}

function entryCells(entry: EntryRef): Partial<Record<OverlapColumn, CsvValue>> {
  return { category: entry.category, list: entry.listId, code: entry.code, title: entry.title, entry_id: entry.id };
}

function overlapCsv(report: OverlapReport): string {
  const rows: CsvValue[][] = [];
  for (const shared of report.sharedEntries) {
    for (const a of shared.attributions) {
      rows.push(overlapRow({ section: 'shared_entry', ...entryCells(shared.entry), regime: a.regime, basis: a.basis, whole_entry: a.wholeEntry, evidence: a.scope }));
    }
  }
  for (const link of report.links) {
    rows.push(
      overlapRow({
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
        rows.push(overlapRow({ section: 'technology_entry', ...technology, ...entryCells(entry), regime: regimeEntries.regime, evidence: phrases || null }));
      }
    }
    for (const comparison of area.comparisons) {
      for (const value of comparison.values) {
        rows.push(
          overlapRow({
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
  return toCsv([...OVERLAP_COLUMNS], rows);
}

const COMPARATOR_SIGNS: Record<Exclude<ThresholdFact['comparator'], 'range'>, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

function thresholdValue(threshold: ThresholdFact): string {
  const amount =
    threshold.comparator === 'range'
      ? `${threshold.value}–${threshold.valueMax ?? '?'}`
      : `${COMPARATOR_SIGNS[threshold.comparator]} ${threshold.value}`;
  return `${amount} ${threshold.unit}`.trim();
}

/** One regime's values for one parameter, the strictest in bold and marked, each with the phrase it came from. */
function comparisonCell(comparison: ThresholdComparison, regime: RegimeCode, allEqual: boolean): string {
  const values = comparison.values.filter((value) => value.regime === regime);
  if (values.length === 0) return '—';
  return values
    .map(({ entry, threshold, strictest }) => {
      const amount = strictest && !allEqual ? `**${thresholdValue(threshold)}** (stricter)` : thresholdValue(threshold);
      return `${amount} — ${entry.code}: “${excerpt(threshold.phrase, 200)}”`;
    })
    .join('; ');
}

function overlapMarkdown(report: OverlapReport): string {
  const all = inWords(report.regimes);
  const blocks = preamble(
    `Overlap between ${all}`,
    report,
    [
      ['Regimes', report.regimes.join(', ')],
      ['List', listArgument(report.list)],
      ['Category', categoryArgument(report.category)],
    ],
    `Three kinds of overlap are shown. Entries attributed to all of ${all}: one entry carries each regime's ` +
      `obligation — by its code origin, a US reason for control or a regime's own list; the evidence quotes the ` +
      `source and says when an attribution covers only part of the entry. The EU list removes double coverage on ` +
      `purpose, so most of these come from the US reasons for control. Cross-regime links: an entry of one regime ` +
      `names an entry of another in its text ("See also 1C101", "controlled by 9A120"), or both fall in the same ` +
      `technology area. Technology areas controlled by all of ${all}: each regime's entries in the area and, where ` +
      `they state the same parameter, their thresholds side by side. Where control starts at a value ("at least"), ` +
      `the lower value controls more and is the stricter; where control stops at a value ("at most"), the higher ` +
      `one is. The strictest value is in bold and marked (stricter) unless the values are equal.`,
  );
  if (report.sharedEntries.length === 0 && report.links.length === 0 && report.technologies.length === 0) {
    return document([...blocks, heading(2, 'Overlap'), 'No overlap found for these arguments.']);
  }

  blocks.push(heading(2, `Entries attributed to all of ${all}`));
  if (report.sharedEntries.length === 0) blocks.push('None for these arguments.');
  else {
    blocks.push(`${plural(report.sharedEntries.length, 'entry', 'entries')}.`);
    for (const { category, items } of byCategory(report.sharedEntries, (shared) => shared.entry.category)) {
      blocks.push(
        heading(3, categoryTitle(category)),
        table(
          ['List', 'Code', 'Title', ...report.regimes.map((regime) => `${regime} attribution (evidence)`)],
          items.map(({ entry, attributions }) => [
            entry.listId,
            entry.code,
            entry.title,
            ...report.regimes.map((regime) => attributionsEvidence(attributions.filter((a) => a.regime === regime))),
          ]),
        ),
      );
    }
  }

  blocks.push(heading(2, 'Cross-regime links'));
  if (report.links.length === 0) blocks.push('None for these arguments.');
  else {
    blocks.push(`${plural(report.links.length, 'link')}.`);
    for (const { category, items } of byCategory(report.links, (link) => link.from.category)) {
      blocks.push(
        heading(3, categoryTitle(category)),
        table(
          ['From', 'Regime', 'To', 'Regime', 'Link', 'Evidence'],
          items.map((link) => [
            `${link.from.code} (${link.from.listId})`,
            link.fromRegime,
            `${link.to.code} (${link.to.listId})`,
            link.toRegime,
            link.kind === 'REFERENCE' ? 'names it in its text' : 'same technology area',
            excerpt(link.evidence),
          ]),
        ),
      );
    }
  }

  blocks.push(heading(2, `Technology areas controlled by all of ${all}`));
  if (report.technologies.length === 0) blocks.push('None for these arguments.');
  for (const area of report.technologies) {
    blocks.push(
      heading(3, area.technology.name),
      table(
        ['Regime', 'Entries'],
        area.regimes.map(({ regime, entries }) => [regime, entries.map(({ entry }) => `${entry.code} (${entry.listId})`).join(', ') || '—']),
      ),
    );
    if (area.comparisons.length === 0) {
      blocks.push('No parameter is stated by more than one regime here, so there are no thresholds to compare.');
      continue;
    }
    blocks.push(
      table(
        ['Parameter', ...report.regimes, 'Stricter'],
        area.comparisons.map((comparison) => {
          const compared = new Set(comparison.values.map((value) => value.regime));
          const allEqual = comparison.strictestRegimes.length >= compared.size;
          const parameter = comparison.unit ? `${comparison.parameter} (${comparison.unit})` : comparison.parameter;
          return [
            parameter,
            ...report.regimes.map((regime) => comparisonCell(comparison, regime, allEqual)),
            allEqual ? 'equal' : comparison.strictestRegimes.join(', '),
          ];
        }),
      ),
    );
  }
  return document(blocks);
}

// ---- ITT coverage --------------------------------------------------------------------------

const ITT_COLUMNS = [
  'category',
  'list',
  'code',
  'title',
  'covered',
  'phases',
  'software_covered',
  'software_phases',
  'covered_by',
  'named_by_unattributed',
  'uncovered_reason',
  'evidence',
  'entry_id',
];

function coveringLabel(covering: CoveringEntry): string {
  const phases = covering.phases.length > 0 ? `: ${covering.phases.join(', ')}` : '';
  return `${covering.entry.code} (${covering.kind.toLowerCase()}${phases})`;
}

/** Why a hardware entry counts as uncovered, in words a reader can check against the lists. */
function uncoveredReason(regime: RegimeCode, hardware: HardwareCoverage | undefined): string {
  const others = hardware?.coveredBy.filter((covering) => covering.kind === 'TECHNOLOGY' && covering.regimePhases.length === 0) ?? [];
  if (others.length === 0) return 'No technology entry names it.';
  return `Named only by ${others.map(coveringLabel).join('; ')}, which no ${regime} row or code ties to ${regime} for it.`;
}

interface HardwareLine {
  entry: EntryRef;
  coverage: HardwareCoverage | undefined;
}

/** Every hardware entry once: the analysed ones, then any listed as uncovered without an analysis row. */
function hardwareLines(report: IttCoverageReport): HardwareLine[] {
  const lines: HardwareLine[] = report.hardware.map((coverage) => ({ entry: coverage.entry, coverage }));
  const seen = new Set(lines.map((line) => line.entry.id));
  for (const entry of report.uncovered) if (!seen.has(entry.id)) lines.push({ entry, coverage: undefined });
  return lines;
}

/** One row per hardware entry; the covering entries and their evidence are `;`- and `|`-separated lists. */
function ittCsv(report: IttCoverageReport): string {
  const rows: CsvValue[][] = hardwareLines(report).map(({ entry, coverage }) => {
    const covered = coverage?.covered ?? false;
    const attributed = coverage?.coveredBy.filter((c) => c.countsForRegime) ?? [];
    const others = coverage?.coveredBy.filter((c) => !c.countsForRegime) ?? [];
    return [
      entry.category,
      entry.listId,
      entry.code,
      entry.title,
      covered,
      coverage?.phases.join('; ') ?? '',
      coverage?.softwareCovered ?? false,
      coverage?.softwarePhases.join('; ') ?? '',
      attributed.map(coveringLabel).join('; '),
      others.map(coveringLabel).join('; '),
      covered ? null : uncoveredReason(report.regime, coverage),
      coverage?.coveredBy.map((c) => `${c.entry.code}: ${c.evidence}${c.tie ? ` [${c.tie.rule}: ${c.tie.words}]` : ''}`).join(' | ') ?? '',
      entry.id,
    ];
  });
  return toCsv(ITT_COLUMNS, rows);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}

function summaryCells(summary: CoverageSummary): string[] {
  const share = (count: number) => `${count} (${percent(count, summary.hardware)})`;
  return [
    String(summary.hardware),
    String(summary.covered),
    summary.hardware === 0 ? '—' : `${(summary.ratio * 100).toFixed(1)}%`,
    share(summary.development),
    share(summary.production),
    share(summary.use),
  ];
}

const SUMMARY_HEADER = ['Hardware', 'Covered', 'Coverage', 'Development', 'Production', 'Use'];
const SUMMARY_ALIGN = ['left', 'right', 'right', 'right', 'right', 'right', 'right'] as const;

function ittMarkdown(report: IttCoverageReport): string {
  const { regime } = report;
  const blocks = preamble(
    `ITT coverage: software and technology controls for ${regime} hardware`,
    report,
    [
      ['Regime', regime],
      ['List', listArgument(report.list)],
      ['Category', categoryArgument(report.category)],
    ],
    `Intangible transfers — e-mail, cloud, downloads — escape a control on goods unless the software (product ` +
      `group D) and technology (group E) for those goods are controlled too. A hardware entry attributed to ${regime} ` +
      `(group A systems and equipment, B test and production equipment, C materials) counts as covered when a ` +
      `software or technology entry that is itself attributed to ${regime} names it, e.g. "'technology' for the 'development' ` +
      `of equipment controlled by 9A012". Phases are those the covering ${regime} entries name: development, ` +
      `production, use. Entries that name the hardware but are not attributed to ${regime} are shown, but do not ` +
      `count. Percentages are shares of the hardware entries in each row, to one decimal.`,
  );
  const lines = hardwareLines(report);
  if (lines.length === 0) return document([...blocks, heading(2, 'Summary'), 'No hardware found for these arguments.']);

  blocks.push(
    heading(2, 'Summary'),
    table(
      ['Category', ...SUMMARY_HEADER],
      [
        ...report.byCategory.map((row) => [row.category === null ? 'none' : String(row.category), ...summaryCells(row.summary)]),
        ['**All**', ...summaryCells(report.summary)],
      ],
      [...SUMMARY_ALIGN],
    ),
  );
  if (report.byTechnology.length > 0) {
    blocks.push(
      heading(3, 'By technology area'),
      table(
        ['Technology area', ...SUMMARY_HEADER],
        report.byTechnology.map((row) => [row.technology.name, ...summaryCells(row.summary)]),
        [...SUMMARY_ALIGN],
      ),
    );
  }

  const covered = lines.filter((line) => line.coverage?.covered === true);
  blocks.push(heading(2, 'Covered hardware'));
  if (covered.length === 0) blocks.push(`No hardware is covered by ${regime} software or technology entries for these arguments.`);
  for (const { category, items } of byCategory(covered, (line) => line.entry.category)) {
    blocks.push(
      heading(3, categoryTitle(category)),
      table(
        ['List', 'Code', 'Title', 'Covered by', 'Phases', 'Evidence'],
        items.map(({ entry, coverage }) => {
          const coveredBy = coverage?.coveredBy ?? [];
          const attributed = coveredBy.filter((c) => c.attributedToRegime).map(coveringLabel);
          const others = coveredBy.filter((c) => !c.attributedToRegime).map(coveringLabel);
          const byWhom = others.length > 0 ? `${attributed.join('; ')}; also named by ${others.join('; ')} (not ${regime})` : attributed.join('; ');
          const evidence = coveredBy.filter((c) => c.attributedToRegime).map((c) => `${c.entry.code}: “${excerpt(c.evidence, 200)}”`);
          return [entry.listId, entry.code, entry.title, byWhom, coverage?.phases.join(', ') ?? '', excerpt(evidence.join('; '))];
        }),
      ),
    );
  }

  const uncovered = lines.filter((line) => line.coverage?.covered !== true);
  blocks.push(heading(2, 'Hardware left uncovered'));
  if (uncovered.length === 0) blocks.push(`Every hardware entry is covered by a ${regime} software or technology entry.`);
  else blocks.push(`${plural(uncovered.length, 'entry', 'entries')}.`);
  for (const { category, items } of byCategory(uncovered, (line) => line.entry.category)) {
    blocks.push(
      heading(3, categoryTitle(category)),
      table(
        ['List', 'Code', 'Title', 'Why uncovered'],
        items.map(({ entry, coverage }) => [entry.listId, entry.code, entry.title, uncoveredReason(regime, coverage)]),
      ),
    );
  }
  return document(blocks);
}
