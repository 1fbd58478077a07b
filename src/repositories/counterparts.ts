// Same-code comparisons and no-counterpart reasons as stored at import (seed/load/writeCounterparts.ts).
import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import { EntryRefRow } from './rows.js';

export const VERDICTS = ['AGREES', 'DIVERGES', 'UNCERTAIN', 'CONTROLLED_ELSEWHERE'] as const;
export const NO_COUNTERPART_REASONS = [
  'US_ITAR_PLACEHOLDER',
  'US_NO_ITEMS_MOVED',
  'US_MUNITIONS_SERIES',
  'US_ONLY_NUMBER',
  'NRC_DOE_LICENSING',
  'SAME_CODE_DIVERGES',
  'SAME_CODE_UNCERTAIN',
  'SAME_ITEMS_OTHER_NUMBER',
  'NOT_STATED',
] as const;

export const ComparisonModel = z.object({
  entry: EntryRefRow,
  verdict: z.enum(VERDICTS),
  rule: z.string(),
  titleSimilarity: z.number(),
  textSimilarity: z.number(),
  evidence: z.string(),
  sharedWords: z.array(z.string()),
});
export type ComparisonModel = z.infer<typeof ComparisonModel>;

export const NoCounterpartModel = z.object({
  list: z.string(),
  reason: z.enum(NO_COUNTERPART_REASONS),
  rule: z.string(),
  evidence: z.string(),
  source: z.string(),
});
export type NoCounterpartModel = z.infer<typeof NoCounterpartModel>;

export const EntryCounterparts = z.object({ comparisons: z.array(ComparisonModel), noCounterpart: z.array(NoCounterpartModel) });
export type EntryCounterparts = z.infer<typeof EntryCounterparts>;

/** DataLoader batch: each entry's comparisons and reasons, in key order (empty for parts and unknown ids). */
export async function counterpartsById(executor: Executor, ids: readonly string[]): Promise<EntryCounterparts[]> {
  const rows = await executor.read('entries/counterparts', { ids: [...ids] }, 'entryCounterparts');
  const byId = new Map(rows.map((row) => [String(row.id), EntryCounterparts.parse(row)]));
  return ids.map((id) => byId.get(id) ?? { comparisons: [], noCounterpart: [] });
}
