// ITT coverage as a Markdown document: the summary (also by category and technology area), then the covered hardware
// with the entries that cover it and the hardware left uncovered with why, by category.
import type { CoverageSummary, IttCoverageReport } from '../../services/reports/model.js';
import { document, excerpt, heading, table } from '../markdown.js';
import { coveringLabel, hardwareLines, phasesCell, uncoveredReason } from '../tables.js';
import { categoryTitle, byCategory, preamble, listArgument, categoryArgument, plural } from './documentWording.js';

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

export function ittMarkdown(report: IttCoverageReport): string {
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
          return [entry.listId, entry.code, entry.title, byWhom, phasesCell(coverage, 'TECHNOLOGY', ', '), excerpt(evidence.join('; '))];
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
