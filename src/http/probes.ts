// What operators and load balancers poll: /healthz (the process answers), /readyz (the service can answer, and
// answers by lookup) and /metrics (Prometheus).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isMigrated } from '../db/migrate.js';
import type { SupervisedState, SupervisorStatus } from '../../graph/runtime/supervisor.js';
import type { Executor } from '../db/executor.js';
import type { ReportStore } from '../services/reports/store.js';
import type { AnswersAhead, AnswersAheadStatus } from './answersAhead.js';
import type { ServiceMetrics } from './metrics.js';
import { sendJson } from './sendJson.js';

/** The supervisor of the local Neo4j the service started, as the probes and the executor see it. */
export interface SupervisorView {
  status(): SupervisorStatus;
  onStateChange?(listener: (state: SupervisedState) => void): () => void;
}

/** Whether the statements are being warmed (warmup.ts); undefined: no warm-up was asked for. */
export type WarmUpState = 'running' | 'done' | undefined;

/** How long /readyz waits for Neo4j: a probe must answer quickly, most of all when the database is away. */
const READINESS_TIMEOUT_MS = 2_000;

interface Readiness {
  ready: boolean;
  neo4j: string;
  migrations: string;
  supervisor?: SupervisorStatus;
  reports?: { state: string; version: number; done: number; total: number; computedFor: number | null };
  warmUp?: 'running' | 'done';
  answersAhead?: AnswersAheadStatus;
}

/**
 * Ready means: Neo4j answers, every migration has been applied, the statements are warm and (when the service
 * precomputes them) the base reports of the data version at start are kept, and the page's answers over them encoded. A local Neo4j being restarted is not ready.
 */
async function readiness(executor: Executor, supervisor: SupervisorView | undefined, store: ReportStore, warm: WarmUpState, ahead: AnswersAhead): Promise<Readiness> {
  const supervised = supervisor?.status();
  const status = store.status();
  const reports = status.state === 'off' ? {} : { reports: { state: status.state, version: status.version, done: status.base.done, total: status.base.total, computedFor: status.base.version } };
  const encoded = ahead.status();
  const extra = {
    ...(supervised === undefined ? {} : { supervisor: supervised }),
    ...reports,
    ...(warm === undefined ? {} : { warmUp: warm }),
    ...(encoded.state === 'off' ? {} : { answersAhead: encoded }),
  };
  const answering = status.state !== 'computing' && warm !== 'running' && encoded.state !== 'encoding';
  if (supervised !== undefined && supervised.state !== 'running') return { ready: false, neo4j: supervised.state, migrations: 'unknown', ...extra };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('readiness probe timed out')), READINESS_TIMEOUT_MS);
  });
  try {
    const migrated = await Promise.race([isMigrated(executor), timeout]);
    return { ready: migrated && answering, neo4j: 'reachable', migrations: migrated ? 'applied' : 'pending', ...extra };
  } catch {
    return { ready: false, neo4j: 'unreachable', migrations: 'unknown', ...extra };
  } finally {
    clearTimeout(timer);
  }
}

export function sendHealth(res: ServerResponse): void {
  sendJson(res, 200, { status: 'up' });
}

export async function sendReadiness(res: ServerResponse, executor: Executor, supervisor: SupervisorView | undefined, store: ReportStore, warm: WarmUpState, ahead: AnswersAhead): Promise<void> {
  const state = await readiness(executor, supervisor, store, warm, ahead);
  sendJson(res, state.ready ? 200 : 503, state);
}

export async function sendMetrics(req: IncomingMessage, res: ServerResponse, metrics: ServiceMetrics): Promise<void> {
  const text = await metrics.text();
  res.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(req.method === 'HEAD' ? undefined : text);
}
