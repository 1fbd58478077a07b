// Every statement in queries/ is planned (EXPLAIN: nothing runs, nothing is written) against the real test
// database with representative parameters, and its plan must not read every entry where an index or the list
// should serve (decision 0019). A new statement fails here until it has parameters in the table below.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import neo4j from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../graph/runtime/paths.js';
import { cypher } from '../../src/db/queries.js';
import { entryIdRange } from '../../src/repositories/entries.js';
import { testExecutor } from '../support/db.js';

const executor = testExecutor();

const LIST = 'us-ccl@ecfr-2026';
const ENTRY = `${LIST}:9A012`;
const PART = `${LIST}:9A012.a`;

/** Operators that read every node of a label (or every node) instead of seeking by index or expanding from a list. */
const FULL_SCANS = new Set(['NodeByLabelScan', 'AllNodesScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan', 'SubtractionNodeByLabelsScan']);

/**
 * Statements that read every entry by design. Each one may scan `:Entry` only when no list is given (a statement
 * that takes `$list` is always planned with a list too, and then it may not).
 */
const READS_EVERY_ENTRY: Record<string, string> = {
  // The import's summary counts the nodes of every label (an AllNodesScan): reading them all is the question.
  'graph-counts': 'counts every node of every label for the import summary',
};

/**
 * One-list reports that start from the list's top-level entries through the (listId, kind) index (decision 0024), so
 * their cost does not grow with the other lists loaded: their plan must seek that index.
 */
const LIST_ANCHORED = [
  'reports/gaps',
  'reports/gaps-elsewhere',
  'reports/itt-coverage',
  'reports/overlap-references',
  'reports/overlap-shared',
  'reports/overlap-shared-technology',
  'reports/overlap-technologies',
];

/**
 * Statements that find named codes in one list by the (listId, code) index: the code index alone holds every list's
 * entries with that code.
 */
const LIST_CODES = ['reports/threshold-comparison'];

/**
 * Statements that find one list's entries in a technology area by the (listId, technology) index of CONTROLS edges
 * (decision 0026): the area's own edges come from every list.
 */
const LIST_AREAS = ['reports/threshold-comparison'];

/** Representative parameters, by query name; `list` is replaced by null for the second plan of a statement that takes it. */
const PARAMS: Record<string, Record<string, unknown>> = {
  'control-lists': {},
  'countries-by-iso2': { iso2s: ['US', 'FR'] },
  countries: {},
  'data-version': {},
  'entries/by-code-any-list': { codes: ['9A012', '9a012'], list: LIST },
  'entries/by-code': {
    list: LIST,
    codes: ['9A012'],
    links: Object.fromEntries(['attributions', 'reasons', 'references', 'referencedBy', 'supports', 'supportedBy', 'sameCode', 'technologies', 'thresholds', 'parts', 'parent'].map((l) => [l, true])),
  },
  'entries/by-id': { ids: [ENTRY] },
  'entries/count': filter(),
  'entries/count-by-regime': { regime: 'MTCR', kind: 'ENTRY', list: null },
  'entries/counterparts': { ids: [ENTRY] },
  'entries/details': { ids: [ENTRY] },
  'entries/page': { ...filter(), ...entryIdRange(LIST, null), limit: neo4j.int(20) },
  'entries/search': {
    lucene: 'unmanned', titleLucene: '+title:unmanned', list: LIST, limit: neo4j.int(20), anyLimit: neo4j.int(40),
    options: {}, anyOptions: {},
  },
  'graph-counts': {},
  'import/attributions': {
    rows: [{ entry: ENTRY, regime: 'MTCR', basis: 'REASON_ROW', scope: 'MT applies to 9A012', column: 'MT 1', coverage: 'WHOLE_ENTRY', parts: [], exceptParts: [], conditional: false, rules: ['reason-row'], wholeEntry: true }],
  },
  'import/controls-clear': {},
  'import/controls': { rows: [{ entry: ENTRY, technology: 'uav-code', ruleId: 'uav-code', evidence: '9A012' }] },
  'import/counterparts-clear': { listId: LIST },
  'import/counterparts-inputs': { listId: LIST },
  'import/counterparts-mark': { listId: LIST, version: 1 },
  'import/counterparts-reasons': { rows: [{ entry: ENTRY, list: 'eu-annex-i@2025-11-15', reason: 'NO_SAME_CODE', rule: 'no-same-code', evidence: '9A012', source: 'eu-annex-i@2025-11-15' }] },
  'import/counterparts-status': { listId: LIST },
  'import/counterparts': {
    rows: [{ from: ENTRY, to: 'eu-annex-i@2025-11-15:9A012', verdict: 'AGREES', rule: 'same-title', titleSimilarity: 1, textSimilarity: 0.9, evidence: ['Unmanned aerial vehicles'], sharedWords: ['unmanned'] }],
  },
  'import/coverage': { rows: [{ entry: ENTRY, regime: 'MTCR', against: 'WA', status: 'COVERED', units: ['9A012'], coveredUnits: ['9A012'], partialUnits: [], evidence: ['{}'] }] },
  'import/dataset-touch': {},
  'import/commit-begin': { id: 'commit-plan-check', leaseMs: 60_000 },
  'import/commit-end': { id: 'commit-plan-check' },
  'import/entries': {
    listId: LIST,
    rows: [{ id: ENTRY, code: '9A012', title: 'Unmanned aerial vehicles', text: 'a. Designed to have ...', category: 9, group: 'A', kind: 'ENTRY', depth: 0, itar: false, flags: [] }],
  },
  'import/entry-codes': { listId: LIST },
  'import/regime-counts': { listId: LIST },
  'import/entry-texts': {},
  'import/list-delete': { id: LIST },
  'import/list-find': { id: LIST },
  'import/list': {
    list: { id: LIST, jurisdiction: 'US', title: 'Commerce Control List', version: 'ecfr-2026', source: 'ecfr.xml', sha256: '0'.repeat(64), kind: 'NATIONAL' },
    issueCount: 0, issues: [], derivation: 9,
  },
  'import/lists-stale': { derivation: 9 },
  'import/memberships-clear': { view: 'REGIME' },
  'import/memberships': { rows: [{ iso2: 'US', country: 'United States', regime: 'MTCR', view: 'REGIME', status: 'MEMBER', since: 1987, sinceNote: null, source: 'mtcr.info' }] },
  'import/part-attributions': {
    rows: [{ entry: PART, regime: 'MTCR', basis: 'REASON_ROW', scope: 'MT applies to 9A012', column: 'MT 1', via: 'WHOLE_ENTRY', conditional: false, rules: ['reason-row'] }],
  },
  'import/parts': { rows: [{ parent: ENTRY, child: PART }] },
  'import/reasons': { rows: [{ entry: ENTRY, reason: 'MT', name: 'Missile Technology', scope: 'MT applies to 9A012', column: 'MT 1', wholeEntry: true, regime: 'MTCR', rule: 'reason-row' }] },
  'import/references': { rows: [{ from: ENTRY, to: `${LIST}:9A120`, key: 'see-also:9A120', kind: 'SEE_ALSO', toPart: null, text: 'See also 9A120' }] },
  'import/replan': {},
  'import/regimes': { rows: [{ code: 'MTCR', name: 'Missile Technology Control Regime', order: 2 }] },
  'import/source-find': { source: 'memberships' },
  'import/source-record': { source: 'memberships', sha256: '0'.repeat(64), files: ['regimes.json'] },
  'import/supports': {
    rows: [{ from: `${LIST}:9E003`, to: ENTRY, phase: 'development', key: '', toPart: null, text: '"Technology" for the "development" of 9A012', regimes: ['MTCR'], tieRules: ['reason-row'], tieWords: ['MT'] }],
  },
  'import/technologies-obsolete': { ids: ['uav-code'] },
  'import/technologies': { rows: [{ id: 'uav-code', name: 'UAVs', description: 'Unmanned aerial vehicles', regimes: ['MTCR'] }] },
  'import/thresholds': {
    rows: [{
      entry: ENTRY, id: `${ENTRY}#1`, parameter: 'range', comparator: '>=', value: 300, valueMax: null, unit: 'km', phrase: 'range of 300 km or more',
      part: 'a', role: 'CONTROL', source: 'ITEM_TEXT', regime: null, reason: null, clause: 'a.', rule: 'item-text', baseUnit: 'm', baseValue: 300000, baseValueMax: null, partId: PART,
    }],
  },
  'list-ids': {},
  'memberships/gaps': { from: 'NSG', to: 'MTCR', view: 'REGIME' },
  'memberships/matrix': { regimes: ['MTCR', 'NSG'], statuses: null, view: 'REGIME' },
  'migration-record': { id: '0001-constraints', checksum: '0'.repeat(64) },
  'migrations-applied': {},
  'participations-by-country': { iso2s: ['US'] },
  'participations-by-regime': { regimes: ['MTCR'], view: 'REGIME' },
  regimes: {},
  'reports/basis': { list: LIST, nationalOnly: false },
  'reports/gaps-elsewhere': { regime: 'MTCR', against: 'WA', list: LIST, category: 9 },
  'reports/gaps': { regime: 'MTCR', against: 'WA', list: LIST, category: 9 },
  'reports/itt-coverage': { regime: 'MTCR', list: LIST, category: 9 },
  'reports/overlap-references': { regimes: ['MTCR', 'WA'], list: LIST, category: 9 },
  'reports/overlap-shared-parts': { regimes: ['MTCR', 'WA'], list: LIST, category: 9 },
  'reports/overlap-shared-technology': { regimes: ['MTCR', 'WA'], list: LIST, category: 9 },
  'reports/overlap-shared': { regimes: ['MTCR', 'WA'], list: LIST, category: 9 },
  'reports/overlap-technologies': { regimes: ['MTCR', 'WA'], list: LIST, category: 9 },
  'reports/threshold-comparison': { regimes: ['MTCR', 'WA'], list: LIST, technology: 'uav-code', codes: ['9A012', '9A120'] },
  'reports/threshold-technology': { id: 'uav-code' },
  'schema-indexes': {},
  technologies: {},
};

function filter(): Record<string, unknown> {
  return { list: LIST, regime: 'MTCR', basis: null, category: 9, group: 'A', kind: 'ENTRY', technology: null, hasThreshold: null, itar: null };
}

/** The query names under queries/, as src/db/queries.ts reads them (`reports/gaps` for queries/reports/gaps.cypher). */
function queryNames(): string[] {
  const root = join(projectRoot, 'queries');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.cypher') ? [join(dir, d.name)] : []));
  return walk(root)
    .map((file) => relative(root, file).replace(/\.cypher$/, '').split('\\').join('/'))
    .sort();
}

interface Scan {
  operator: string;
  details: string;
}

/** The full scans of `:Entry` in a plan (an AllNodesScan counts: it reads every entry with everything else). */
function entryScans(plan: ProfiledPlan | Plan): Scan[] {
  const operator = plan.operatorType.replace(/@.*$/, '');
  const details = String(plan.arguments?.Details ?? '');
  const here: Scan[] = FULL_SCANS.has(operator) && (operator === 'AllNodesScan' || /:\s*Entry\b|\bEntry\b/.test(details)) ? [{ operator, details }] : [];
  return [...here, ...plan.children.flatMap((child) => entryScans(child as Plan))];
}

type Plan = { operatorType: string; arguments: Record<string, unknown>; identifiers: string[]; children: Plan[] };

async function planOf(name: string, params: Record<string, unknown>): Promise<Plan> {
  const session = executor.driver.session({ database: executor.database });
  try {
    const result = await session.run(`EXPLAIN ${cypher(name)}`, params);
    const plan = result.summary.plan;
    if (plan === false) throw new Error(`no plan for ${name}`);
    return plan as unknown as Plan;
  } finally {
    await session.close();
  }
}

async function explain(name: string, params: Record<string, unknown>): Promise<Scan[]> {
  return entryScans(await planOf(name, params));
}

/** Whether a plan seeks the entries of a list by the (listId, kind) index, or with `key` the (listId, key) one. */
function seeksListEntries(plan: Plan, key = 'kind'): boolean {
  const operator = plan.operatorType.replace(/@.*$/, '');
  if (operator === 'NodeIndexSeek' && String(plan.arguments?.Details ?? '').includes(`Entry(listId, ${key})`)) return true;
  return plan.children.some((child) => seeksListEntries(child, key));
}

/** Whether a plan seeks CONTROLS edges by their (listId, technology) index. */
function seeksListAreaEdges(plan: Plan): boolean {
  const operator = plan.operatorType.replace(/@.*$/, '');
  if (/RelationshipIndexSeek$/.test(operator) && String(plan.arguments?.Details ?? '').includes('CONTROLS(listId, technology)')) return true;
  return plan.children.some(seeksListAreaEdges);
}

describe('query plans', () => {
  const names = queryNames();

  it('has representative parameters for every statement in queries/, and for nothing else', () => {
    expect(names.filter((name) => !(name in PARAMS)), 'statements without parameters in PARAMS').toEqual([]);
    expect(Object.keys(PARAMS).filter((name) => !names.includes(name)), 'PARAMS for statements that no longer exist').toEqual([]);
    expect(Object.keys(READS_EVERY_ENTRY).filter((name) => !names.includes(name)), 'allow-list entries without a statement').toEqual([]);
  });

  for (const name of LIST_ANCHORED) {
    it(`${name}: with a list given, starts from that list's entries (the listId, kind index)`, async () => {
      expect(seeksListEntries(await planOf(name, PARAMS[name] ?? {}))).toBe(true);
    });
  }

  for (const name of LIST_CODES) {
    it(`${name}: with a list given, finds the named codes in that list (the listId, code index)`, async () => {
      // Planned without a technology too: that is another plan (a null parameter), the shape of a comparison of codes.
      for (const params of [PARAMS[name] ?? {}, { ...PARAMS[name], technology: null }]) expect(seeksListEntries(await planOf(name, params), 'code')).toBe(true);
    });
  }

  for (const name of LIST_AREAS) {
    it(`${name}: with a list and an area given, seeks that list's edges of the area (the CONTROLS listId, technology index)`, async () => {
      expect(seeksListAreaEdges(await planOf(name, PARAMS[name] ?? {}))).toBe(true);
    });
  }

  for (const name of names) {
    const params = PARAMS[name] ?? {};
    const takesList = /\$list\b/.test(cypher(name));
    if (takesList) {
      it(`${name}: with a list given, no full scan of :Entry`, async () => {
        expect(await explain(name, params)).toEqual([]);
      });
      it(`${name}: without a list, no full scan of :Entry${name in READS_EVERY_ENTRY ? ' (allowed: ' + READS_EVERY_ENTRY[name] + ')' : ''}`, async () => {
        const scans = await explain(name, { ...params, list: null });
        if (!(name in READS_EVERY_ENTRY)) expect(scans).toEqual([]);
      });
    } else {
      it(`${name}: no full scan of :Entry${name in READS_EVERY_ENTRY ? ' (allowed: ' + READS_EVERY_ENTRY[name] + ')' : ''}`, async () => {
        const scans = await explain(name, params);
        if (name in READS_EVERY_ENTRY) expect(scans.length, `${name} is allowed to scan :Entry; drop it from the allow-list if it no longer does`).toBeGreaterThan(0);
        else expect(scans).toEqual([]);
      });
    }
  }
});
