// Which data versions the reads of one request were made at. The HTTP layer opens a record around a request
// (GraphQL or export); every consistent read (Executor.snapshot) notes its version into the record of the
// request it runs for, found through AsyncLocalStorage, so no service or resolver has to pass it along. The
// response cache then keeps an answer under the version it was read at, and never keeps one read at two.
// A request that asks a report is marked (`readConsistently`): its other reads (lookups beside the report) are then
// made as consistent reads too, so that every read of the request states its version and the HTTP layer can tell an
// answer that mixes versions, and compute it again (docs/decisions/0017).
import { AsyncLocalStorage } from 'node:async_hooks';

interface ReadRecord {
  versions: Set<number>;
  /** Every read of the request is a consistent read, noting its version. */
  consistent: boolean;
}

const current = new AsyncLocalStorage<ReadRecord>();

/** Runs `work` with a fresh record; resolves to its result and the versions its consistent reads were made at. */
export async function recordReadVersions<T>(work: () => Promise<T>): Promise<{ result: T; versions: ReadonlySet<number> }> {
  const record: ReadRecord = { versions: new Set<number>(), consistent: false };
  const result = await current.run(record, work);
  return { result, versions: record.versions };
}

/** Notes a version in the record of the request being served; outside one (CLI, imports) it is dropped. */
export function noteReadVersion(version: number): void {
  current.getStore()?.versions.add(version);
}

/** From now on, every read of the request being served is a consistent read (a request that asks a report). */
export function readConsistently(): void {
  const record = current.getStore();
  if (record) record.consistent = true;
}

/** Whether the request being served wants every read consistent. */
export function readsConsistently(): boolean {
  return current.getStore()?.consistent === true;
}

/** Runs `work` outside the record of the request being served (a read made for the service, not for it). */
export function outsideRequest<T>(work: () => T): T {
  return current.exit(work);
}

/** The one version a request's answer was read at; null when its reads were made at different versions. */
export function singleVersion(versions: ReadonlySet<number>, fallback: number): number | null {
  if (versions.size === 0) return fallback;
  return versions.size === 1 ? ([...versions][0] as number) : null;
}
