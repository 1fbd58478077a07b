// The start-up warm-up asks every lookup once: its query must be valid against the schema, or it warms nothing.
import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/schema.js';
import { reportWarmUpQueries, SEARCH_WARM_UP_QUERY, SEARCH_WARM_UP_TITLES, searchWords, WARM_UP_QUERY } from '../../src/http/warmup.js';

describe('the statement warm-up', () => {
  it('is a valid query of the schema', () => {
    const errors = validate(buildASTSchema(typeDefs()), parse(WARM_UP_QUERY));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('searches the first words of entry titles, in queries valid against the schema', () => {
    const schema = buildASTSchema(typeDefs());
    for (const query of [SEARCH_WARM_UP_TITLES, SEARCH_WARM_UP_QUERY]) expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
    expect(searchWords('“Composite” structures or laminates, as follows (see List of Items Controlled).')).toBe('Composite structures laminates');
    expect(searchWords('0A')).toBeNull();
  });
});

describe('the report warm-up', () => {
  it('asks each base report kind for its fields, in queries valid against the schema', () => {
    const schema = buildASTSchema(typeDefs());
    for (const query of reportWarmUpQueries()) expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
