// The reads a request batches: a fresh set of DataLoaders per request over the repositories' batch reads (each
// answers in key order), so a nested query costs one database round trip per level, not one per row.
import DataLoader from 'dataloader';
import type { Graph } from '../repositories/graph.js';
import { counterpartsById, type EntryCounterparts } from '../repositories/counterparts.js';
import { countriesByIso2, type CountryModel } from '../repositories/countries.js';
import { entriesById, entryDetailsById, type EntryDetails, type FullEntry } from '../repositories/entries.js';
import { allLists, type ControlListModel } from '../repositories/lists.js';
import { participationsByCountry, participationsByRegime, type ParticipationModel } from '../repositories/participations.js';
import { allTechnologies, type TechnologyModel } from '../repositories/technologies.js';

export interface Loaders {
  country: DataLoader<string, CountryModel | null>;
  participationsOfCountry: DataLoader<string, ParticipationModel[]>;
  regimeParticipants: { REGIME: DataLoader<string, ParticipationModel[]>; US_COUNTRY_GROUP: DataLoader<string, ParticipationModel[]> };
  entry: DataLoader<string, FullEntry | null>;
  entryDetails: DataLoader<string, EntryDetails>;
  counterparts: DataLoader<string, EntryCounterparts>;
  list: DataLoader<string, ControlListModel | null>;
  technology: DataLoader<string, TechnologyModel | null>;
}

/** A loader over a small, whole table (lists, technology areas): read once per request, then looked up by key. */
function wholeTableLoader<T>(readAll: () => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await readAll()).map((row) => [keyOf(row), row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export function createLoaders(graph: Graph): Loaders {
  return {
    country: new DataLoader((keys) => countriesByIso2(graph, keys)),
    participationsOfCountry: new DataLoader((keys) => participationsByCountry(graph, keys)),
    regimeParticipants: {
      REGIME: new DataLoader((keys) => participationsByRegime(graph, 'REGIME', keys)),
      US_COUNTRY_GROUP: new DataLoader((keys) => participationsByRegime(graph, 'US_COUNTRY_GROUP', keys)),
    },
    entry: new DataLoader((keys) => entriesById(graph, keys)),
    entryDetails: new DataLoader((keys) => entryDetailsById(graph, keys)),
    counterparts: new DataLoader((keys) => counterpartsById(graph, keys)),
    list: wholeTableLoader(() => allLists(graph), (l) => l.id),
    technology: wholeTableLoader(() => allTechnologies(graph), (t) => t.id),
  };
}
