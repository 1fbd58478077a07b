// The page's report documents, shared with the service that answers them ahead: each request the service makes for
// them must be one the schema accepts with the variables the page sends, or it would pin an error, not an answer.
import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/schema.js';
import { pageRequests } from '../../src/http/answersAhead.js';

const REGIMES = ['WA', 'MTCR', 'NSG', 'AG', 'CWC'];

describe('the page requests answered ahead', () => {
  const requests = pageRequests([null, 'us-ccl@ecfr-2026'], REGIMES);

  it('are documents valid against the schema', () => {
    const schema = buildASTSchema(typeDefs());
    const documents = new Set(requests.flatMap((r) => ('query' in r ? [r.query] : [])));
    for (const query of documents) expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('cover every base report of each scope: ITT per regime, each ordered pair’s overlap, gaps and gap files', () => {
    const graphql = requests.filter((r) => 'query' in r);
    const files = requests.flatMap((r) => ('export' in r ? [r.export] : []));
    // The catalogue, two matrices, membership gaps of 20 ordered pairs in two views; per scope the heatmap,
    // 4 ITT reports and, for 12 ordered pairs, the pair overlap and the gap list.
    expect(graphql.length).toBe(1 + 2 + 40 + 2 * (1 + 4 + 12 * 2));
    expect(files.length).toBe(2 * 12 * 3);
    expect(files).toContain('/exports/gaps.csv?regime=NSG&against=WA');
    expect(files).toContain('/exports/gaps.md?regime=AG&against=MTCR&list=us-ccl%40ecfr-2026');
  });
});
