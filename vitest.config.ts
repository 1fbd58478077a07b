// Two projects. `unit`: pure code, no database. `integration`: against a real Neo4j, which
// tests/setup/neo4j.ts starts (the local 'test' instance, or NEO4J_URI), migrates and seeds once;
// its files run one at a time since they share that database. The browser tests (tests/browser, Chromium
// against the service) share it too.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
