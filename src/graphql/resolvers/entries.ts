// Resolvers for entries, search and technology areas: thin calls to services and per-request loaders.
import { browseEntries, encodeCursor, findEntry } from '../../services/entries.js';
import { search } from '../../services/search.js';
import { allTechnologies } from '../../services/referenceData.js';
import { attributionRule } from '../../domain/attribution.js';
import { ENTRY_LINKS, type EntryDetails, type EntryLink, type EntryModel, type FullEntry, type LinkSelection } from '../../repositories/entries.js';
import type { GraphQLResolveInfo } from 'graphql';
import { selectsField } from './selection.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/types.js';

/** Report rows name entries by summary; the full record is loaded (batched) only when a field needs it. */
async function full(entry: EntryModel, { loaders }: GraphQLContext): Promise<FullEntry> {
  if (entry.text !== undefined && entry.depth !== undefined && entry.itar !== undefined && entry.flags !== undefined) return entry as FullEntry;
  const loaded = await loaders.entry.load(entry.id);
  if (loaded === null) throw new Error(`entry ${entry.id} disappeared from the graph`);
  return loaded;
}

/** The links an entry lookup should fetch with the entry: those the query selects on it. */
function selectedLinks(info: GraphQLResolveInfo): LinkSelection {
  return Object.fromEntries(ENTRY_LINKS.map((link) => [link, selectsField(info, link)])) as LinkSelection;
}

/** A link of an entry: fetched with it by its lookup, or loaded (batched with the request's other entries). */
async function linkOf<L extends EntryLink>(entry: EntryModel, link: L, { loaders }: GraphQLContext): Promise<EntryDetails[L]> {
  const fetched = (entry as EntryModel & { links?: Partial<EntryDetails> }).links?.[link];
  return fetched !== undefined ? (fetched as EntryDetails[L]) : (await loaders.entryDetails.load(entry.id))[link];
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
    entry: (_parent, { list, code }, { executor }, info) => findEntry(executor, list, code, selectedLinks(info)),
    search: (_parent, { text, list, first }, { executor }) => search(executor, text, list, first),
  },
  EntryConnection: {
    edges: async (connection) => (await connection.page()).nodes.map((node) => ({ cursor: encodeCursor(node.id), node })),
    nodes: async (connection) => (await connection.page()).nodes,
    pageInfo: async (connection) => (await connection.page()).pageInfo,
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
    attributions: async (entry, { regime }, ctx) => (await linkOf(entry, 'attributions', ctx)).filter((a) => !regime || a.regime === regime),
    reasons: async (entry, _args, ctx) => (await linkOf(entry, 'reasons', ctx)).map((r) => ({ ...r, regime: r.regime as never, rule: attributionRule(r.rule) })),
    references: async (entry, _args, ctx) => (await linkOf(entry, 'references', ctx)).map((r) => ({ ...r, kind: r.kind as never })),
    referencedBy: async (entry, _args, ctx) => (await linkOf(entry, 'referencedBy', ctx)).map((r) => ({ ...r, kind: r.kind as never })),
    supports: (entry, _args, ctx) => linkOf(entry, 'supports', ctx),
    supportedBy: (entry, _args, ctx) => linkOf(entry, 'supportedBy', ctx),
    sameCode: (entry, _args, ctx) => linkOf(entry, 'sameCode', ctx),
    technologies: (entry, _args, ctx) => linkOf(entry, 'technologies', ctx),
    thresholds: (entry, _args, ctx) => linkOf(entry, 'thresholds', ctx),
    parts: (entry, _args, ctx) => linkOf(entry, 'parts', ctx),
    parent: (entry, _args, ctx) => linkOf(entry, 'parent', ctx),
  },
  Attribution: {
    rules: (attribution) => attribution.rules.map(attributionRule),
  },
  Technology: {
    description: async (t, _args, ctx) => ('description' in t ? (t as { description: string }).description : (await technologyOf(t.id, ctx)).description),
    regimes: async (t, _args, ctx) => (await technologyOf(t.id, ctx)).regimes,
    entryCount: async (t, _args, ctx) => (await technologyOf(t.id, ctx)).entryCount,
  },
  Phase: { DEVELOPMENT: 'development', PRODUCTION: 'production', USE: 'use', DISPOSAL: 'disposal' },
  Comparator: { GTE: '>=', GT: '>', LTE: '<=', LT: '<', EQ: '=', RANGE: 'range' },
};
