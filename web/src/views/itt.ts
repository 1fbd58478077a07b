// ITT coverage: per regime, how much of its hardware is matched by software and technology controls that count
// for the regime, by category and by phase, and the hardware whose technology nothing covers.
import * as Plot from '@observablehq/plot';
import { ITT_QUERY, type IttCoverageVariables } from '../../../src/graphql/pageDocuments';
import { graphql } from '../api';
import { h, replace, select, table } from '../dom';
import { CATEGORY_OPTIONS, categoryArg, empty, entryLink, failure, hashParams, listOptions, loadCatalogue, loading, nullable, provenance, regimeOptions, setHash, type ReportBasis } from '../ui';

interface Summary {
  hardware: number;
  softwareCovered: number;
  technologyCovered: number;
  development: number;
  production: number;
  use: number;
  ratio: number;
}

interface IttReport extends ReportBasis {
  summary: Summary;
  byCategory: { category: number | null; summary: Summary }[];
  uncovered: { id: string; code: string; title: string; listId: string }[];
}


const MEASURES: { key: keyof Summary; label: string }[] = [
  { key: 'hardware', label: 'Hardware entries' },
  { key: 'softwareCovered', label: 'Software covered' },
  { key: 'technologyCovered', label: 'Technology covered' },
  { key: 'development', label: 'Technology: development' },
  { key: 'production', label: 'Technology: production' },
  { key: 'use', label: 'Technology: use' },
];

// Colour-blind-safe (Okabe–Ito), each readable on white.
const COLOURS = ['#555555', '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00'];

export async function renderItt(root: HTMLElement): Promise<void> {
  const cat = await loadCatalogue();
  const params = hashParams();
  const regime = params.get('regime') ?? 'MTCR';
  const list = nullable(params.get('list') ?? cat.lists.find((l) => l.kind === 'NATIONAL')?.id);
  const category = params.get('category') ?? '';
  const regimeSelect = select('itt-regime', 'Regime', regimeOptions(cat), regime);
  const listSelect = select('itt-list', 'List', listOptions(cat, 'All national lists'), list ?? '');
  const categorySelect = select('itt-category', 'Category', CATEGORY_OPTIONS, category);
  const results = h('section', { class: 'itt-results', 'aria-live': 'polite' });
  replace(
    root,
    h('h1', {}, 'ITT coverage'),
    h('p', { class: 'lede' }, 'Is a regime’s hardware matched by controls on its software and technology (intangible transfers)? A serving entry counts for the regime only through the row or code that ties it to the regime.'),
    h(
      'form',
      {
        class: 'controls',
        onsubmit: (e: Event) => {
          e.preventDefault();
          setHash('itt', { regime: regimeSelect.input.value, list: listSelect.input.value || 'all', category: categorySelect.input.value });
        },
      },
      regimeSelect.field,
      listSelect.field,
      categorySelect.field,
      h('button', { type: 'submit' }, 'Show coverage'),
    ),
    results,
  );
  await drawItt(results, { regime, list: list === 'all' ? null : list, category: categoryArg(category) });
}

async function drawItt(results: HTMLElement, args: IttCoverageVariables): Promise<void> {
  loading(results, `Reading what serves ${args.regime} hardware …`);
  let report: IttReport;
  try {
    report = (await graphql<{ ittCoverage: IttReport }>(ITT_QUERY, args)).ittCoverage;
  } catch (error) {
    failure(results, error, () => void drawItt(results, args));
    return;
  }
  const s = report.summary;
  const categories = report.byCategory.filter((c) => c.summary.hardware > 0);
  const bars = categories.flatMap((c) => MEASURES.map((m) => ({ category: c.category === null ? '—' : String(c.category), measure: m.label, count: c.summary[m.key] })));
  const chart =
    bars.length === 0
      ? empty(`No ${args.regime} hardware in ${args.list ?? 'the national lists'}${args.category === null ? '' : `, category ${args.category}`}.`)
      : Plot.plot({
          width: 1100,
          height: 300,
          marginLeft: 50,
          style: { fontSize: '13px', color: '#1b1b1b', background: 'transparent' },
          ariaLabel: `Hardware entries of ${args.regime} by category and how many are covered by software and technology`,
          fx: { label: 'Category', padding: 0.15 },
          x: { axis: null, domain: MEASURES.map((m) => m.label) },
          y: { label: 'Entries', grid: true },
          color: { domain: MEASURES.map((m) => m.label), range: COLOURS, legend: true },
          marks: [Plot.barY(bars, { fx: 'category', x: 'measure', y: 'count', fill: 'measure', tip: true }), Plot.ruleY([0])],
        });
  if (chart instanceof Element) describeChart(chart, `Bar chart: hardware entries of ${args.regime} by category, with how many are covered by software and by technology; the table below gives the same numbers.`);
  replace(
    results,
    h(
      'p',
      { class: 'summary' },
      h('strong', {}, `${s.technologyCovered} of ${s.hardware} hardware entries`),
      ` have their technology covered for ${args.regime} (${Math.round(s.ratio * 100)} %); software covered: ${s.softwareCovered}. Technology by phase: development ${s.development}, production ${s.production}, use ${s.use}.`,
    ),
    h('figure', { class: 'chart' }, chart, h('figcaption', {}, 'Per category: hardware entries, and how many are covered by software and by technology (and for which phases).')),
    categories.length === 0
      ? null
      : table(
          'The same numbers by category',
          ['Category', ...MEASURES.map((m) => m.label)],
          categories.map((c) => ({ cells: [c.category === null ? '—' : String(c.category), ...MEASURES.map((m) => String(c.summary[m.key]))], attributes: { 'data-category': String(c.category) } })),
          'data itt-table',
        ),
    h('h2', {}, `Hardware whose technology no ${args.regime} control covers (${report.uncovered.length})`),
    report.uncovered.length === 0
      ? empty('Every hardware entry has its technology covered.')
      : table(
          'Uncovered hardware',
          ['Code', 'Title', 'List'],
          report.uncovered.map((e) => ({ cells: [entryLink(e), e.title, e.listId], attributes: { 'data-entry-id': e.id } })),
          'data uncovered',
        ),
    provenance(report, ITT_QUERY, args),
  );
}

/** The chart is one image for assistive technology (its numbers are in the table under it); Plot's per-mark labels go. */
function describeChart(chart: Element, label: string): void {
  for (const svg of chart.matches('svg') ? [chart] : [...chart.querySelectorAll('svg')]) {
    if (svg.closest('[class*="swatches"]') !== null) continue;
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    for (const inner of svg.querySelectorAll('[aria-label], [aria-description]')) {
      inner.removeAttribute('aria-label');
      inner.removeAttribute('aria-description');
    }
  }
}
