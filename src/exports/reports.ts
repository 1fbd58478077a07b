// Renders the three analysis reports (gaps, overlap, ITT coverage) for export: CSV as one tidy table of the report
// (tables.ts), JSON as the whole report with its provenance, Markdown as a document ready to paste into a
// working-group paper. The workbook (xlsx.ts) is rendered apart: it is binary and built asynchronously.
import type {
  AttributionBasis,
  AttributionFact,
  CoverageEvidence,
  CoverageRow,
  CoverageSummary,
  GapReport,
  IttCoverageReport,
  OverlapReport,
  RegimeCode,
  ReportBasis,
  ThresholdComparison,
  ThresholdFact,
} from '../services/reports/model.js';
import { isSourceWords } from '../domain/attribution.js';
import { toCsv } from './csv.js';
import { GRAPHQL_FIELD, type ReportKind, type ReportOf } from './kinds.js';
import { bulletList, document, excerpt, heading, table } from './markdown.js';
import { csvProvenanceComment, provenanceOf } from './provenance.js';
import { coveringLabel, DEFAULT_TABLE, hardwareLines, reportTable, uncoveredReason } from './tables.js';

export { EXPORT_FORMATS, REPORT_KINDS, type ExportFormat, type ReportKind, type ReportOf } from './kinds.js';

/** The formats rendered as text. */
export type TextFormat = 'csv' | 'md' | 'json';

export interface RenderOptions {
  /** CSV: the table to write (tables.ts); omitted: the report's default table. */
  table?: string;
  /** CSV: the provenance as comment lines before the table. */
  provenance?: boolean;
}

const MARKDOWN: { [K in ReportKind]: (report: ReportOf[K]) => string } = {
  gaps: gapsMarkdown,
  overlap: overlapMarkdown,
  'itt-coverage': ittMarkdown,
};

export function renderReport<K extends ReportKind>(kind: K, format: TextFormat, report: ReportOf[K], options: RenderOptions = {}): string {
  if (format === 'md') return MARKDOWN[kind](report);
  if (format === 'json') return jsonReport(kind, report);
  const name = options.table ?? DEFAULT_TABLE[kind];
  if (name === null) throw new Error(`the ${kind} CSV needs a table name`);
  const rendered = reportTable(kind, report, name);
  const csv = toCsv([...rendered.columns], rendered.rows);
  return options.provenance === true ? csvProvenanceComment(provenanceOf(kind, report), name) + csv : csv;
}

/**
 * The JSON export: `{ provenance, <GraphQL field>: report }`. The report holds the rows the GraphQL field answers,
 * in its order and under its field names; entries are references (id, listId, code, title, category, group,
 * kind) and rules are named by id, as the GraphQL `Entry` and `AttributionRule` types resolve them.
 */
function jsonReport<K extends ReportKind>(kind: K, report: ReportOf[K]): string {
  return `${JSON.stringify({ provenance: provenanceOf(kind, report), [GRAPHQL_FIELD[kind]]: report }, null, 2)}\n`;
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

/**
 * Text for a Markdown cell, trimmed: in quotation marks when it is the source's own words, as a plain statement
 * when the importer wrote it (a code origin, a regime's own list), less a leading label the cell already gives.
 */
function wordsCell(text: string, label?: string, max?: number): string {
  return isSourceWords(text) ? `“${excerpt(text, max)}”` : statementCell(text, label, max);
}

function statementCell(text: string, label?: string, max?: number): string {
  const trimmed = excerpt(text, max);
  return label !== undefined && trimmed.startsWith(`${label}: `) ? trimmed.slice(label.length + 2) : trimmed;
}

/** For Markdown: the basis in words, then the scope (quoted only when it is the source's words), trimmed to stay readable. */
function attributionsEvidence(attributions: AttributionFact[]): string {
  if (attributions.length === 0) return '—';
  return attributions
    .map((a) => {
      const label = BASIS_WORDS[a.basis];
      // A reason for control is the License Requirements' own words; the other bases' scopes are the importer's.
      const scope = a.basis === 'REASON_FOR_CONTROL' ? `“${excerpt(a.scope)}”` : statementCell(a.scope, label);
      return `${label}${a.wholeEntry ? '' : ' (part of the entry)'}: ${scope}`;
    })
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
          ['List', 'Title', 'Version', 'sha256'],
          basis.lists.map((list) => [list.id, list.title, list.version, list.sha256]),
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


function evidenceMarkdown(evidence: CoverageEvidence[]): string {
  if (evidence.length === 0) return '—';
  return evidence.map((e) => `${e.kind.toLowerCase()}${e.other ? ` via ${e.other}` : ''}: ${wordsCell(e.words)}`).join('; ');
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
