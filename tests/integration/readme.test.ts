// The README's GraphQL examples run as written against the real lists: a user who pastes one gets an answer, not errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const server = serveForTests(() => testExecutor());
const readme = readFileSync('README.md', 'utf8');
const block = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
// Each example is a comment line followed by one query, examples separated by a blank line.
const examples = block
  .split(/\n\s*\n/)
  .map((chunk) => ({ title: chunk.split('\n').find((line) => line.startsWith('#'))?.slice(2) ?? chunk, query: chunk.split('\n').filter((line) => !line.startsWith('#')).join('\n') }))
  .filter((example) => example.query.trim().length > 0);

describe('the README examples', () => {
  it('has examples to run', () => expect(examples.length).toBeGreaterThanOrEqual(6));
  for (const example of examples) {
    it(example.title, async () => {
      const response = await server.graphql(example.query);
      expect(response.errors).toBeUndefined();
      expect(Object.keys(response.data ?? {}).length).toBeGreaterThan(0);
    });
  }
});
