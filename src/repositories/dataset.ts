// The graph's data version: the Dataset node every import that changes something increments.
import { z } from 'zod';
import type { Executor } from '../db/executor.js';

export async function dataVersion(executor: Executor): Promise<number> {
  const [row] = await executor.read('data-version', {}, 'dataVersion');
  return z.number().int().parse(row?.version ?? 0);
}
