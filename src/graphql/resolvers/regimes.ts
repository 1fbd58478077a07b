// Resolvers for regimes, countries and participations: thin, each a call to a service or a loader.
import { allCountries, allRegimes } from '../../services/referenceData.js';
import type { Resolvers } from '../generated/types.js';

export const regimeResolvers: Resolvers = {
  Query: {
    regimes: (_parent, _args, { executor }) => allRegimes(executor),
    countries: (_parent, _args, { executor }) => allCountries(executor),
  },
  Regime: {
    participants: (regime, { view }, { loaders }) => loaders.regimeParticipants[view ?? 'REGIME'].load(regime.code),
  },
  Country: {
    participations: (country, _args, { loaders }) => loaders.participationsOfCountry.load(country.iso2),
  },
  Participation: {
    country: async (participation, _args, { loaders }) => {
      const country = await loaders.country.load(participation.iso2);
      if (country === null) throw new Error(`participation names unknown country ${participation.iso2}`);
      return country;
    },
  },
};
