// What every resolver receives: the executor and a fresh set of DataLoaders for this request.
import DataLoader from 'dataloader';
import type { Executor } from '../db/executor.js';
import { countriesByIso2, type CountryModel } from '../repositories/countries.js';
import { participationsByCountry, participationsByRegime, type ParticipationModel } from '../repositories/participations.js';

export interface Loaders {
  country: DataLoader<string, CountryModel | null>;
  participationsOfCountry: DataLoader<string, ParticipationModel[]>;
  regimeParticipants: { REGIME: DataLoader<string, ParticipationModel[]>; US_COUNTRY_GROUP: DataLoader<string, ParticipationModel[]> };
}

export interface GraphQLContext {
  executor: Executor;
  loaders: Loaders;
}

export function createContext(executor: Executor): GraphQLContext {
  return {
    executor,
    loaders: {
      country: new DataLoader((keys) => countriesByIso2(executor, keys)),
      participationsOfCountry: new DataLoader((keys) => participationsByCountry(executor, keys)),
      regimeParticipants: {
        REGIME: new DataLoader((keys) => participationsByRegime(executor, 'REGIME', keys)),
        US_COUNTRY_GROUP: new DataLoader((keys) => participationsByRegime(executor, 'US_COUNTRY_GROUP', keys)),
      },
    },
  };
}
