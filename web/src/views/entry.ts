// Entry page: search by code (national or regime notation) or words; an entry with its text, parts,
// attributions per part and thresholds, and its neighbourhood as a graph (references typed, exclusions shown
// as such; support links with phase; counterparts in other lists, divergent ones flagged; technology areas).
import { graphql } from '../api';
import { h, replace, table } from '../dom';
import { empty, entryHref, entryLink, failure, hashParams, loading, provenance, setHash, type EntryRef, type ReportBasis } from '../ui';
import { neighbourhoodGraph } from './entryGraph';

interface Hit {
  entry: { id: string; code: string; title: string; listId: string };
  matchedBy: string;
  interpretation: { description: string };
  snippet: string;
}

interface Attribution {
  regime: string;
  basis: string;
  coverage: string | null;
  scope: string;
  parts: string[];
  exceptParts: string[];
  servedItems: string[];
  conditional: boolean;
  via: string | null;
}

interface Threshold {
  parameter: string;
  comparator: string;
  value: number;
  valueMax: number | null;
  unit: string;
  paragraph: string | null;
  role: string | null;
  phrase: string;
  regime: string | null;
  belongsTo: { regime: string }[] | null;
}

interface Link {
  entry: EntryRef;
  text: string;
}

interface EntryDetail {
  id: string;
  code: string;
  title: string;
  text: string;
  kind: string;
  list: { id: string; title: string; version: string };
  parent: EntryRef | null;
  attributions: Attribution[];
  parts: { id: string; code: string; title: string; attributions: Attribution[] }[];
  thresholds: Threshold[];
  references: (Link & { kind: string; toPart: string | null })[];
  referencedBy: (Link & { kind: string })[];
  supportedBy: (Link & { phase: string })[];
  supports: (Link & { phase: string })[];
  counterparts: { verdict: string; entry: EntryRef }[];
  technologies: { technology: { id: string; name: string; description: string } }[];
}

export const SEARCH_QUERY = `query Search($text: String!) {
  dataVersion
  lists { id title version }
  search(text: $text, first: 20) {
    entry { id code title listId }
    matchedBy
    interpretation { description }
    snippet
  }
}`;

export const ENTRY_QUERY = `query EntryPage($list: ID!, $code: String!) {
  dataVersion
  entry(list: $list, code: $code) {
    id code title text kind
    list { id title version }
    parent { id code title }
    attributions { regime basis coverage scope parts exceptParts servedItems conditional via }
    parts { id code title attributions { regime basis coverage scope parts exceptParts servedItems conditional via } }
    thresholds { parameter comparator value valueMax unit paragraph role phrase regime belongsTo { regime } }
    references { kind text toPart entry { id code title listId } }
    referencedBy { kind text entry { id code title listId } }
    supportedBy { phase text entry { id code title listId } }
    supports { phase text entry { id code title listId } }
    counterparts(verdicts: [AGREES, UNCERTAIN, DIVERGES]) { verdict entry { id code title listId } }
    technologies { technology { id name description } }
  }
}`;

const COMPARATORS: Record<string, string> = { EQ: '=', GT: '>', GTE: '≥', LT: '<', LTE: '≤', RANGE: '' };

export async function renderEntry(root: HTMLElement): Promise<void> {
  const params = hashParams();
  const q = params.get('q') ?? '';
  const id = params.get('id');
  const input = h('input', { type: 'search', id: 'entry-search', name: 'q', value: q, placeholder: '9A012, 1.A.2, 19.A.3, T5.1, nerve agent …', autocomplete: 'off', 'aria-describedby': 'search-help' });
  const hits = h('section', { class: 'hits', 'aria-live': 'polite' });
  const detail = h('section', { class: 'entry-detail', 'aria-live': 'polite' });
  replace(
    root,
    h('h1', {}, 'Entries'),
    h(
      'form',
      {
        class: 'controls search',
        role: 'search',
        onsubmit: (e: Event) => {
          e.preventDefault();
          setHash('entry', { q: input.value.trim() });
        },
      },
      h('div', { class: 'field wide' }, h('label', { for: 'entry-search' }, 'Code or words'), input),
      h('button', { type: 'submit' }, 'Search'),
      h('p', { id: 'search-help', class: 'help' }, 'Codes in any case and in the regimes’ own numbering: Wassenaar 1.A.2, MTCR 19.A.3 or M19A2, NSG 5.1 or T5.1.'),
    ),
    hits,
    detail,
  );
  if (id) await drawEntry(detail, id);
  else if (q) await drawSearch(hits, detail, q);
  else replace(hits, empty('Type a code or words to find an entry.'));
}

async function drawSearch(hits: HTMLElement, detail: HTMLElement, text: string): Promise<void> {
  loading(hits, `Searching for “${text}” …`);
  let found: Hit[];
  let basis: ReportBasis;
  try {
    const answer = await graphql<{ search: Hit[] } & ReportBasis>(SEARCH_QUERY, { text });
    found = answer.search;
    basis = answer;
  } catch (error) {
    failure(hits, error, () => void drawSearch(hits, detail, text));
    return;
  }
  if (found.length === 0) {
    const looksLikeCode = /^[A-Za-z]?\d[\w.]*$/.test(text);
    replace(
      hits,
      h(
        'div',
        { class: 'state empty no-hits', role: 'alert' },
        h('p', {}, looksLikeCode ? `No list has an entry with the code “${text}”.` : `No entry matches “${text}”.`),
        h('p', {}, 'Codes look like 1C001 or 9A610.u (national lists), 1.A.2 (Wassenaar), 19.A.3 or M19A3 (MTCR), 5.1 or T5.1 (NSG trigger list).'),
      ),
      provenance(basis, SEARCH_QUERY, { text }),
    );
    return;
  }
  // A code opens its entry at once (the first list's); the hits stay one click away. Words wait for a choice.
  const first = found[0];
  const opens = first !== undefined && (first.matchedBy === 'CODE' || first.matchedBy === 'NATIVE_NOTATION');
  const list = h(
      'ol',
      { class: 'hit-list' },
      found.map((hit) =>
        h(
          'li',
          {},
          h('a', { href: entryHref(hit.entry.id), class: 'code' }, hit.entry.code),
          ` ${hit.entry.title} `,
          h('span', { class: 'tag' }, hit.entry.listId),
          h('span', { class: 'how' }, ` ${hit.interpretation.description}`),
        ),
      ),
    );
  // Folded, the search's own footer folds with its hits: the page then has one footer, the entry's, at its end.
  const footer = provenance(basis, SEARCH_QUERY, { text });
  replace(
    hits,
    opens
      ? h('details', { class: 'hits-folded' }, h('summary', {}, `${found.length} hits for “${text}”; the first, ${first.entry.code} in ${first.entry.listId}, is shown below`), list, footer)
      : [h('h2', {}, `${found.length} hits for “${text}”`), list, footer],
  );
  if (opens) await drawEntry(detail, first.entry.id);
}

function splitId(id: string): { list: string; code: string } {
  const colon = id.indexOf(':');
  return { list: id.slice(0, colon), code: id.slice(colon + 1) };
}

function attributionText(a: Attribution): string {
  const reach =
    a.coverage === 'PARTS'
      ? ` (${a.parts.join(', ')})`
      : a.coverage === 'WHOLE_EXCEPT'
        ? ` (except ${a.exceptParts.join(', ')})`
        : a.coverage === 'SERVED_ITEMS'
          ? ` (for ${a.servedItems.join(', ')})`
          : a.via
            ? ` (${a.via.toLowerCase().replace(/_/g, ' ')})`
            : '';
  return `${a.regime}${reach}${a.conditional ? ', under conditions' : ''}`;
}

function thresholdText(t: Threshold): string {
  const value = t.comparator === 'RANGE' ? `${t.value}–${t.valueMax ?? ''}` : `${COMPARATORS[t.comparator] ?? ''} ${t.value}`;
  return `${t.parameter} ${value} ${t.unit}`;
}

async function drawEntry(detail: HTMLElement, id: string): Promise<void> {
  const variables = splitId(id);
  loading(detail, `Reading ${variables.code} …`);
  let entry: EntryDetail | null;
  let dataVersion: number;
  try {
    ({ entry, dataVersion } = await graphql<{ dataVersion: number; entry: EntryDetail | null }>(ENTRY_QUERY, variables));
  } catch (error) {
    failure(detail, error, () => void drawEntry(detail, id));
    return;
  }
  if (!entry) {
    replace(detail, h('div', { class: 'state empty', role: 'alert' }, `The list ${variables.list} has no entry ${variables.code}.`));
    return;
  }
  const e = entry;
  const techNote = h('p', { class: 'tech-note', 'aria-live': 'polite' });
  const graph = neighbourhoodGraph(e, (name, description) => replace(techNote, h('strong', {}, name), `: ${description}`));
  replace(
    detail,
    h('h2', { id: 'entry-heading', tabindex: '-1' }, h('span', { class: 'code' }, e.code), ` ${e.title}`),
    h('p', { class: 'meta' }, `${e.list.title} (version ${e.list.version}) · ${e.kind === 'PART' ? 'paragraph' : 'entry'}`, e.parent ? [' of ', entryLink(e.parent)] : null),
    h('div', { class: 'columns' },
      h('div', {},
        h('h3', {}, 'Attributions'),
        e.attributions.length === 0
          ? empty('Attributed to no regime.')
          : table('Attributions of the entry', ['Regime', 'Basis', 'Reaches', 'Scope, in the source’s words'], e.attributions.map((a) => ({ cells: [a.regime, a.basis.toLowerCase().replace(/_/g, ' '), attributionText(a), h('q', {}, a.scope)] })), 'data attributions'),
        h('h3', {}, `Parts (${e.parts.length})`),
        e.parts.length === 0
          ? empty('No sub-paragraphs.')
          : table('Parts and their attributions', ['Part', 'Title', 'Attributed to'], e.parts.map((p) => ({ cells: [entryLink(p), p.title, [...new Set(p.attributions.map(attributionText))].join('; ') || '—'] })), 'data parts'),
        h('h3', {}, `Thresholds (${e.thresholds.length})`),
        e.thresholds.length === 0
          ? empty('No numeric parameter read from the text.')
          : table(
              'Thresholds',
              ['Parameter', 'Paragraph', 'Role', 'Regimes', 'Words'],
              e.thresholds.map((t) => ({
                cells: [thresholdText(t), t.paragraph ?? '—', (t.role ?? '').toLowerCase(), (t.belongsTo ?? []).map((b) => b.regime).join(', ') || t.regime || '—', h('q', {}, t.phrase)],
              })),
              'data thresholds',
            ),
      ),
      h('div', {},
        h('h3', {}, 'Neighbourhood'),
        graph.canvas,
        legend(),
        graph.keys,
        techNote,
      ),
    ),
    h('h3', {}, 'Text'),
    // A long text scrolls in its box; focusable, so the keyboard scrolls it too.
    h('div', { class: 'entry-text', tabindex: '0', role: 'region', 'aria-label': `Text of ${e.code}` }, e.text),
    h('h3', {}, 'Neighbours'),
    neighbourList(e),
    provenance({ dataVersion, lists: [e.list] }, ENTRY_QUERY, variables),
  );
  graph.draw();
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    h('li', {}, h('span', { class: 'swatch ref' }), 'reference'),
    h('li', {}, h('span', { class: 'swatch exclusion' }), 'exclusion (dashed)'),
    h('li', {}, h('span', { class: 'swatch support' }), 'software / technology with phase'),
    h('li', {}, h('span', { class: 'swatch counterpart' }), 'counterpart in another list'),
    h('li', {}, h('span', { class: 'swatch diverges' }), 'same code, different item'),
    h('li', {}, h('span', { class: 'swatch technology' }), 'technology area'),
  );
}

function neighbourList(e: EntryDetail): HTMLElement {
  const item = (label: string, entry: EntryRef, words: string, flag?: string) =>
    h('li', { 'data-neighbour': entry.id }, h('span', { class: 'tag' }, label), ' ', entryLink(entry), ` ${entry.title ?? ''} `, flag ? h('strong', { class: 'flag' }, flag) : null, words ? h('q', {}, words) : null);
  const items = [
    ...e.references.map((r) => item(r.kind === 'EXCLUSION' ? 'excludes' : r.kind.toLowerCase().replace(/_/g, ' '), r.entry, r.text)),
    ...e.referencedBy.map((r) => item(`referenced by (${r.kind.toLowerCase().replace(/_/g, ' ')})`, r.entry, r.text)),
    ...e.supportedBy.map((s) => item(`served by, ${s.phase.toLowerCase()}`, s.entry, s.text)),
    ...e.supports.map((s) => item(`serves, ${s.phase.toLowerCase()}`, s.entry, s.text)),
    ...e.counterparts.map((c) => item(`counterpart in ${c.entry.listId ?? ''}`, c.entry, '', c.verdict === 'DIVERGES' ? 'divergent: same code, different item' : c.verdict === 'CONTROLLED_ELSEWHERE' ? 'controlled elsewhere (US Munitions List)' : c.verdict === 'UNCERTAIN' ? 'uncertain' : undefined)),
  ];
  const technologies = e.technologies.map((t) => h('li', {}, h('span', { class: 'tag' }, 'technology area'), ` ${t.technology.name}: ${t.technology.description}`));
  if (items.length === 0 && technologies.length === 0) return empty('No references, support links, counterparts or technology areas.');
  return h('ul', { class: 'neighbours' }, items, technologies);
}
