// Which data versions the reads of one request were made at. The HTTP layer opens a record around a request
// (GraphQL or export); every consistent read (Executor.snapshot) notes its version into the record of the
// request it runs for, found through AsyncLocalStorage, so no service or resolver has to pass it along. The
// response cache then keeps an answer under the version it was read at, and never keeps one read at two.
import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<Set<number>>();

/** Runs `work` with a fresh record; resolves to its result and the versions its consistent reads were made at. */
export async function recordReadVersions<T>(work: () => Promise<T>): Promise<{ result: T; versions: ReadonlySet<number> }> {
  const versions = new Set<number>();
  const result = await current.run(versions, work);
  return { result, versions };
}

/** Notes a version in the record of the request being served; outside one (CLI, imports) it is dropped. */
export function noteReadVersion(version: number): void {
  current.getStore()?.add(version);
}

/** The one version a request's answer was read at; null when its reads were made at different versions. */
export function singleVersion(versions: ReadonlySet<number>, fallback: number): number | null {
  if (versions.size === 0) return fallback;
  return versions.size === 1 ? ([...versions][0] as number) : null;
}
