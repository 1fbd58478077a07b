// Loaded control lists, one per source version.
import { z } from 'zod';
import type { Executor, Reader, Snapshot } from '../db/executor.js';
import { ListKind } from '../domain/vocabulary.js';

export const ControlListModel = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  title: z.string(),
  version: z.string(),
  source: z.string(),
  sha256: z.string(),
  kind: ListKind,
  entryCount: z.number().int(),
});
export type ControlListModel = z.infer<typeof ControlListModel>;

export async function allLists(executor: Executor): Promise<ControlListModel[]> {
  return (await executor.read('control-lists')).map((row) => ControlListModel.parse(row));
}

/** The ids of the loaded lists. */
export async function listIds(reader: Reader): Promise<string[]> {
  return (await reader.read('list-ids')).map((row) => String(row.id));
}

/** A read scoped to a list that is not loaded: nothing else was read; the ids of the lists that are. */
export interface UnknownList {
  unknownList: string;
  loaded: string[];
}

/**
 * One consistent read of a report scoped to `list` (null: every list). The list is looked up first, in the same
 * transaction; when it is not loaded, nothing else is read and the answer names the lists that are.
 */
export async function readWithinList<T>(
  executor: Executor,
  operation: string,
  list: string | null,
  work: (tx: Reader) => Promise<T>,
): Promise<Snapshot<T> | UnknownList> {
  const { version, result } = await executor.snapshot(operation, async (tx): Promise<{ found: T } | UnknownList> => {
    if (list !== null) {
      const loaded = await listIds(tx);
      if (!loaded.includes(list)) return { unknownList: list, loaded };
    }
    return { found: await work(tx) };
  });
  return 'found' in result ? { version, result: result.found } : result;
}
