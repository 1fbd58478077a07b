// The service's metrics in the Prometheus text format, served at /metrics: GraphQL requests and their latency per
// operation, response-cache hits and misses, database errors by code, and the graph's data version, plus Node's
// process metrics. One registry per server, so that servers in one process (the tests) count apart.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseFailure } from '../db/executor.js';

/** Operation names (and root-field sets) are the client's to choose: past this many distinct labels, further ones count as `(other)`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

export interface ServiceMetrics {
  readonly registry: Registry;
  readonly contentType: string;
  /** One GraphQL request answered: its operation label, whether it carried errors, and how long it took. */
  graphqlRequest(operation: string, outcome: 'ok' | 'error', seconds: number): void;
  /** A response-cache lookup: `graphql` or `export`, hit or miss. */
  cacheLookup(kind: 'graphql' | 'export', hit: boolean): void;
  databaseFailure(failure: DatabaseFailure): void;
  /** A report asked of the report store: served from what it keeps, joined to a computation running, or computed. */
  reportLookup(kind: string, result: 'hit' | 'joined' | 'computed'): void;
  /** The label for an operation: its name when it has a sane one, else its root fields (`gaps,overlap`). */
  operationLabel(name: string | null | undefined, rootFields: readonly string[]): string;
  text(): Promise<string>;
}

export function createMetrics(dataVersion: () => Promise<number>, database: string): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'concordance_graphql_requests_total',
    help: 'GraphQL requests answered, by operation (its name, or its root fields) and outcome (ok, or error when the answer carries errors).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'concordance_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer, by operation.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const cache = new Counter({
    name: 'concordance_response_cache_lookups_total',
    help: 'Response-cache lookups, by what was asked (graphql, export) and result (hit, miss).',
    labelNames: ['kind', 'result'] as const,
    registers: [registry],
  });
  const reportLookups = new Counter({
    name: 'concordance_report_store_lookups_total',
    help: 'Reports asked of the report store, by kind and result: hit (kept for the data version), joined (a computation of the same report was running), computed.',
    labelNames: ['kind', 'result'] as const,
    registers: [registry],
  });
  const databaseErrors = new Counter({
    name: 'concordance_database_errors_total',
    help: "Queries that failed in the database, by the API's error code and Neo4j's own code (empty when the driver gave none).",
    labelNames: ['code', 'neo4j_code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'concordance_data_version',
    help: "The graph's data version, by database: every import that changes something increments it. Absent while the database cannot be read.",
    labelNames: ['database'] as const,
    registers: [registry],
    async collect() {
      // A scrape must not hang on an unreachable database: the gauge is then left out of this scrape.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('data version read timed out')), 2_000);
      });
      try {
        this.set({ database }, await Promise.race([dataVersion(), timeout]));
      } catch {
        this.reset();
      } finally {
        clearTimeout(timer);
      }
    },
  });

  const names = new Set<string>();
  return {
    registry,
    contentType: registry.contentType,
    graphqlRequest(operation, outcome, seconds) {
      requests.inc({ operation, outcome });
      duration.observe({ operation }, seconds);
    },
    cacheLookup(kind, hit) {
      cache.inc({ kind, result: hit ? 'hit' : 'miss' });
    },
    reportLookup(kind, result) {
      reportLookups.inc({ kind, result });
    },
    databaseFailure(failure) {
      databaseErrors.inc({ code: failure.code, neo4j_code: failure.neo4jCode });
    },
    operationLabel(name, rootFields) {
      const label = name && OPERATION_NAME.test(name) ? name : rootFields.length > 0 ? [...new Set(rootFields)].sort().join(',') : '(none)';
      if (names.has(label) || names.size < MAX_OPERATION_NAMES) {
        names.add(label);
        return label;
      }
      return '(other)';
    },
    text: () => registry.metrics(),
  };
}
