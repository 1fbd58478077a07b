// The start-up warm-up asks every lookup once: its query must be valid against the schema, or it warms nothing.
import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/schema.js';
import { reportWarmUpQueries, WARM_UP_QUERY } from '../../src/http/warmup.js';

describe('the statement warm-up', () => {
  it('is a valid query of the schema', () => {
    const errors = validate(buildASTSchema(typeDefs()), parse(WARM_UP_QUERY));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

describe('the report warm-up', () => {
  it('asks each base report kind for its fields, in queries valid against the schema', () => {
    const schema = buildASTSchema(typeDefs());
    for (const query of reportWarmUpQueries()) expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});
