// What every resolver receives: the executor and a fresh set of DataLoaders for this request, so a nested
// query costs one database round trip per level, not one per row.
import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { countriesByIso2, type CountryModel } from '../repositories/countries.js';
import { entriesById, entryDetailsById, type EntryDetails, type FullEntry } from '../repositories/entries.js';
import { allLists, type ControlListModel } from '../repositories/lists.js';
import { participationsByCountry, participationsByRegime, type ParticipationModel } from '../repositories/participations.js';
import { allTechnologies, type TechnologyModel } from '../repositories/technologies.js';
import { ReportStore } from '../services/reports/store.js';

export interface Loaders {
  country: DataLoader<string, CountryModel | null>;
  participationsOfCountry: DataLoader<string, ParticipationModel[]>;
  regimeParticipants: { REGIME: DataLoader<string, ParticipationModel[]>; US_COUNTRY_GROUP: DataLoader<string, ParticipationModel[]> };
  entry: DataLoader<string, FullEntry | null>;
  entryDetails: DataLoader<string, EntryDetails>;
  list: DataLoader<string, ControlListModel | null>;
  technology: DataLoader<string, TechnologyModel | null>;
}

export interface GraphQLContext {
  executor: Executor;
  /** Reports, kept per data version and computed once for concurrent identical requests (services/reports/store.ts). */
  reports: ReportStore;
  loaders: Loaders;
}

/** A loader over a small, whole table (lists, technology areas): read once per request, then looked up by key. */
function wholeTableLoader<T>(readAll: () => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await readAll()).map((row) => [keyOf(row), row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export function createContext(executor: Executor, reports: ReportStore = new ReportStore(executor, { mode: 'off', maxBytes: 0, pollMs: 0 })): GraphQLContext {
  return {
    executor,
    reports,
    loaders: {
      country: new DataLoader((keys) => countriesByIso2(executor, keys)),
      participationsOfCountry: new DataLoader((keys) => participationsByCountry(executor, keys)),
      regimeParticipants: {
        REGIME: new DataLoader((keys) => participationsByRegime(executor, 'REGIME', keys)),
        US_COUNTRY_GROUP: new DataLoader((keys) => participationsByRegime(executor, 'US_COUNTRY_GROUP', keys)),
      },
      entry: new DataLoader((keys) => entriesById(executor, keys)),
      entryDetails: new DataLoader((keys) => entryDetailsById(executor, keys)),
      list: wholeTableLoader(() => allLists(executor), (l) => l.id),
      technology: wholeTableLoader(() => allTechnologies(executor), (t) => t.id),
    },
  };
}
