// Starts the real HTTP service on a free port for a test file, and speaks GraphQL to it over HTTP.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Executor } from '../../src/db/executor.js';
import { createServer, type ConcordanceServer, type ServerDeps } from '../../src/http/server.js';
import type { ResponseCacheOptions } from '../../src/http/responseCache.js';
import { silentLogger } from '../../src/log.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; argument?: string } }[];
}

export interface TestServer {
  url: () => string;
  /** The running server (its report store, its limits). */
  server: () => ConcordanceServer;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The data of a query that must succeed (asserts there are no errors). */
  data<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  get(path: string): Promise<Response>;
  post(body: unknown): Promise<Response>;
}

export function serveForTests(executor: () => Executor, cache?: ResponseCacheOptions, more: Partial<ServerDeps> = {}): TestServer {
  let server: ConcordanceServer | undefined;
  let base = '';
  beforeAll(async () => {
    server = createServer({ executor: executor(), log: silentLogger, cache, ...more });
    base = await server.listen(0);
  });
  afterAll(async () => {
    await server?.close();
  });
  const client: TestServer = {
    url: () => base,
    server: () => {
      if (!server) throw new Error('the test server is not running yet');
      return server;
    },
    async data(query, variables) {
      const result = await client.graphql(query, variables);
      expect(result.errors).toBeUndefined();
      return result.data as never;
    },
    async graphql(query, variables) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    get: (path) => fetch(`${base}${path}`),
    post: (body) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  };
  return client;
}
