// The questions the benchmark asks: each over HTTP as a client asks it, and as the Cypher the service runs for it
// (for the driver and for PROFILE), and for entry by code, as the @neo4j/graphql peer is asked it.
import neo4j from 'neo4j-driver';
import { MULTILATERAL_REGIMES, REGIME_CODES } from '../src/domain/vocabulary.js';
import { entryIdRange, searchParams } from '../src/repositories/entries.js';
import { toLucene, toTitleLucene } from '../src/services/search.js';
import { peerEntryQuery } from './peer.js';
import { exportPath } from '../src/exports/catalogue.js';
import {
  GAPS_QUERY,
  heatmapQuery,
  ITT_QUERY,
  MATRIX_QUERY,
  PAIR_QUERY,
  type GapListVariables,
  type IttCoverageVariables,
  type MatrixVariables,
  type OverlapHeatmapVariables,
  type OverlapPairVariables,
} from '../src/graphql/pageDocuments.js';

const CCL = 'us-ccl@ecfr-2026';
type Scope = { list: string | null; category: null };
const NO_LIST: Scope = { list: null, category: null };
const IN_CCL: Scope = { list: CCL, category: null };
const NO_LINKS = { attributions: false, reasons: false, references: false, referencedBy: false, supports: false, supportedBy: false, sameCode: false, technologies: false, thresholds: false, parts: false, parent: false };
const ENTRY_FILTER = { list: CCL, regime: 'MTCR', basis: null, category: null, group: null, kind: null, technology: null, hasThreshold: null, itar: null };

export interface Question {
  name: string;
  http: { method: 'GET' | 'POST'; path: string; body?: string };
  /** The statements the service runs for it: groups run one after another, statements in a group in parallel. */
  cypher: [string, Record<string, unknown>][][];
  /** The same question asked of the @neo4j/graphql peer (entry by code only). */
  peer?: string;
  /** A base report: the service computes it before it says it is ready. */
  base?: boolean;
}

export const gql = (query: string) => JSON.stringify({ query });
/** A request body as the page sends it (web/src/api.ts): the document and its variables. */
const pageBody = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const basisOf = (list: string | null, nationalOnly = false): [string, Record<string, unknown>] => ['reports/basis', { list, nationalOnly }];
const overlapCypher = (scope: Scope): [string, Record<string, unknown>][][] => [
  [
    basisOf(scope.list),
    ['reports/overlap-shared', { regimes: ['WA', 'MTCR'], ...scope }],
    ['reports/overlap-references', { regimes: ['WA', 'MTCR'], ...scope }],
    ['reports/overlap-shared-technology', { regimes: ['WA', 'MTCR'], ...scope }],
    ['reports/overlap-technologies', { regimes: ['WA', 'MTCR'], ...scope }],
  ],
];
const gapsCypher = (scope: Scope): [string, Record<string, unknown>][][] => [
  [basisOf(scope.list), ['reports/gaps', { regime: 'NSG', against: 'WA', ...scope }], ['reports/gaps-elsewhere', { regime: 'NSG', against: 'WA', ...scope }]],
];
const overlapPairsCypher = (regimes: readonly string[], scope: Scope): [string, Record<string, unknown>][][] => [
  [
    basisOf(scope.list),
    ...regimes.flatMap((a, i) =>
      regimes.slice(i + 1).flatMap((b) =>
        (['reports/overlap-shared', 'reports/overlap-references', 'reports/overlap-shared-technology', 'reports/overlap-technologies'] as const).map(
          (name): [string, Record<string, unknown>] => [name, { regimes: [a, b], ...scope }],
        ),
      ),
    ),
  ],
];
const OVERLAP_SELECTION = '{ sharedEntries { entry { code } attributions { regime scope } } links { kind from { code } to { code } evidence } technologies { technology { id } comparisons { parameter unit strictestRegimes } } }';
const GAPS_SELECTION = '{ total groups { category technology { id } rows { entry { code title } units hints { id } reason } } partial { entry { code } uncoveredUnits evidence { kind words } } covered { entry { code } evidence { kind words } } elsewhere { entry { code } } }';

export const QUESTIONS: Question[] = [
  {
    name: 'entry by code',
    http: { method: 'POST', path: '/graphql', body: gql(`{ entry(list: "${CCL}", code: "9A012") { code title attributions { regime basis scope } references { entry { code } kind } } }`) },
    cypher: [[['entries/by-code', { list: CCL, codes: ['9A012'], links: { ...NO_LINKS, attributions: true, references: true } }]]],
    peer: peerEntryQuery(CCL, '9A012'),
  },
  {
    name: 'search',
    http: { method: 'POST', path: '/graphql', body: gql('{ search(text: "gas centrifuge rotor", first: 10) { entry { id title } snippet } }') },
    cypher: [[['entries/search', searchParams({ lucene: toLucene('gas centrifuge rotor'), titleLucene: toTitleLucene('gas centrifuge rotor'), list: null, limit: 10 })]]],
  },
  {
    name: 'entries of one list',
    http: { method: 'POST', path: '/graphql', body: gql(`{ entries(first: 20, filter: { list: "${CCL}", regime: MTCR }) { totalCount nodes { code title } } }`) },
    // As the service asks it: the list checked, then the page and the count (a regime's, derived at import) side by side.
    cypher: [[['list-ids', {}]], [['entries/page', { ...ENTRY_FILTER, ...entryIdRange(CCL, null), limit: neo4j.int(21) }], ['entries/count-by-regime', { regime: 'MTCR', kind: null, list: CCL }]]],
  },
  { name: 'overlap(WA, MTCR)', base: true, http: { method: 'POST', path: '/graphql', body: gql(`{ overlap(regimes: [WA, MTCR]) ${OVERLAP_SELECTION} }`) }, cypher: overlapCypher(NO_LIST) },
  {
    name: 'overlap(WA, MTCR) in the CCL',
    base: true,
    http: { method: 'POST', path: '/graphql', body: gql(`{ overlap(regimes: [WA, MTCR], list: "${CCL}") ${OVERLAP_SELECTION} }`) },
    cypher: overlapCypher(IN_CCL),
  },
  { name: 'gaps(NSG against WA)', base: true, http: { method: 'POST', path: '/graphql', body: gql(`{ gaps(regime: NSG, against: WA) ${GAPS_SELECTION} }`) }, cypher: gapsCypher(NO_LIST) },
  {
    name: 'gaps(NSG against WA) in the CCL',
    base: true,
    http: { method: 'POST', path: '/graphql', body: gql(`{ gaps(regime: NSG, against: WA, list: "${CCL}") ${GAPS_SELECTION} }`) },
    cypher: gapsCypher(IN_CCL),
  },
  {
    name: 'ittCoverage(MTCR)',
    base: true,
    http: { method: 'POST', path: '/graphql', body: gql('{ ittCoverage(regime: MTCR) { summary { hardware covered ratio softwareCovered } hardware { entry { code } covered phases softwarePhases } } }') },
    cypher: [[basisOf(null, true), ['reports/itt-coverage', { regime: 'MTCR', ...NO_LIST }]]],
  },
  {
    name: 'membership matrix',
    base: true,
    http: { method: 'POST', path: '/graphql', body: gql('{ membershipMatrix { rows { country { iso2 name } cells { regime participation { status since } } } } }') },
    cypher: [[['memberships/matrix', { regimes: [...MULTILATERAL_REGIMES], statuses: null, view: 'REGIME' }]]],
  },
  { name: 'gap list CSV export', base: true, http: { method: 'GET', path: exportPath('gaps', 'csv', { regime: 'NSG', against: 'WA' }) }, cypher: gapsCypher(NO_LIST) },
  // The page's own documents (src/graphql/pageDocuments.ts) with the variables its views send: what an analyst's first
  // requests are, and what the service encodes ahead over the base reports (decision 0025).
  {
    name: 'page: gap list (NSG against WA)',
    base: true,
    http: { method: 'POST', path: '/graphql', body: pageBody(GAPS_QUERY, { regime: 'NSG', against: 'WA', list: null, category: null } satisfies GapListVariables) },
    cypher: gapsCypher(NO_LIST),
  },
  {
    name: 'page: gap list in the CCL',
    base: true,
    http: { method: 'POST', path: '/graphql', body: pageBody(GAPS_QUERY, { regime: 'NSG', against: 'WA', list: CCL, category: null } satisfies GapListVariables) },
    cypher: gapsCypher(IN_CCL),
  },
  {
    name: 'page: overlap pair (WA, MTCR)',
    base: true,
    http: { method: 'POST', path: '/graphql', body: pageBody(PAIR_QUERY, { regimes: ['WA', 'MTCR'], list: null } satisfies OverlapPairVariables) },
    cypher: overlapCypher(NO_LIST),
  },
  {
    // The page's first view: every regime of the catalogue (its order) and each pair's overlap across lists.
    name: 'page: overlap heatmap',
    base: true,
    http: { method: 'POST', path: '/graphql', body: pageBody(heatmapQuery([...REGIME_CODES]), { list: null } satisfies OverlapHeatmapVariables) },
    cypher: overlapPairsCypher(REGIME_CODES, NO_LIST),
  },
  {
    name: 'page: ITT coverage (MTCR)',
    base: true,
    http: { method: 'POST', path: '/graphql', body: pageBody(ITT_QUERY, { regime: 'MTCR', list: null, category: null } satisfies IttCoverageVariables) },
    cypher: [[basisOf(null, true), ['reports/itt-coverage', { regime: 'MTCR', ...NO_LIST }]]],
  },
  {
    name: 'page: membership matrix',
    base: true,
    http: { method: 'POST', path: '/graphql', body: pageBody(MATRIX_QUERY, { view: 'REGIME' } satisfies MatrixVariables) },
    cypher: [[['memberships/matrix', { regimes: [...MULTILATERAL_REGIMES], statuses: null, view: 'REGIME' }]]],
  },
];
