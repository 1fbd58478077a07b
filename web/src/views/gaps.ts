// Gap list builder: what one regime controls that another does not cover, as the gaps report groups it
// (category, technology area), each gap with its reason; the partly covered and covered entries with their
// evidence; ITAR placeholders apart. The same list downloads from the export routes with the same arguments.
import { GAPS_QUERY, type GapListVariables } from '../../../src/graphql/pageDocuments';
import { graphql } from '../api';
import { h, replace, select, table } from '../dom';
import {
  CATEGORY_OPTIONS,
  categoryArg,
  empty,
  entryLink,
  failure,
  hashParams,
  listOptions,
  loadCatalogue,
  loading,
  nullable,
  provenance,
  regimeOptions,
  setHash,
  type ReportBasis,
} from '../ui';

interface Ref {
  id: string;
  code: string;
  title: string;
  listId: string;
}

interface Evidence {
  kind: string;
  words: string;
  other: string | null;
  parts: string[];
  rule: { id: string };
}

interface CoverageRow {
  entry: Ref;
  status: string;
  units: string[];
  uncoveredUnits: string[];
  servedItemsUncovered: string[];
  evidence: Evidence[];
}

interface GapReport extends ReportBasis {
  total: number;
  groups: { category: number | null; technology: { id: string; name: string } | null; rows: { entry: Ref; units: string[]; reason: string; hints: { name: string }[] }[] }[];
  partial: CoverageRow[];
  covered: CoverageRow[];
  elsewhere: { entry: Ref; controlledBy: string; evidence: string }[];
}


/** The paragraphs left uncovered, and for a software or technology entry the items its rows serve that no other-regime row names. */
function uncoveredCell(row: CoverageRow): string {
  const served = row.servedItemsUncovered.length > 0 ? `for ${row.servedItemsUncovered.join(', ')}` : '';
  return [row.uncoveredUnits.join(' '), served].filter(Boolean).join('; ');
}

/** The export route for these arguments: the same report as a file. */
export function exportHref(format: 'csv' | 'md' | 'json', args: GapListVariables): string {
  const search = new URLSearchParams({ regime: args.regime, against: args.against });
  if (args.list !== null) search.set('list', args.list);
  if (args.category !== null) search.set('category', String(args.category));
  return `/exports/gaps.${format}?${search.toString()}`;
}

function evidenceList(evidence: Evidence[]): HTMLElement {
  return h(
    'ul',
    { class: 'evidence' },
    evidence.map((e) =>
      h(
        'li',
        {},
        h('span', { class: 'tag' }, e.kind.toLowerCase()),
        e.parts.length > 0 ? h('span', { class: 'tag' }, e.parts.join(', ')) : null,
        e.other ? h('span', { class: 'via' }, `via ${e.other} `) : null,
        h('q', {}, e.words),
        h('span', { class: 'rule' }, ` (${e.rule.id})`),
      ),
    ),
  );
}

export async function renderGaps(root: HTMLElement): Promise<void> {
  const cat = await loadCatalogue();
  const params = hashParams();
  const regime = params.get('regime') ?? 'AG';
  const against = params.get('against') ?? 'WA';
  const list = nullable(params.get('list') ?? cat.lists.find((l) => l.kind === 'NATIONAL')?.id);
  const category = params.get('category') ?? '';
  const regimeSelect = select('gap-regime', 'Regime examined', regimeOptions(cat), regime);
  const againstSelect = select('gap-against', 'Against', regimeOptions(cat), against);
  const listSelect = select('gap-list', 'List', listOptions(cat), list ?? '');
  const categorySelect = select('gap-category', 'Category', CATEGORY_OPTIONS, category);
  const results = h('section', { class: 'gap-results', 'aria-live': 'polite' });
  replace(
    root,
    h('h1', {}, 'Gap list builder'),
    h('p', { class: 'lede' }, 'What the regime examined controls that the other regime does not cover, with the reason for each gap, and every other entry with the evidence that covers it. A gap is a question for a working group, not a finding.'),
    h(
      'form',
      {
        class: 'controls',
        onsubmit: (e: Event) => {
          e.preventDefault();
          setHash('gaps', { regime: regimeSelect.input.value, against: againstSelect.input.value, list: listSelect.input.value || 'all', category: categorySelect.input.value });
        },
      },
      regimeSelect.field,
      againstSelect.field,
      listSelect.field,
      categorySelect.field,
      h('button', { type: 'submit' }, 'Build the gap list'),
    ),
    results,
  );
  if (regime === against) {
    replace(results, empty('Choose two different regimes.'));
    return;
  }
  await drawGaps(results, { regime, against, list: list === 'all' ? null : list, category: categoryArg(category) });
}

async function drawGaps(results: HTMLElement, args: GapListVariables): Promise<void> {
  loading(results, `Examining every ${args.regime} entry against ${args.against} …`);
  let report: GapReport;
  try {
    report = (await graphql<{ gaps: GapReport }>(GAPS_QUERY, args)).gaps;
  } catch (error) {
    failure(results, error, () => void drawGaps(results, args));
    return;
  }
  const categoryName = (c: number | null) => (c === null ? 'No category' : `Category ${c}`);
  const gapRow = (status: string, entry: Ref) => ({ 'data-status': status, 'data-code': entry.code, 'data-list': entry.listId });
  replace(
    results,
    h(
      'p',
      { class: 'summary' },
      h('strong', {}, `${report.total} gaps`),
      ` · ${report.partial.length} covered in part · ${report.covered.length} covered · ${report.elsewhere.length} controlled elsewhere`,
    ),
    h(
      'p',
      { class: 'downloads' },
      'Download this list: ',
      h('a', { href: exportHref('csv', args), download: '', class: 'download-csv' }, 'CSV'),
      ' · ',
      h('a', { href: exportHref('md', args), download: '', class: 'download-md' }, 'Markdown'),
      ' · ',
      h('a', { href: exportHref('json', args), download: '', class: 'download-json' }, 'JSON'),
    ),
    h('h2', {}, `Gaps: ${args.regime} entries ${args.against} does not cover`),
    report.groups.length === 0
      ? empty('No gaps for these arguments.')
      : report.groups.map((group) =>
          table(
            `${categoryName(group.category)} · ${group.technology ? group.technology.name : 'in no technology area'}`,
            ['Code', 'Title', 'List', `${args.regime} paragraphs`, 'Why it is a gap', 'Leads (not coverage)'],
            group.rows.map((row) => ({
              cells: [entryLink(row.entry), row.entry.title, row.entry.listId, row.units.join(' '), row.reason, row.hints.map((t) => t.name).join(', ')],
              attributes: gapRow('GAP', row.entry),
            })),
            'data gap-rows',
          ),
        ),
    h('h2', {}, `Covered in part by ${args.against}`),
    report.partial.length === 0
      ? empty('None.')
      : table(
          `Entries ${args.against} covers in part, with the paragraphs left uncovered`,
          ['Code', 'Title', 'List', 'Uncovered', 'Evidence'],
          report.partial.map((row) => ({ cells: [entryLink(row.entry), row.entry.title, row.entry.listId, uncoveredCell(row), evidenceList(row.evidence)], attributes: gapRow(row.status, row.entry) })),
          'data gap-rows',
        ),
    h('h2', {}, `Covered by ${args.against}`),
    report.covered.length === 0
      ? empty('None.')
      : table(
          `Entries ${args.against} covers, with the evidence`,
          ['Code', 'Title', 'List', 'Evidence'],
          report.covered.map((row) => ({ cells: [entryLink(row.entry), row.entry.title, row.entry.listId, evidenceList(row.evidence)], attributes: gapRow(row.status, row.entry) })),
          'data gap-rows',
        ),
    report.elsewhere.length === 0
      ? null
      : [
          h('h2', {}, 'Controlled elsewhere'),
          table(
            'Entries the list names but controls elsewhere (ITAR placeholders)',
            ['Code', 'Title', 'List', 'Controlled on', 'Words'],
            report.elsewhere.map((row) => ({ cells: [entryLink(row.entry), row.entry.title, row.entry.listId, row.controlledBy, h('q', {}, row.evidence)], attributes: gapRow('ELSEWHERE', row.entry) })),
            'data gap-rows',
          ),
        ],
    provenance(report, GAPS_QUERY, args),
  );
}
