// Regime overlap heatmap: regimes × regimes for one list or all; a cell is the number of entries and of parts
// attributed to both regimes (overlap.sharedEntries, overlap.sharedPartCount), the diagonal the regime's own entries
// and parts (entries(filter: {regime, kind}).totalCount). A click on a cell opens that pair's overlap: the shared
// entries with each regime's words, and the thresholds.
import * as Plot from '@observablehq/plot';
import { alias, heatmapQuery, PAIR_QUERY, type OverlapHeatmapVariables, type OverlapPairVariables } from '../../../src/graphql/pageDocuments';
import { graphql } from '../api';
import { h, replace, select, table } from '../dom';
import { empty, entryLink, failure, hashParams, listOptions, loadCatalogue, loading, nullable, provenance, setHash, type Catalogue, type ReportBasis } from '../ui';

interface PairCount extends ReportBasis {
  sharedEntries: { entry: { id: string } }[];
  sharedPartCount: number;
}

/** What a cell counts: entries, and parts (sub-paragraphs) by their own attributions. */
interface Count {
  entries: number;
  parts: number;
}

interface SharedEntry {
  entry: { id: string; code: string; title: string; listId: string };
  attributions: { regime: string; basis: string; coverage: string | null; scope: string; parts: string[]; exceptParts: string[]; servedItems: string[]; conditional: boolean }[];
}

interface Comparison {
  parameter: string;
  unit: string;
  verdict: string | null;
  explanation: string | null;
  strictestRegimes: string[];
}

interface PairOverlap extends ReportBasis {
  sharedEntries: SharedEntry[];
  sharedPartCount: number;
  technologies: { technology: { id: string; name: string }; comparisons: Comparison[] }[];
}

export async function renderOverlap(root: HTMLElement): Promise<void> {
  const cat = await loadCatalogue();
  const params = hashParams();
  const list = nullable(params.get('list'));
  const listSelect = select('overlap-list', 'List', listOptions(cat), list ?? '');
  listSelect.input.addEventListener('change', () => setHash('overlap', { list: listSelect.input.value }));
  const grid = h('div', { class: 'heatmap-area' });
  const detail = h('section', { class: 'pair-detail', 'aria-live': 'polite', id: 'pair-detail' });
  replace(
    root,
    h('h1', {}, 'Regime overlap'),
    h('p', { class: 'lede' }, 'Each cell counts the entries, and their parts, attributed to both regimes; the diagonal counts each regime’s own. Choose a cell to see the shared entries, each regime’s scope in the source’s words, and the thresholds compared.'),
    h('form', { class: 'controls', onsubmit: (e: Event) => e.preventDefault() }, listSelect.field),
    h('div', { class: 'overlap-layout' }, grid, detail),
  );
  await drawHeatmap(grid, detail, cat, list, params);
}

async function drawHeatmap(grid: HTMLElement, detail: HTMLElement, cat: Catalogue, list: string | null, params: URLSearchParams): Promise<void> {
  const regimes = cat.regimes.map((r) => r.code);
  const query = heatmapQuery(regimes);
  loading(grid, 'Counting the entries and parts each pair of regimes shares …');
  let data: Record<string, unknown>;
  try {
    const variables: OverlapHeatmapVariables = { list };
    data = await graphql<Record<string, unknown>>(query, variables);
  } catch (error) {
    failure(grid, error, () => void drawHeatmap(grid, detail, cat, list, params));
    return;
  }
  const total = (key: string) => (data[key] as { totalCount: number }).totalCount;
  const own = new Map<string, Count>(regimes.map((r) => [r, { entries: total(`own_entries_${alias(r)}`), parts: total(`own_parts_${alias(r)}`) }]));
  // A regime no list encodes (CWC outside the CCL) would be an empty row and column: it is left out.
  const shown = regimes.filter((r) => (own.get(r)?.entries ?? 0) > 0);
  const pair = (a: string, b: string): PairCount => {
    const [x, y] = regimes.indexOf(a) < regimes.indexOf(b) ? [a, b] : [b, a];
    return data[`pair_${alias(x)}_${alias(y)}`] as PairCount;
  };
  const count = (a: string, b: string): Count => {
    if (a === b) return own.get(a) ?? { entries: 0, parts: 0 };
    const p = pair(a, b);
    return { entries: p.sharedEntries.length, parts: p.sharedPartCount };
  };
  const offDiagonal = shown.flatMap((a) => shown.filter((b) => b !== a).map((b) => count(a, b).entries));
  const colour = Plot.scale({ color: { type: 'sqrt', scheme: 'blues', domain: [0, Math.max(1, ...offDiagonal)] } });
  const name = (code: string) => cat.regimes.find((r) => r.code === code)?.name ?? code;
  const parts = (n: number) => `${n} ${n === 1 ? 'part' : 'parts'}`;

  const cell = (a: string, b: string) => {
    const n = count(a, b);
    const numbers = { 'data-row': a, 'data-col': b, 'data-entries': n.entries, 'data-parts': n.parts };
    if (a === b) {
      return h(
        'td',
        { class: 'own', title: `${name(a)}: ${n.entries} entries and ${parts(n.parts)} of its own`, ...numbers },
        h('span', { class: 'n' }, n.entries),
        h('span', { class: 'sub' }, parts(n.parts)),
        h('span', { class: 'visually-hidden' }, ` of ${a}’s own`),
      );
    }
    const value = colour.apply(n.entries) as string;
    const dark = n.entries / Math.max(1, ...offDiagonal) > 0.35;
    return h(
      'td',
      numbers,
      h(
        'button',
        {
          type: 'button',
          class: `cell${dark ? ' dark' : ''}`,
          style: `background:${value}`,
          'aria-pressed': params.get('a') === a && params.get('b') === b ? 'true' : 'false',
          onclick: () => {
            // The pair goes into the address (to share or reload) without drawing the heatmap again.
            const search = new URLSearchParams({ ...(list === null ? {} : { list }), a, b });
            history.replaceState(null, '', `#/overlap?${search.toString()}`);
            for (const selected of grid.querySelectorAll('button[aria-pressed="true"]')) selected.setAttribute('aria-pressed', 'false');
            (document.activeElement as HTMLElement | null)?.setAttribute('aria-pressed', 'true');
            void drawPair(detail, a, b, list).then(() => document.getElementById('pair-heading')?.focus());
          },
        },
        // Read out whole ("MTCR and WA: 76 shared entries, 135 parts"); seen as the two numbers.
        h('span', { class: 'visually-hidden' }, `${a} and ${b}: `),
        h('span', { class: 'n' }, n.entries),
        h('span', { class: 'visually-hidden' }, ' shared entries, '),
        h('span', { class: 'sub' }, parts(n.parts)),
      ),
    );
  };
  const first = pair(regimes[0] as string, regimes[1] as string);
  replace(
    grid,
    h(
      'table',
      { class: 'heatmap', 'data-list': list ?? '' },
      h('caption', {}, `Entries, and their parts, attributed to both regimes — ${list ?? 'all lists'}`),
      h('thead', {}, h('tr', {}, h('td', {}), shown.map((r) => h('th', { scope: 'col', title: name(r) }, r)))),
      h('tbody', {}, shown.map((a) => h('tr', {}, h('th', { scope: 'row', title: name(a) }, a), shown.map((b) => cell(a, b))))),
    ),
    h('p', { class: 'help' }, 'The large number counts entries, the small one parts (sub-paragraphs) attributed to both regimes, each part by its own attribution; the dashed diagonal counts each regime’s own.'),
    provenance(first, query, { list }),
  );
  const a = params.get('a');
  const b = params.get('b');
  if (a && b && a !== b && shown.includes(a) && shown.includes(b)) await drawPair(detail, a, b, list);
  else replace(detail, empty('Choose a cell to see what the two regimes share.'));
}

function scopeCell(entry: SharedEntry, regime: string): HTMLElement {
  const attributions = entry.attributions.filter((a) => a.regime === regime);
  return h(
    'div',
    { class: 'scopes' },
    attributions.map((a) =>
      h(
        'p',
        {},
        h('span', { class: 'tag' }, a.basis.toLowerCase().replace(/_/g, ' ')),
        a.coverage === 'PARTS' && a.parts.length > 0 ? h('span', { class: 'tag' }, a.parts.join(', ')) : null,
        a.coverage === 'WHOLE_EXCEPT' ? h('span', { class: 'tag' }, `except ${a.exceptParts.join(', ')}`) : null,
        a.coverage === 'SERVED_ITEMS' ? h('span', { class: 'tag' }, `for ${a.servedItems.join(', ')}`) : null,
        a.conditional ? h('span', { class: 'tag warn' }, 'conditions') : null,
        ' ',
        h('q', {}, a.scope),
      ),
    ),
  );
}

async function drawPair(detail: HTMLElement, a: string, b: string, list: string | null): Promise<void> {
  const variables: OverlapPairVariables = { regimes: [a, b], list };
  loading(detail, `Reading what ${a} and ${b} share …`);
  let report: PairOverlap;
  try {
    report = (await graphql<{ overlap: PairOverlap }>(PAIR_QUERY, variables)).overlap;
  } catch (error) {
    failure(detail, error, () => void drawPair(detail, a, b, list));
    return;
  }
  const comparisons = report.technologies.flatMap((t) => t.comparisons.map((c) => ({ technology: t.technology.name, ...c })));
  replace(
    detail,
    h('h2', { tabindex: '-1', id: 'pair-heading' }, `${a} and ${b}: ${report.sharedEntries.length} shared entries, ${report.sharedPartCount} shared parts`),
    report.sharedEntries.length === 0
      ? empty(`No entry is attributed to both ${a} and ${b} in ${list ?? 'any list'}.`)
      : table(
          `Entries attributed to both ${a} and ${b}${list === null ? '' : ` in ${list}`}`,
          // With one list chosen, a list column would repeat its id on every row.
          ['Code', 'Title', ...(list === null ? ['List'] : []), `${a} scope`, `${b} scope`],
          report.sharedEntries.map((s) => ({
            cells: [entryLink(s.entry), s.entry.title, ...(list === null ? [s.entry.listId] : []), scopeCell(s, a), scopeCell(s, b)],
            attributes: { 'data-entry-id': s.entry.id },
          })),
          'data shared-entries',
        ),
    h('h3', {}, 'Thresholds compared, in the technology areas both control'),
    comparisons.length === 0
      ? empty('No threshold of one regime can be compared with one of the other here.')
      : table(
          'Threshold comparisons',
          ['Technology area', 'Parameter', 'Verdict', 'Explanation'],
          comparisons.map((c) => ({
            cells: [c.technology, `${c.parameter} (${c.unit})`, (c.verdict ?? '—').toLowerCase().replace(/_/g, ' '), c.explanation ?? ''],
          })),
          'data comparisons',
        ),
    provenance(report, PAIR_QUERY, variables),
  );
}
