// Resolvers for control lists.
import { allLists } from '../../repositories/lists.js';
import type { Resolvers } from '../generated/types.js';

export const listResolvers: Resolvers = {
  Query: {
    lists: (_parent, _args, { executor }) => allLists(executor),
  },
};
