// Who takes part in which regime, in the regimes' own view and in the US country-group view.
import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import { PARTICIPATION_STATUS_NAMES, ParticipationView as ParticipationViewSchema, RegimeCode } from '../domain/vocabulary.js';

export const ParticipationModel = z.object({
  regime: RegimeCode,
  iso2: z.string(),
  status: z.enum(PARTICIPATION_STATUS_NAMES),
  since: z.number().int().nullable(),
  sinceNote: z.string().nullable(),
  source: z.string(),
  view: ParticipationViewSchema,
});
export type ParticipationModel = z.infer<typeof ParticipationModel>;
export type ParticipationView = ParticipationModel['view'];

function groupBy<K>(rows: ParticipationModel[], keys: readonly K[], keyOf: (p: ParticipationModel) => K): ParticipationModel[][] {
  const byKey = new Map<K, ParticipationModel[]>(keys.map((k) => [k, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((k) => byKey.get(k) ?? []);
}

export async function participationsByRegime(executor: Executor, view: ParticipationView, regimes: readonly string[]): Promise<ParticipationModel[][]> {
  const rows = (await executor.read('participations-by-regime', { regimes: [...regimes], view })).map((row) => ParticipationModel.parse(row));
  return groupBy(rows, regimes, (p) => p.regime);
}

export async function participationsByCountry(executor: Executor, iso2s: readonly string[]): Promise<ParticipationModel[][]> {
  const rows = (await executor.read('participations-by-country', { iso2s: [...iso2s] })).map((row) => ParticipationModel.parse(row));
  return groupBy(rows, iso2s, (p) => p.iso2);
}
