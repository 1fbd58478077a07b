// Membership matrix: countries × regimes with status and year, coloured by status; the regimes' own rosters or
// the US Country Groups view; and the membership gaps of a chosen pair of regimes.
import { MATRIX_QUERY, MEMBERSHIP_GAPS_QUERY, type MatrixVariables, type MembershipGapsVariables, type ParticipationViewName } from '../../../src/graphql/pageDocuments';
import { graphql } from '../api';
import { h, replace, select, table } from '../dom';
import { empty, failure, hashParams, loadCatalogue, loading, provenance, setHash, type Catalogue } from '../ui';

interface Participation {
  status: 'MEMBER' | 'ADHERENT' | 'OBSERVER';
  since: number | null;
  sinceNote: string | null;
  source: string;
}

interface Matrix {
  regimes: string[];
  rows: { country: { iso2: string; name: string }; cells: { regime: string; participation: Participation | null }[] }[];
}

interface GapReport {
  onlyInRegime: { country: { iso2: string; name: string }; status: string; since: number | null; source: string }[];
  onlyInAgainst: { country: { iso2: string; name: string }; status: string; since: number | null; source: string }[];
}

/** The distinct sources of the participations shown, in first-seen order. */
function sourcesOf(participations: ({ source: string } | null)[]): string[] {
  return [...new Set(participations.flatMap((p) => (p === null ? [] : [p.source])))];
}



const VIEWS = [
  { value: 'REGIME', label: 'The regimes’ own participant lists' },
  { value: 'US_COUNTRY_GROUP', label: 'The US Country Groups A:1–A:4' },
];

export async function renderMembers(root: HTMLElement): Promise<void> {
  const cat = await loadCatalogue();
  const params = hashParams();
  const view = params.get('view') === 'US_COUNTRY_GROUP' ? 'US_COUNTRY_GROUP' : 'REGIME';
  const regime = params.get('regime') ?? 'NSG';
  const against = params.get('against') ?? 'MTCR';
  const viewSelect = select('member-view', 'Whose view', VIEWS, view);
  viewSelect.input.addEventListener('change', () => setHash('members', { view: viewSelect.input.value, regime, against }));
  const matrix = h('section', { class: 'matrix-area', 'aria-live': 'polite' });
  const gaps = h('section', { class: 'membership-gaps', 'aria-live': 'polite' });
  replace(
    root,
    h('h1', {}, 'Memberships'),
    h('p', { class: 'lede' }, 'Who takes part in which regime, with the status and the year joined, in the regimes’ own view or in the US government’s Country Groups.'),
    h('form', { class: 'controls', onsubmit: (e: Event) => e.preventDefault() }, viewSelect.field),
    h('div', { class: 'columns members' }, matrix, gaps),
  );
  await Promise.all([drawMatrix(matrix, view), drawGapsForm(gaps, cat, view, regime, against)]);
}

function statusLabel(p: Participation): string {
  return p.status.toLowerCase();
}

async function drawMatrix(target: HTMLElement, view: ParticipationViewName): Promise<void> {
  loading(target, 'Reading the participant lists …');
  let data: { dataVersion: number; membershipMatrix: Matrix };
  try {
    const variables: MatrixVariables = { view };
    data = await graphql(MATRIX_QUERY, variables);
  } catch (error) {
    failure(target, error, () => void drawMatrix(target, view));
    return;
  }
  const m = data.membershipMatrix;
  replace(
    target,
    h(
      'ul',
      { class: 'legend' },
      h('li', {}, h('span', { class: 'swatch member' }), 'member'),
      h('li', {}, h('span', { class: 'swatch adherent' }), 'adherent'),
      h('li', {}, h('span', { class: 'swatch observer' }), 'observer'),
      h('li', {}, h('span', { class: 'swatch none' }), 'not a participant'),
    ),
    m.rows.length === 0
      ? empty('No participations in this view.')
      : h(
          'div',
          { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Membership matrix' },
          h(
            'table',
            { class: 'matrix', 'data-view': view },
            h('caption', {}, `${m.rows.length} countries × ${m.regimes.length} regimes — ${VIEWS.find((v) => v.value === view)?.label ?? view}`),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Country'), m.regimes.map((r) => h('th', { scope: 'col' }, r)))),
            h(
              'tbody',
              {},
              m.rows.map((row) =>
                h(
                  'tr',
                  { 'data-country': row.country.iso2 },
                  h('th', { scope: 'row' }, row.country.name),
                  row.cells.map((cell) => {
                    const p = cell.participation;
                    if (!p) return h('td', { class: 'status-none', 'data-regime': cell.regime }, h('span', { class: 'visually-hidden' }, 'not a participant'), '—');
                    return h(
                      'td',
                      { class: `status-${p.status.toLowerCase()}`, 'data-regime': cell.regime, 'data-status': p.status, 'data-since': p.since ?? '', title: p.sinceNote ?? p.source },
                      h('span', { class: 'status' }, statusLabel(p)),
                      p.since === null ? null : h('span', { class: 'year' }, ` ${p.since}${p.sinceNote ? '*' : ''}`),
                      p.sinceNote ? h('span', { class: 'visually-hidden' }, ` (${p.sinceNote})`) : null,
                    );
                  }),
                ),
              ),
            ),
          ),
        ),
    h('p', { class: 'help' }, '* the year carries a note on its source: hover over the cell to read it.'),
    // The matrix comes from no control list: its footer names the data version and the participant lists it was read from.
    provenance({ dataVersion: data.dataVersion, lists: [], sources: sourcesOf(m.rows.flatMap((row) => row.cells.map((cell) => cell.participation))) }, MATRIX_QUERY, { view }),
  );
}

async function drawGapsForm(target: HTMLElement, cat: Catalogue, view: ParticipationViewName, regime: string, against: string): Promise<void> {
  const options = cat.regimes.filter((r) => r.code !== 'CWC').map((r) => ({ value: r.code, label: r.code }));
  const regimeSelect = select('member-regime', 'Regime', options, regime);
  const againstSelect = select('member-against', 'Against', options, against);
  const results = h('div', { class: 'membership-gap-results' });
  replace(
    target,
    h('h2', {}, 'Membership gaps'),
    h(
      'form',
      {
        class: 'controls',
        onsubmit: (e: Event) => {
          e.preventDefault();
          setHash('members', { view, regime: regimeSelect.input.value, against: againstSelect.input.value });
        },
      },
      regimeSelect.field,
      againstSelect.field,
      h('button', { type: 'submit' }, 'Compare'),
    ),
    results,
  );
  if (regime === against) {
    replace(results, empty('Choose two different regimes.'));
    return;
  }
  await drawMembershipGaps(results, { regime, against, view });
}

async function drawMembershipGaps(target: HTMLElement, variables: MembershipGapsVariables): Promise<void> {
  loading(target, 'Comparing the participants …');
  let report: GapReport;
  let dataVersion: number;
  try {
    ({ membershipGaps: report, dataVersion } = await graphql<{ dataVersion: number; membershipGaps: GapReport }>(MEMBERSHIP_GAPS_QUERY, variables));
  } catch (error) {
    failure(target, error, () => void drawMembershipGaps(target, variables));
    return;
  }
  const side = (caption: string, rows: GapReport['onlyInRegime']) =>
    rows.length === 0 ? h('p', { class: 'state empty' }, `${caption}: none.`) : table(caption, ['Country', 'Status', 'Since'], rows.map((p) => ({ cells: [p.country.name, p.status.toLowerCase(), p.since === null ? '—' : String(p.since)] })), 'data compact');
  replace(
    target,
    side(`In ${variables.regime}, not in ${variables.against}`, report.onlyInRegime),
    side(`In ${variables.against}, not in ${variables.regime}`, report.onlyInAgainst),
    provenance({ dataVersion, lists: [], sources: sourcesOf([...report.onlyInRegime, ...report.onlyInAgainst]) }, MEMBERSHIP_GAPS_QUERY, variables),
  );
}
