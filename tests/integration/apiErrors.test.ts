// Bad arguments get BAD_USER_INPUT naming the argument and what is allowed; over-large queries are refused.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);

async function firstError(query: string, variables?: Record<string, unknown>) {
  const result = await server.graphql(query, variables);
  expect(result.errors?.length).toBeGreaterThan(0);
  return result.errors![0]!;
}

describe('bad arguments', () => {
  it.each([
    ['an unknown regime code (variable)', 'query($r: RegimeCode!) { gaps(regime: $r, against: WA) { total } }', { r: 'XX' }, undefined, /Value "XX" does not exist in "RegimeCode" enum/],
    ['an unknown regime code (literal)', '{ ittCoverage(regime: XX) { summary { hardware } } }', undefined, 'regime', /^regime: Value "XX" does not exist in "RegimeCode" enum/],
    ['an overlap of a single regime', '{ overlap(regimes: [WA]) { dataVersion } }', undefined, 'regimes', /^regimes: an overlap needs at least two different regimes$/],
    ['an overlap naming a regime twice', '{ overlap(regimes: [WA, WA]) { dataVersion } }', undefined, 'regimes', /^regimes: must name each regime once$/],
    ['a gap of a regime against itself', '{ gaps(regime: NSG, against: NSG) { total } }', undefined, 'against', /must differ from regime/],
    ['a category out of range', '{ gaps(regime: NSG, against: WA, category: 12) { total } }', undefined, 'category', /^category: must be a category number from 0 to 9$/],
    ['a page size over the maximum', '{ entries(first: 500) { totalCount } }', undefined, 'first', /^first: must be from 1 to 200 \(got 500\)$/],
    ['a page size of zero', '{ entries(first: 0) { totalCount } }', undefined, 'first', /^first: must be from 1 to 200 \(got 0\)$/],
    ['a malformed cursor', '{ entries(after: "not-a-cursor!") { totalCount } }', undefined, 'after', /^after: is not a cursor this API issued/],
    ['a cursor of something else', `{ entries(after: "${Buffer.from('page:3').toString('base64url')}") { totalCount } }`, undefined, 'after', /^after: is not a cursor/],
    ['an unknown list', '{ overlap(regimes: [WA, MTCR], list: "eu-annex-i@1999") { dataVersion } }', undefined, 'list', /^list: unknown list 'eu-annex-i@1999'; the loaded lists are: .*us-ccl@ecfr-2026/],
    ['an unknown list for one entry', '{ entry(list: "x@1", code: "1C001") { id } }', undefined, 'list', /^list: unknown list 'x@1'; the loaded lists are: /],
    ['an unknown list in a filter', '{ entries(filter: { list: "nowhere@1" }) { totalCount } }', undefined, 'filter.list', /^filter\.list: unknown list 'nowhere@1'/],
    ['a basis without a regime', '{ entries(filter: { basis: CODE_ORIGIN }) { totalCount } }', undefined, 'filter.basis', /needs filter\.regime/],
    ['an empty search', '{ search(text: "  ") { score } }', undefined, 'text', /^text: must not be empty$/],
    ['too many search hits', '{ search(text: "laser", first: 1000) { score } }', undefined, 'first', /^first: must be from 1 to 100/],
    ['a membership gap of a regime against itself', '{ membershipGaps(regime: AG, against: AG) { view } }', undefined, 'against', /must differ from regime/],
  ])('%s', async (_name, query, variables, argument, message) => {
    const error = await firstError(query, variables);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    if (argument !== undefined) expect(error.extensions?.argument).toBe(argument);
    expect(error.message).toMatch(message);
  });
});

describe('query limits', () => {
  it('refuses a query nested deeper than the limit', async () => {
    const deep = '{ entry(list: "us-ccl@ecfr-2026", code: "1C001") { parts { parts { parts { parts { parts { parts { parts { parts { parts { parts { parts { parts { code } } } } } } } } } } } } } }';
    const error = await firstError(deep);
    expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/^query depth 14 exceeds the limit of 12/);
  });

  it('refuses a query whose cost exceeds the limit', async () => {
    const costly = '{ entries(first: 200) { nodes { references { entry { references { entry { references { entry { code title text } } } } } } } } }';
    const error = await firstError(costly);
    expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/^query cost \d+ exceeds the limit of 50000/);
  });

  it('lets an ordinary query through', async () => {
    const result = await server.graphql('{ entries(first: 20) { nodes { code attributions { regime } references { entry { code } } } } }');
    expect(result.errors).toBeUndefined();
  });
});
