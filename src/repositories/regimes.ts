// Regimes as stored in the graph.
import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import { RegimeCode } from '../domain/vocabulary.js';

export const RegimeModel = z.object({ code: RegimeCode, name: z.string() });
export type RegimeModel = z.infer<typeof RegimeModel>;

export async function allRegimes(executor: Executor): Promise<RegimeModel[]> {
  return (await executor.read('regimes')).map((row) => RegimeModel.parse(row));
}
