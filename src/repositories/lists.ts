// Loaded control lists, one per source version.
import { z } from 'zod';
import type { Executor } from '../db/executor.js';
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
