// Countries (and the EU) that take part in the regimes.
import { z } from 'zod';
import type { Executor } from '../db/executor.js';

export const CountryModel = z.object({ iso2: z.string(), name: z.string() });
export type CountryModel = z.infer<typeof CountryModel>;

export async function allCountries(executor: Executor): Promise<CountryModel[]> {
  return (await executor.read('countries')).map((row) => CountryModel.parse(row));
}

/** DataLoader batch: countries in key order, null for an unknown code. */
export async function countriesByIso2(executor: Executor, iso2s: readonly string[]): Promise<(CountryModel | null)[]> {
  const rows = await executor.read('countries-by-iso2', { iso2s: [...iso2s] });
  return rows.map((row) => (row.name === null ? null : CountryModel.parse(row)));
}
