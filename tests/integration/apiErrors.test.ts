// Bad arguments get BAD_USER_INPUT naming the argument and what is allowed; over-large queries are refused.
import { getIntrospectionQuery } from 'graphql';
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
    ['an unknown regime code (variable)', 'query($r: RegimeCode!) { gaps(regime: $r, against: WA) { total } }', { r: 'XX' }, 'regime', /^regime: got invalid value "XX" \(variable \$r\); Value "XX" does not exist in "RegimeCode" enum\./],
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

describe('bad enum values in variables', () => {
  const allowed = async (name: string) =>
    (await server.data<{ __type: { enumValues: { name: string }[] } }>(`{ __type(name: "${name}") { enumValues { name } } }`)).__type.enumValues.map((v) => v.name);

  it.each([
    ['an argument', 'query($r: RegimeCode!) { gaps(regime: $r, against: WA) { total } }', { r: 'XX' }, 'regime', 'r'],
    ['an item of a list argument', 'query($rs: [RegimeCode!]!) { overlap(regimes: $rs) { dataVersion } }', { rs: ['WA', 'XX'] }, 'regimes', 'rs'],
    ['a field of an input object', 'query($f: EntryFilter) { entries(filter: $f) { totalCount } }', { f: { regime: 'XX' } }, 'filter.regime', 'f'],
    ['a number for an enum', 'query($r: RegimeCode!) { ittCoverage(regime: $r) { dataVersion } }', { r: 3 }, 'regime', 'r'],
  ])('name the argument and the values allowed for %s', async (_name, query, variables, argument, variable) => {
    const error = await firstError(query, variables);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.argument).toBe(argument);
    expect((error.extensions as { variable?: string } | undefined)?.variable).toBe(variable);
    expect(error.message.startsWith(`${argument}: got invalid value `)).toBe(true);
    expect(error.message).toContain(`variable $${variable}`);
    expect(error.message).toContain(`The values are ${(await allowed('RegimeCode')).join(', ')}.`);
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
    expect(error.message).toMatch(/^query cost \d+ exceeds the limit of 10000/);
  });

  const refusedBeforeRunning = async (query: string) => {
    const result = await server.graphql(query);
    // A request refused before execution has no `data` at all.
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    return result.errors![0]!.message;
  };

  it('refuses 500 aliases of overlap before running any of them, and a cheap query still works', async () => {
    const aliased = `{ ${Array.from({ length: 500 }, (_, i) => `o${i}: overlap(regimes: [WA, MTCR]) { dataVersion }`).join(' ')} }`;
    expect(await refusedBeforeRunning(aliased)).toMatch(/^query root fields 500 exceeds the limit of 20/);
    const nested = `{ ${Array.from({ length: 150 }, (_, i) => `e${i}: entry(list: "us-ccl@ecfr-2026", code: "1C001") { code }`).slice(0, 15).join(' ')} entries(first: 5) { nodes { ${Array.from({ length: 120 }, (_, i) => `c${i}: code`).join(' ')} } } }`;
    expect(await refusedBeforeRunning(nested)).toMatch(/^query aliases 135 exceeds the limit of 100; ask for each thing once$/);
    const cheap = await server.graphql<{ regimes: unknown[] }>('{ regimes { code } }');
    expect(cheap.errors).toBeUndefined();
    expect(cheap.data?.regimes).toHaveLength(5);
  });

  it('prices reports by the work they do: six whole overlaps at once are refused, one is not, ten heatmap cells are not', async () => {
    const whole = '{ dataVersion sharedEntries { entry { code } } links { fromRegime } technologies { technology { id } } }';
    const six = `{ ${Array.from({ length: 6 }, (_, i) => `r${i}: overlap(regimes: [WA, MTCR], category: ${i}) ${whole}`).join(' ')} }`;
    expect(await refusedBeforeRunning(six)).toMatch(/^query cost 12\d{3} exceeds the limit of 10000; ask for fewer reports at once/);
    const one = await server.graphql(`{ overlap(regimes: [WA, MTCR], category: 1) ${whole} }`);
    expect(one.errors).toBeUndefined();
    // The analyst page's heatmap: ten pairs, shared entries and the shared parts' count only (200 + 600 + 100 each,
    // decision 0011), and each regime's own entries and parts: 20 root fields, the most a request may have.
    const pairs = [['WA', 'MTCR'], ['WA', 'NSG'], ['WA', 'AG'], ['MTCR', 'NSG'], ['MTCR', 'AG'], ['NSG', 'AG'], ['WA', 'CWC'], ['MTCR', 'CWC'], ['NSG', 'CWC'], ['AG', 'CWC']];
    const own = ['WA', 'MTCR', 'NSG', 'AG', 'CWC'].flatMap((r) => ['ENTRY', 'PART'].map((kind) => `${r}_${kind}: entries(filter: { regime: ${r}, kind: ${kind} }, first: 1) { totalCount }`));
    const ten = await server.graphql(`{ ${own.join(' ')} ${pairs.map(([a, b], i) => `p${i}: overlap(regimes: [${a}, ${b}]) { sharedEntries { entry { code } } sharedPartCount }`).join(' ')} }`);
    expect(ten.errors).toBeUndefined();
  });

  it('prices a page by its size when it is given in a variable', async () => {
    const query = 'query($n: Int) { entries(first: $n) { nodes { references { entry { references { entry { references { entry { code } } } } } } } } }';
    const small = await server.graphql(query, { n: 2 });
    expect(small.errors).toBeUndefined();
    const large = await server.graphql(query, { n: 200 });
    expect(large.data).toBeUndefined();
    expect(large.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('measures nested fragments without expanding them, so an exploding query is refused at once', async () => {
    // Each fragment spreads the next twice: 2^24 fields once expanded, from a document of 1.5 KB.
    const levels = 24;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Regime { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const query = `{ regimes { ...F0 } }\n${fragments}\nfragment F${levels} on Regime { code }`;
    expect(await refusedBeforeRunning(query)).toMatch(/^query fields 16777217 exceeds the limit of 5000 \(fragments expanded\)/);
  });

  it('refuses a fragment cycle with graphql own rule, without looping', async () => {
    const result = await server.graphql('{ ...A } fragment A on Query { regimes { code } ...B } fragment B on Query { ...A }');
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('refuses a document of more than 10000 tokens while parsing it', async () => {
    expect(await refusedBeforeRunning(`{ ${Array.from({ length: 4_000 }, (_, i) => `t${i}: __typename`).join(' ')} }`)).toMatch(
      /^query has more than 10000 tokens, the most a request may hold/,
    );
  });

  it('lets the introspection query of GraphiQL and code generators through', async () => {
    const full = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const result = await server.graphql<{ __schema: { types: unknown[] } }>(full);
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.types.length).toBeGreaterThan(20);
  });

  it('lets an ordinary query through', async () => {
    const result = await server.graphql('{ entries(first: 20) { nodes { code attributions { regime } references { entry { code } } } } }');
    expect(result.errors).toBeUndefined();
  });
});
