// The graph's data version: the Dataset node every import that changes something increments.
import type { Executor } from '../db/executor.js';
import { Count } from './rows.js';

export async function dataVersion(executor: Executor): Promise<number> {
  const [row] = await executor.read('data-version', {}, 'dataVersion');
  return Count.parse(row?.version ?? 0);
}
