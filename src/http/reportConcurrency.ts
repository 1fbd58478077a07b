// How many expensive reports one client may have running at once (docs/decisions/0017). A client is the remote
// address of its connection: the service trusts no header for it, since any client could send one. Past the limit a
// request is refused at once with TOO_MANY_REQUESTS (HTTP 429, Retry-After), before it runs; cheap queries, answers
// already cached and other clients are never held back. The count is of requests that run at least one report:
// a request is itself bounded by the cost limit (docs/decisions/0011), and the page's heatmap asks its ten overlaps
// in one request.
import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';

/** The root fields that read most of the graph. */
export const EXPENSIVE_REPORTS: ReadonlySet<string> = new Set(['overlap', 'gaps', 'ittCoverage', 'thresholdComparison']);

export const TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS';
/** Seconds a refused client is told to wait: about what one report takes on a warm database. */
export const RETRY_AFTER_SECONDS = 1;

export const DEFAULT_REPORTS_PER_CLIENT = 4;

/** Counts the reports each client has running; a client with none running holds no entry. */
export class ReportConcurrency {
  private readonly running = new Map<string, number>();

  /** `perClient` 0: no limit. */
  constructor(readonly perClient: number) {}

  /** A release function when the client may start one more report, null when it is at its limit. */
  tryAcquire(client: string): (() => void) | null {
    const count = this.running.get(client) ?? 0;
    if (this.perClient > 0 && count >= this.perClient) return null;
    this.running.set(client, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.running.get(client) ?? 1) - 1;
      if (left > 0) this.running.set(client, left);
      else this.running.delete(client);
    };
  }

  /** Reports running now, per client (for tests and the resilience suite). */
  get runningByClient(): ReadonlyMap<string, number> {
    return this.running;
  }

  message(): string {
    return `This client already has ${this.perClient} reports (overlap, gaps, ittCoverage, thresholdComparison) running, the most one client may run at once; wait for one to finish and try again (after ${RETRY_AFTER_SECONDS} s). Lookups and cached answers are not limited.`;
  }
}

/** Whether the operation selects an expensive report at its root, through fragments too. */
export function selectsReport(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return EXPENSIVE_REPORTS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      return visit(fragments[selection.name.value]?.selectionSet);
    });
  return visit(operation.selectionSet);
}

/** Whether each operation asks a report, found once per parsed operation (a query asked again is the same one). */
const asksReport = new WeakMap<OperationDefinitionNode, boolean>();

/** Whether the document's operation selects an expensive report at its root, with the document's fragments. */
export function operationSelectsReport(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  let asks = asksReport.get(operation);
  if (asks === undefined) {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    asks = selectsReport(operation, fragments);
    asksReport.set(operation, asks);
  }
  return asks;
}

/** Who sent a request, and the release of its report slot once it holds one. */
export interface ReportSlot {
  client: string;
  release?: () => void;
}

const REPORT_SLOT = Symbol('reportSlot');
export const withReportSlot = <C extends GraphQLContext>(context: C, slot: ReportSlot): C => Object.assign(context, { [REPORT_SLOT]: slot });
const slotOf = (context: GraphQLContext): ReportSlot | undefined => (context as GraphQLContext & { [REPORT_SLOT]?: ReportSlot })[REPORT_SLOT];

/**
 * The limit as an Apollo plugin. It must come after the response cache's plugin: `responseForOperation` hooks run in
 * order until one answers, so a cached answer is served without taking a slot, and only a request that will really
 * run a report takes one. The HTTP layer releases the slot once the response is complete.
 */
export function reportConcurrencyPlugin(limiter: ReportConcurrency): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          const slot = slotOf(request.contextValue);
          if (!slot || !request.operation || !operationSelectsReport(request.document, request.operation)) return null;
          const release = limiter.tryAcquire(slot.client);
          if (release) {
            slot.release = release;
            return null;
          }
          return {
            body: { kind: 'single', singleResult: { errors: [{ message: limiter.message(), extensions: { code: TOO_MANY_REQUESTS, limit: limiter.perClient } }] } },
            http: { status: 429, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
          };
        },
        async willSendResponse(request) {
          slotOf(request.contextValue)?.release?.();
        },
      };
    },
  };
}

/** The refusal of an export (the exports' `{ error }` shape), with its status and headers. */
export function refusedExport(limiter: ReportConcurrency): { status: number; headers: Record<string, string>; body: Buffer } {
  return {
    status: 429,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'retry-after': String(RETRY_AFTER_SECONDS) },
    body: Buffer.from(JSON.stringify({ error: { code: TOO_MANY_REQUESTS, message: limiter.message() } })),
  };
}
