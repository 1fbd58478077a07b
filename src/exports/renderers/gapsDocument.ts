// The gap list as a Markdown document for a working-group paper: the gaps by category, each with what was looked for
// and not found, then the partly covered and the covered entries with their evidence, and those controlled elsewhere.
import type { CoverageEvidence, CoverageRow, GapReport } from '../../services/reports/model.js';
import { document, excerpt, heading, table } from '../markdown.js';
import { wordsCell, attributionsEvidence, categoryTitle, byCategory, preamble, listArgument, categoryArgument, plural } from './documentWording.js';

function evidenceMarkdown(evidence: CoverageEvidence[]): string {
  if (evidence.length === 0) return '—';
  return evidence.map((e) => `${e.kind.toLowerCase()}${e.other ? ` via ${e.other}` : ''}: ${wordsCell(e.words)}`).join('; ');
}
export function gapsMarkdown(report: GapReport): string {
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
