// Resolvers for an entry's counterparts and no-counterpart reasons: thin reads of what the import derived.
import DataLoader from 'dataloader';
import { counterpartsById, type EntryCounterparts } from '../../repositories/counterparts.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/types.js';

// One loader per request, kept beside the request's context so nested queries batch into one round trip per level.
const loaders = new WeakMap<GraphQLContext, DataLoader<string, EntryCounterparts>>();
function counterpartsOf(id: string, context: GraphQLContext): Promise<EntryCounterparts> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader((ids) => counterpartsById(context.executor, ids));
    loaders.set(context, loader);
  }
  return loader.load(id);
}

export const counterpartResolvers: Resolvers = {
  Entry: {
    counterparts: async (entry, { verdicts }, context) =>
      (await counterpartsOf(entry.id, context)).comparisons.filter((c) => verdicts.includes(c.verdict)),
    noCounterpart: async (entry, { list }, context) => {
      const reasons = (await counterpartsOf(entry.id, context)).noCounterpart.filter((n) => !list || n.list === list);
      return Promise.all(
        reasons.map(async (n) => {
          const controlList = await context.loaders.list.load(n.list);
          if (controlList === null) throw new Error(`list ${n.list} is not in the graph`);
          return { ...n, list: controlList };
        }),
      );
    },
  },
};
