// The wording the Markdown documents share: the bases in words, quoted source words, the preamble every document
// opens with (title, date, data, arguments, how to read it), grouping by category.
import type { AttributionBasis, AttributionFact, ReportBasis } from '../../services/reports/model.js';
import { isSourceWords } from '../../domain/attribution.js';
import { bulletList, excerpt, heading, table } from '../markdown.js';

export const BASIS_WORDS: Record<AttributionBasis, string> = {
  CODE_ORIGIN: 'Code origin',
  REASON_FOR_CONTROL: 'Reason for control',
  REGIME_LIST: "Regime's own list",
};

/** "WA and MTCR", "WA, MTCR and NSG". */
export function inWords(regimes: readonly string[]): string {
  if (regimes.length <= 1) return regimes.join('');
  return `${regimes.slice(0, -1).join(', ')} and ${regimes.at(-1)}`;
}

/**
 * Text for a Markdown cell, trimmed: in quotation marks when it is the source's own words, as a plain statement
 * when the importer wrote it (a code origin, a regime's own list), less a leading label the cell already gives.
 */
export function wordsCell(text: string, label?: string, max?: number): string {
  return isSourceWords(text) ? `“${excerpt(text, max)}”` : statementCell(text, label, max);
}

export function statementCell(text: string, label?: string, max?: number): string {
  const trimmed = excerpt(text, max);
  return label !== undefined && trimmed.startsWith(`${label}: `) ? trimmed.slice(label.length + 2) : trimmed;
}

/** For Markdown: the basis in words, then the scope (quoted only when it is the source's words), trimmed to stay readable. */
export function attributionsEvidence(attributions: AttributionFact[]): string {
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

export function categoryTitle(category: number | null): string {
  return category === null ? 'Entries without a category' : `Category ${category}`;
}

/** Items grouped by category, in category order, entries without a category last; order within a group kept. */
export function byCategory<T>(items: T[], categoryOf: (item: T) => number | null): { category: number | null; items: T[] }[] {
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

export function generatedOn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 10)} at ${date.toISOString().slice(11, 16)} UTC`;
}

/** Title, date, the data the report was computed from, its arguments and how to read it: what every document opens with. */
export function preamble(title: string, basis: ReportBasis, args: [string, string][], howToRead: string): string[] {
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

export function listArgument(list: string | null): string {
  return list ?? 'all loaded lists';
}

export function categoryArgument(category: number | null): string {
  return category === null ? 'all categories' : String(category);
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
