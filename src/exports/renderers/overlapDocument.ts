// The overlap of regimes as a Markdown document: the shared entries, the cross-regime links and the technology areas
// all of them control, thresholds side by side.
import type { OverlapReport, RegimeCode, ThresholdComparison, ThresholdFact } from '../../services/reports/model.js';
import { document, excerpt, heading, table } from '../markdown.js';
import { inWords, attributionsEvidence, categoryTitle, byCategory, preamble, listArgument, categoryArgument, plural } from './documentWording.js';

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

export function overlapMarkdown(report: OverlapReport): string {
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
