// The questions the benchmark asks: each over HTTP as a client asks it, and as the Cypher the service runs for it
// (for the driver and for PROFILE), and for entry by code, as the @neo4j/graphql peer is asked it.
import neo4j from 'neo4j-driver';
import { MULTILATERAL_REGIMES } from '../src/domain/vocabulary.js';
import { searchParams } from '../src/repositories/entries.js';
import { toLucene, toTitleLucene } from '../src/services/search.js';
import { peerEntryQuery } from './peer.js';

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
    cypher: [[['control-lists', {}]], [['entries/page', { ...ENTRY_FILTER, after: null, limit: neo4j.int(21) }], ['entries/count', ENTRY_FILTER]]],
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
  { name: 'gap list CSV export', base: true, http: { method: 'GET', path: '/exports/gaps.csv?regime=NSG&against=WA' }, cypher: gapsCypher(NO_LIST) },
];
