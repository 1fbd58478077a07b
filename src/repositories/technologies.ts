// The technology areas of the taxonomy as loaded.
import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import { RegimeCode } from '../domain/vocabulary.js';

export const TechnologyModel = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  regimes: z.array(RegimeCode),
  entryCount: z.number().int(),
});
export type TechnologyModel = z.infer<typeof TechnologyModel>;

export async function allTechnologies(executor: Executor): Promise<TechnologyModel[]> {
  return (await executor.read('technologies')).map((row) => TechnologyModel.parse(row));
}
