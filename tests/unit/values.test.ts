// Query results at the repository edge: Neo4j integers become numbers at any depth, and nothing else changes.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { plain } from '../../src/db/values.js';

describe('plain', () => {
  it('turns integers in maps and lists, at any depth, into numbers and keeps every other value', () => {
    const row = { version: neo4j.int(90), code: '9A012', itar: false, none: null, parts: [neo4j.int(1), { ordinal: neo4j.int(2), words: ['a'] }], nested: { deeper: { n: neo4j.int(-7) } } };
    expect(plain(row)).toEqual({ version: 90, code: '9A012', itar: false, none: null, parts: [1, { ordinal: 2, words: ['a'] }], nested: { deeper: { n: -7 } } });
  });

  it('returns a copy, and leaves objects that are not plain maps (a date) as they are', () => {
    const when = new Date('2026-12-07T00:00:00Z');
    const row = { when, list: [1, 2] };
    const copy = plain(row) as typeof row;
    expect(copy).not.toBe(row);
    expect(copy.list).not.toBe(row.list);
    expect(copy.when).toBe(when);
  });

  it('refuses an integer outside JavaScript’s safe range rather than rounding it', () => {
    expect(() => plain({ n: neo4j.int('9007199254740993') })).toThrow(/outside JavaScript's safe range/);
  });
});
