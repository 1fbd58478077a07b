// The schema tool builders read: committed as schema.graphql, and every type, field, argument and enum value described.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, buildSchema, isEnumType, isInputObjectType, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../graph/runtime/paths.js';
import { typeDefs } from '../../src/graphql/schema.js';

const schema = buildASTSchema(typeDefs());

describe('the GraphQL schema', () => {
  it('is committed as schema.graphql, identical to the .graphql sources', () => {
    const committed = buildSchema(readFileSync(join(projectRoot, 'schema.graphql'), 'utf8'));
    expect(printSchema(lexicographicSortSchema(committed))).toBe(printSchema(lexicographicSortSchema(schema)));
  });

  it('has a description of its own, kept in the committed schema.graphql', () => {
    expect(schema.description).toMatch(/^Concordance: the export-control lists/);
    expect(buildSchema(readFileSync(join(projectRoot, 'schema.graphql'), 'utf8')).description).toBe(schema.description);
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
