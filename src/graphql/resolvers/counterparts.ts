// Resolvers for an entry's counterparts and no-counterpart reasons: thin reads of what the import derived.
import type { Resolvers } from '../generated/types.js';

export const counterpartResolvers: Resolvers = {
  Entry: {
    counterparts: async (entry, { verdicts }, context) =>
      (await context.loaders.counterparts.load(entry.id)).comparisons.filter((c) => verdicts.includes(c.verdict)),
    noCounterpart: async (entry, { list }, context) => {
      const reasons = (await context.loaders.counterparts.load(entry.id)).noCounterpart.filter((n) => !list || n.list === list);
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
