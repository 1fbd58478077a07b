// What every resolver receives: the executor (handed to the services), the report store, and a fresh set of
// DataLoaders for this request (services/loaders.ts).
import type { Executor } from '../db/executor.js';
import { createLoaders, type Loaders } from '../services/loaders.js';
import { ReportStore } from '../services/reports/store.js';

export interface GraphQLContext {
  executor: Executor;
  /** Reports, kept per data version and computed once for concurrent identical requests (services/reports/store.ts). */
  reports: ReportStore;
  loaders: Loaders;
}

export function createContext(executor: Executor, reports: ReportStore = new ReportStore(executor, { mode: 'off', maxBytes: 0, pollMs: 0 })): GraphQLContext {
  return { executor, reports, loaders: createLoaders(executor) };
}
