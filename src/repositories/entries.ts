// Entries as stored: the core record, and everything linked to a batch of entries in one round trip.
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Executor } from '../db/executor.js';
import { Phase } from '../domain/vocabulary.js';
import { AttributionRow, Count, ENTRY_SUMMARY, EntryRefRow, TechnologyRefRow, ThresholdRow } from './rows.js';


/** The links of an entry that a lookup can fetch with it (entries/by-code), named as the Entry fields that show them. */
export const ENTRY_LINKS = ['attributions', 'reasons', 'references', 'referencedBy', 'supports', 'supportedBy', 'sameCode', 'technologies', 'thresholds', 'parts', 'parent'] as const;
export type EntryLink = (typeof ENTRY_LINKS)[number];
/** Which links to fetch with an entry: a flag per link. */
export type LinkSelection = Record<EntryLink, boolean>;

/** An entry as the GraphQL Entry type's parent: the summary always, the rest when the query fetched it. */
export const EntryModel = z.object({
  ...ENTRY_SUMMARY,
  text: z.string().optional(),
  depth: z.number().int().optional(),
  itar: z.boolean().optional(),
  flags: z.array(z.string()).optional(),
});
export type EntryModel = z.infer<typeof EntryModel>;
export type FullEntry = Required<EntryModel>;

const FullEntryRow = EntryModel.required();
/** The entries of a lookup, each read as a full entry and as its fetched links. */
const EntryRows = z.array(z.unknown());
const SearchRow = z.object({ entry: FullEntryRow, score: z.number(), inTitle: z.boolean() });

const LinkRow = z.object({ entry: EntryRefRow, kind: z.string(), toPart: z.string().nullable(), text: z.string() });
const SupportRow = z.object({ entry: EntryRefRow, phase: Phase, toPart: z.string().nullable(), reach: z.array(z.string()), text: z.string() });

export const EntryDetails = z.object({
  attributions: z.array(AttributionRow),
  reasons: z.array(
    z.object({ code: z.string(), name: z.string(), regime: z.string().nullable(), column: z.string().nullable(), scope: z.string(), wholeEntry: z.boolean(), rule: z.string() }),
  ),
  references: z.array(LinkRow),
  referencedBy: z.array(LinkRow),
  supports: z.array(SupportRow),
  supportedBy: z.array(SupportRow),
  sameCode: z.array(EntryRefRow),
  technologies: z.array(z.object({ technology: TechnologyRefRow, ruleId: z.string(), evidence: z.string(), parts: z.array(z.string()).nullable() })),
  thresholds: z.array(ThresholdRow),
  parts: z.array(EntryRefRow),
  parent: EntryRefRow.nullable(),
});
export type EntryDetails = z.infer<typeof EntryDetails>;

/** The links fetched with an entry: those asked for; a link not asked for is absent (null in the row). */
const FetchedLinks = z
  .object({
    attributions: EntryDetails.shape.attributions.nullish(),
    reasons: EntryDetails.shape.reasons.nullish(),
    references: EntryDetails.shape.references.nullish(),
    referencedBy: EntryDetails.shape.referencedBy.nullish(),
    supports: EntryDetails.shape.supports.nullish(),
    supportedBy: EntryDetails.shape.supportedBy.nullish(),
    sameCode: EntryDetails.shape.sameCode.nullish(),
    technologies: EntryDetails.shape.technologies.nullish(),
    thresholds: EntryDetails.shape.thresholds.nullish(),
    parts: EntryDetails.shape.parts.nullish(),
    parent: z.array(EntryRefRow).nullish(),
  })
  .transform((row): Partial<EntryDetails> => {
    const links: Partial<EntryDetails> = {};
    for (const link of ENTRY_LINKS) {
      const value = row[link];
      if (value === null || value === undefined) continue;
      if (link === 'parent') links.parent = (value as EntryRefRow[])[0] ?? null;
      else (links as Record<string, unknown>)[link] = value;
    }
    return links;
  });
type EntryRefRow = z.infer<typeof EntryRefRow>;

/** A full entry with the links its lookup fetched (the GraphQL resolvers read the rest through loaders). */
export type EntryWithLinks = FullEntry & { links: Partial<EntryDetails> };

export type EntryFilterParams = {
  list: string | null;
  regime: string | null;
  basis: string | null;
  category: number | null;
  group: string | null;
  kind: string | null;
  technology: string | null;
  hasThreshold: boolean | null;
  itar: boolean | null;
};

/**
 * The range of entry ids a page reads: after the cursor and, for one list, within that list's ids ('<list id>:<code>';
 * a list id has no ':', and ';' is the character after it). A cursor before the list starts at the list.
 */
export function entryIdRange(list: string | null, after: string | null): { idAfter: string; idBefore: string } {
  const start = list === null ? '' : `${list}:`;
  return { idAfter: after !== null && after > start ? after : start, idBefore: list === null ? '\uffff' : `${list};` };
}

export async function entryPage(executor: Executor, filter: EntryFilterParams, after: string | null, limit: number): Promise<FullEntry[]> {
  const rows = await executor.read('entries/page', { ...filter, ...entryIdRange(filter.list, after), limit: neo4j.int(limit) }, 'entries');
  return rows.map((row) => FullEntryRow.parse(row.entry));
}

/** Whether a filter names a regime and nothing else but a kind and a list: its count was derived at import. */
function countedAtImport(f: EntryFilterParams): f is EntryFilterParams & { regime: string } {
  return f.regime !== null && f.basis === null && f.category === null && f.group === null && f.technology === null && f.hasThreshold === null && f.itar === null;
}

export async function entryCount(executor: Executor, filter: EntryFilterParams): Promise<number> {
  const [row] = countedAtImport(filter)
    ? await executor.read('entries/count-by-regime', { regime: filter.regime, kind: filter.kind, list: filter.list }, 'entries')
    : await executor.read('entries/count', filter, 'entries');
  return Count.parse(row?.total ?? 0);
}

/**
 * The entries of one list that have any of the given codes, each with the links asked for, in one statement; or
 * 'NO_LIST' when there is no such list.
 */
export async function entriesOfListByCodes(executor: Executor, list: string, codes: string[], links: LinkSelection): Promise<EntryWithLinks[] | 'NO_LIST'> {
  const [row] = await executor.read('entries/by-code', { list, codes, links }, 'entry');
  if (!row?.listExists) return 'NO_LIST';
  return EntryRows.parse(row.entries).map((raw) => ({ ...FullEntryRow.parse(raw), links: FetchedLinks.parse(raw) }));
}

export async function entriesByCodes(executor: Executor, codes: string[], list: string | null): Promise<FullEntry[]> {
  const rows = await executor.read('entries/by-code-any-list', { codes, list }, 'search');
  return rows.map((row) => FullEntryRow.parse(row.entry));
}

/** DataLoader batch: full entries in key order. */
export async function entriesById(executor: Executor, ids: readonly string[]): Promise<(FullEntry | null)[]> {
  const rows = await executor.read('entries/by-id', { ids: [...ids] }, 'entry');
  return rows.map((row) => (row.entry === null ? null : FullEntryRow.parse(row.entry)));
}

/** DataLoader batch: every link of each entry, in key order. */
export async function entryDetailsById(executor: Executor, ids: readonly string[]): Promise<EntryDetails[]> {
  const rows = await executor.read('entries/details', { ids: [...ids] }, 'entryDetails');
  const byId = new Map(rows.map((row) => [String(row.id), EntryDetails.parse(row)]));
  return ids.map(
    (id) =>
      byId.get(id) ?? {
        attributions: [], reasons: [], references: [], referencedBy: [], supports: [], supportedBy: [], sameCode: [], technologies: [], thresholds: [], parts: [], parent: null,
      },
  );
}

/** Full-text hits in two parts, each best first: those with every word in the title (`inTitle`), then any. */
export async function searchIndex(
  executor: Executor,
  params: { lucene: string; titleLucene: string; list: string | null; limit: number },
): Promise<{ entry: FullEntry; score: number; inTitle: boolean }[]> {
  const rows = await executor.read('entries/search', searchParams(params), 'search');
  return rows.map((row) => SearchRow.parse(row));
}

/**
 * The parameters of entries/search. The second part may repeat every title hit, so it fetches twice the limit.
 * Lucene's own limit is passed only without a list filter, which applies after it.
 */
export function searchParams({ lucene, titleLucene, list, limit }: { lucene: string; titleLucene: string; list: string | null; limit: number }) {
  const anyLimit = 2 * limit;
  return {
    lucene,
    titleLucene,
    list,
    limit: neo4j.int(limit),
    anyLimit: neo4j.int(anyLimit),
    options: list === null ? { limit: neo4j.int(limit) } : {},
    anyOptions: list === null ? { limit: neo4j.int(anyLimit) } : {},
  };
}
