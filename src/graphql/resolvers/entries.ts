// Resolvers for entries, search and technology areas: thin calls to services and per-request loaders.
import { browseEntries, encodeCursor, findEntry } from '../../services/entries.js';
import { search } from '../../services/search.js';
import { allTechnologies } from '../../repositories/technologies.js';
import { attributionRule } from '../../domain/attribution.js';
import type { EntryModel, FullEntry } from '../../repositories/entries.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/types.js';

/** Report rows name entries by summary; the full record is loaded (batched) only when a field needs it. */
async function full(entry: EntryModel, { loaders }: GraphQLContext): Promise<FullEntry> {
  if (entry.text !== undefined && entry.depth !== undefined && entry.itar !== undefined && entry.flags !== undefined) return entry as FullEntry;
  const loaded = await loaders.entry.load(entry.id);
  if (loaded === null) throw new Error(`entry ${entry.id} disappeared from the graph`);
  return loaded;
}

async function technologyOf(id: string, { loaders }: GraphQLContext) {
  const technology = await loaders.technology.load(id);
  if (technology === null) throw new Error(`technology area ${id} is not in the graph`);
  return technology;
}

export const entryResolvers: Resolvers = {
  Query: {
    technologies: (_parent, _args, { executor }) => allTechnologies(executor),
    entries: (_parent, { filter, first, after }, { executor }) => browseEntries(executor, filter, first, after),
    entry: (_parent, { list, code }, { executor }) => findEntry(executor, list, code),
    search: (_parent, { text, list, first }, { executor }) => search(executor, text, list, first),
  },
  EntryConnection: {
    edges: (connection) => connection.nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
    nodes: (connection) => connection.nodes,
    pageInfo: (connection) => connection.pageInfo,
    totalCount: (connection) => connection.totalCount(),
  },
  Entry: {
    list: async (entry, _args, { loaders }) => {
      const list = await loaders.list.load(entry.listId);
      if (list === null) throw new Error(`list ${entry.listId} is not in the graph`);
      return list;
    },
    text: async (entry, _args, ctx) => (await full(entry, ctx)).text,
    depth: async (entry, _args, ctx) => (await full(entry, ctx)).depth,
    itar: async (entry, _args, ctx) => (await full(entry, ctx)).itar,
    flags: async (entry, _args, ctx) => (await full(entry, ctx)).flags,
    attributions: async (entry, { regime }, { loaders }) =>
      (await loaders.entryDetails.load(entry.id)).attributions.filter((a) => !regime || a.regime === regime),
    reasons: async (entry, _args, { loaders }) =>
      (await loaders.entryDetails.load(entry.id)).reasons.map((r) => ({ ...r, regime: r.regime as never, rule: attributionRule(r.rule) })),
    references: async (entry, _args, { loaders }) => (await loaders.entryDetails.load(entry.id)).references.map((r) => ({ ...r, kind: r.kind as never })),
    referencedBy: async (entry, _args, { loaders }) => (await loaders.entryDetails.load(entry.id)).referencedBy.map((r) => ({ ...r, kind: r.kind as never })),
    supports: async (entry, _args, { loaders }) => (await loaders.entryDetails.load(entry.id)).supports,
    supportedBy: async (entry, _args, { loaders }) => (await loaders.entryDetails.load(entry.id)).supportedBy,
    sameCode: async (entry, _args, { loaders }) => (await loaders.entryDetails.load(entry.id)).sameCode,
    technologies: async (entry, _args, { loaders }) => (await loaders.entryDetails.load(entry.id)).technologies,
    thresholds: async (entry, _args, { loaders }) => (await loaders.entryDetails.load(entry.id)).thresholds,
    parts: async (entry, _args, { loaders }) => (await loaders.entryDetails.load(entry.id)).parts,
    parent: async (entry, _args, { loaders }) => (await loaders.entryDetails.load(entry.id)).parent,
  },
  Attribution: {
    rules: (attribution) => attribution.rules.map(attributionRule),
  },
  Technology: {
    description: async (t, _args, ctx) => ('description' in t ? (t as { description: string }).description : (await technologyOf(t.id, ctx)).description),
    regimes: async (t, _args, ctx) => (await technologyOf(t.id, ctx)).regimes,
    entryCount: async (t, _args, ctx) => (await technologyOf(t.id, ctx)).entryCount,
  },
  Phase: { DEVELOPMENT: 'development', PRODUCTION: 'production', USE: 'use' },
  Comparator: { GTE: '>=', GT: '>', LTE: '<=', LT: '<', EQ: '=', RANGE: 'range' },
};
