// Resolvers for control lists and the data version they were loaded at.
import { dataVersion } from '../../repositories/dataset.js';
import { allLists } from '../../repositories/lists.js';
import type { Resolvers } from '../generated/types.js';

export const listResolvers: Resolvers = {
  Query: {
    lists: (_parent, _args, { executor }) => allLists(executor),
    dataVersion: (_parent, _args, { executor }) => dataVersion(executor),
  },
};
