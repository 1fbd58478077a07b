// Resolvers for control lists and the data version they were loaded at.
import { allLists, dataVersion } from '../../services/referenceData.js';
import type { Resolvers } from '../generated/types.js';

export const listResolvers: Resolvers = {
  Query: {
    lists: (_parent, _args, { executor }) => allLists(executor),
    dataVersion: (_parent, _args, { executor }) => dataVersion(executor),
  },
};
