// Statement warm-up at start-up: Neo4j plans a statement the first time it sees its text (10–100 ms here), so the
// service asks each of its lookups once, through Apollo and the services as a client would, before it says it is
// ready. The reports are warmed by computing the base reports (services/reports/store.ts). A plan is kept per text
// and parameter types, and a filter left out is a null, not a string: each filter shape clients commonly send (a list
// alone, a list and a regime, a regime and a kind with and without a list, search with and without a list) is asked
// once, or its first request plans again (0.4–0.7 s on a busy machine; decision 0024).
import type { ApolloServer } from '@apollo/server';
import { buildASTSchema, getNamedType, isLeafType, isObjectType, isNonNullType, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { typeDefs } from '../graphql/schema.js';

/** One request that runs every lookup statement the service has (entry links, pages and counts, search, memberships). */
export const WARM_UP_QUERY = `query WarmUp($list: ID!, $id: ID!) {
  lists { id entryCount }
  dataVersion
  regimes { code participants { country { name } } us: participants(view: US_COUNTRY_GROUP) { status } }
  countries { iso2 participations { regime } }
  technologies { id entryCount }
  membershipGaps(regime: WA, against: MTCR) { onlyInRegime { status } onlyInAgainst { status } }
  entry(list: $list, code: "1A001") { ...everything }
  byReading: entry(list: $list, code: "1.A.1") { id }
  node(id: $id) { id ... on Entry { ...everything } }
  nodes(ids: [$id]) { id }
  entries(first: 1, filter: { list: $list }) { totalCount nodes { id } }
  regimeEntries: entries(first: 1, filter: { list: $list, regime: WA, kind: ENTRY }) { totalCount nodes { id } }
  listRegime: entries(first: 1, filter: { list: $list, regime: WA }) { totalCount nodes { id } }
  everyListRegime: entries(first: 1, filter: { regime: WA, kind: ENTRY }) { totalCount nodes { id } }
  anyList: entries(first: 1) { totalCount nodes { id } }
  words: search(text: "rotor", first: 1) { entry { id } }
  code: search(text: "1A001", first: 1) { entry { id } }
  inList: search(text: "rotor", list: $list, first: 1) { entry { id } }
}
fragment everything on Entry {
  id code title text depth itar flags list { id }
  attributions { regime basis } reasons { code } references { kind } referencedBy { kind }
  supports { phase } supportedBy { phase } sameCode { id } technologies { ruleId } thresholds { parameter }
  parts { id } parent { id } counterparts(verdicts: [AGREES, DIVERGES]) { verdict } noCounterpart { reason }
}`;

/** The full-text warm-up: the titles of a list's first entries, each searched for as a client would. */
export const SEARCH_WARM_UP_TITLES = `query SearchWarmUp($list: ID!) { entries(first: ${40}, filter: { list: $list }) { nodes { title } } }`;
export const SEARCH_WARM_UP_QUERY = `query Search($text: String!, $list: ID) { search(text: $text, list: $list, first: 10) { entry { id title } snippet } }`;

/**
 * The words a title gives to search for: its first three words of letters. Neo4j's full-text index (Lucene, on the
 * JVM) answers the first searches of new words in 20–50 ms and then in 1–3 ms once its code is compiled; a few
 * dozen searches of words no client chose warm it (decision 0024).
 */
export function searchWords(title: string): string | null {
  const words = title.match(/[A-Za-z]{3,}/g)?.slice(0, 3) ?? [];
  return words.length === 0 ? null : words.join(' ');
}

/**
 * Every field of a type that takes no required argument, objects followed `depth` levels deep; entries (and the
 * objects only entries lead to) give their own fields only, not their links, which are lookups of their own.
 */
function everyField(schema: GraphQLSchema, typeName: string, depth: number): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (named.name === 'Entry') return [`${field.name} { id code title listId }`];
    if (depth <= 0) return [];
    const inner = everyField(schema, named.name, depth - 1);
    return inner === '' ? [] : [`${field.name} { ${inner} }`];
  });
  return fields.join(' ');
}

/**
 * The reports' GraphQL paths, run once over the base reports the store keeps (lookups, not computations): the first
 * client to ask a report then meets code the JIT has compiled, not code run for the first time.
 */
export function reportWarmUpQueries(): string[] {
  const schema = buildASTSchema(typeDefs());
  const select = (type: string) => everyField(schema, type, 6);
  return [
    `{ overlap(regimes: [WA, MTCR]) { ${select('OverlapReport')} } }`,
    `{ gaps(regime: NSG, against: WA) { ${select('GapReport')} } }`,
    `{ ittCoverage(regime: MTCR) { ${select('IttCoverageReport')} } }`,
    `{ membershipMatrix { ${select('MembershipMatrix')} } }`,
  ];
}

/** Runs the report warm-up (after the base reports are kept). */
export async function warmUpReports(apollo: ApolloServer<GraphQLContext>, context: () => GraphQLContext): Promise<{ ms: number; errors: string[] }> {
  const started = performance.now();
  const errors: string[] = [];
  for (const query of reportWarmUpQueries()) {
    const response = await apollo.executeOperation({ query }, { contextValue: context() });
    if (response.body.kind === 'single') for (const error of response.body.singleResult.errors ?? []) errors.push(error.message);
  }
  return { ms: Math.round(performance.now() - started), errors };
}

/** Runs the warm-up; resolves to how long it took. A failure is no reason not to serve: it is reported, not thrown. */
export async function warmUp(apollo: ApolloServer<GraphQLContext>, context: () => GraphQLContext): Promise<{ ms: number; errors: string[] }> {
  const started = performance.now();
  const errors: string[] = [];
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: context() });
    if (response.body.kind !== 'single') return undefined;
    for (const error of response.body.singleResult.errors ?? []) errors.push(error.message);
    return response.body.singleResult.data;
  };
  const lists = (await run('{ lists { id } }')) as { lists?: { id: string }[] } | undefined;
  const list = lists?.lists?.[0]?.id;
  if (list !== undefined) {
    await run(WARM_UP_QUERY, { list, id: `${list}:1A001` });
    const titles = (await run(SEARCH_WARM_UP_TITLES, { list })) as { entries?: { nodes: { title: string }[] } } | undefined;
    for (const [i, node] of (titles?.entries?.nodes ?? []).entries()) {
      const text = searchWords(node.title);
      if (text !== null) await run(SEARCH_WARM_UP_QUERY, { text, list: i % 2 === 0 ? null : list });
    }
  }
  return { ms: Math.round(performance.now() - started), errors };
}
