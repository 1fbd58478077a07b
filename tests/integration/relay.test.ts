// Relay conventions through GraphQL over HTTP: Global Object Identification (node/nodes round trips for every
// Node type), complete pageInfo, and bad enum literals named by argument like every other bad argument.
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);
const CCL = 'us-ccl@ecfr-2026';

describe('node(id:)', () => {
  it('fetches again, by its id, the entry a page gave, with the same fields a Relay cache would refetch', async () => {
    const page = await server.data<{ entries: { nodes: { id: string; code: string; title: string }[] } }>(
      `{ entries(filter: { list: "${CCL}", category: 9 }, first: 3) { nodes { id code title } } }`,
    );
    for (const entry of page.entries.nodes) {
      const again = await server.data<{ node: { __typename: string; id: string; code: string; title: string } | null }>(
        'query Refetch($id: ID!) { node(id: $id) { __typename id ... on Entry { code title } } }',
        { id: entry.id },
      );
      expect(again.node).toEqual({ __typename: 'Entry', ...entry });
    }
  });

  it('fetches a list and a technology area by id, and a Node fragment on any of them', async () => {
    const { lists, technologies } = await server.data<{ lists: { id: string; jurisdiction: string }[]; technologies: { id: string; name: string }[] }>(
      '{ lists { id jurisdiction } technologies { id name } }',
    );
    const list = lists.find((l) => l.id === CCL)!;
    const technology = technologies[0]!;
    const found = await server.data<{ l: unknown; t: unknown; e: unknown }>(
      `{ l: node(id: "${CCL}") { id ... on ControlList { jurisdiction } }
         t: node(id: "${technology.id}") { id ... on Technology { name } }
         e: node(id: "${CCL}:9A012") { id ... on Entry { code list { id } } } }`,
    );
    expect(found).toEqual({ l: list, t: technology, e: { id: `${CCL}:9A012`, code: '9A012', list: { id: CCL } } });
    // The same entry as the lookup by list and code.
    const byCode = await server.data<{ entry: { id: string } }>(`{ entry(list: "${CCL}", code: "9a012") { id } }`);
    expect(byCode.entry.id).toBe(`${CCL}:9A012`);
  });

  it('answers null for an id of the right shape that nothing has, and names the shapes for an id no Node could have', async () => {
    const missing = await server.data<{ a: unknown; b: unknown; c: unknown }>(
      `{ a: node(id: "${CCL}:9Z999") { id } b: node(id: "xx@1999") { id } c: node(id: "no-such-area") { id } }`,
    );
    expect(missing).toEqual({ a: null, b: null, c: null });
    const bad = await server.graphql('{ node(id: "Not An Id") { id } }');
    expect(bad.errors?.[0]).toMatchObject({
      message: "id: 'Not An Id' is not the id of an entry (us-ccl@ecfr-2026:9A012), a list (us-ccl@ecfr-2026) or a technology area (uav-cruise-missiles)",
      extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
    });
  });

  it('nodes(ids:) answers in the order asked, null where there is nothing', async () => {
    const { nodes } = await server.data<{ nodes: ({ id: string } | null)[] }>(`{ nodes(ids: ["${CCL}:1C001", "${CCL}:9Z999", "${CCL}"]) { id } }`);
    expect(nodes).toEqual([{ id: `${CCL}:1C001` }, null, { id: CCL }]);
    const bad = await server.graphql(`{ nodes(ids: ["${CCL}", "?"]) { id } }`);
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'ids.1' });
  });
});

describe('pageInfo', () => {
  type Page = { entries: { pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: { cursor: string }[] } };
  const PAGE = 'query($after: String) { entries(filter: { list: "us-ccl@ecfr-2026" }, first: 5, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }';

  it('gives the first and last cursor of each page, and whether pages come before and after', async () => {
    const first = (await server.data<Page>(PAGE)).entries;
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0]!.cursor, endCursor: first.edges[4]!.cursor });
    const second = (await server.data<Page>(PAGE, { after: first.pageInfo.endCursor })).entries;
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true, startCursor: second.edges[0]!.cursor, endCursor: second.edges[4]!.cursor });
    expect(second.pageInfo.startCursor).not.toBe(first.pageInfo.endCursor);
  });

  it('has null cursors on an empty page', async () => {
    const empty = await server.data<Page>('{ entries(filter: { list: "us-ccl@ecfr-2026", category: 9, group: E, technology: "no-such-area" }) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }');
    expect(empty.entries).toEqual({ pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, edges: [] });
  });
});

describe('a bad enum literal', () => {
  it.each([
    ['an argument', '{ ittCoverage(regime: XX) { summary { hardware } } }', 'regime'],
    ['an item of a list argument', '{ overlap(regimes: [WA, XX]) { dataVersion } }', 'regimes'],
    ['a field of an input object', '{ entries(filter: { regime: XX }) { totalCount } }', 'filter.regime'],
  ])('in %s gets BAD_USER_INPUT naming the argument and the values allowed', async (_where, query, argument) => {
    const result = await server.graphql(query);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      message: `${argument}: Value "XX" does not exist in "RegimeCode" enum. The values are WA, MTCR, NSG, AG, CWC.`,
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  });
});
