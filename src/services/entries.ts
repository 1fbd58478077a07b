// Browsing entries: a Relay-style connection with opaque cursors and a maximum page size, and one entry by code.
import { z } from 'zod';
import type { Graph } from '../repositories/graph.js';
import { readCode } from '../domain/notation.js';
import { AttributionBasis, EntryKind, ProductGroup, RegimeCode } from '../domain/vocabulary.js';
import { badInput } from '../errors.js';
import { entriesOfListByCodes, entryCount, entryPage, type EntryFilterParams, type EntryWithLinks, type FullEntry, type LinkSelection } from '../repositories/entries.js';
import { assertListExists } from './lists.js';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

const CURSOR_PREFIX = 'entry:';

/** Cursors are opaque to clients: base64url of the last entry's id (keyset pagination on id). */
export const encodeCursor = (id: string): string => Buffer.from(`${CURSOR_PREFIX}${id}`, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): string {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(CURSOR_PREFIX) || decoded.length === CURSOR_PREFIX.length) {
    throw badInput('after', 'is not a cursor this API issued; pass the endCursor of a previous page, or omit it for the first page');
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

const Filter = z
  .object({
    list: z.string().min(1).nullish(),
    regime: RegimeCode.nullish(),
    basis: AttributionBasis.nullish(),
    category: z.number().int().min(0, 'must be a category number from 0 to 9').max(9, 'must be a category number from 0 to 9').nullish(),
    group: ProductGroup.nullish(),
    kind: EntryKind.nullish(),
    technology: z.string().min(1).nullish(),
    hasThreshold: z.boolean().nullish(),
    itar: z.boolean().nullish(),
  })
  .refine((f) => !f.basis || f.regime, { message: 'needs filter.regime: an attribution basis filters the attributions to one regime', path: ['basis'] });

export interface EntryPage {
  nodes: FullEntry[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * The page and the count are each read only when the selection asks for them (once, however many fields ask): the
 * heatmap asks counts only, and a page across every list is ordered over all their entries.
 */
export interface EntryConnectionResult {
  page: () => Promise<EntryPage>;
  totalCount: () => Promise<number>;
}

export async function browseEntries(graph: Graph, rawFilter: unknown, first: number | null | undefined, after: string | null | undefined): Promise<EntryConnectionResult> {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw badInput('first', `must be from 1 to ${MAX_PAGE_SIZE} (got ${size})`);
  const parsed = Filter.safeParse(rawFilter ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(`filter.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'invalid filter');
  }
  const f = parsed.data;
  const filter: EntryFilterParams = {
    list: f.list ?? null,
    regime: f.regime ?? null,
    basis: f.basis ?? null,
    category: f.category ?? null,
    group: f.group ?? null,
    kind: f.kind ?? null,
    technology: f.technology ?? null,
    hasThreshold: f.hasThreshold ?? null,
    itar: f.itar ?? null,
  };
  await assertListExists(graph, filter.list, 'filter.list');
  const afterId = after ? decodeCursor(after) : null;
  let page: Promise<EntryPage> | undefined;
  const readPage = async (): Promise<EntryPage> => {
    const rows = await entryPage(graph, filter, afterId, size + 1);
    const nodes = rows.slice(0, size);
    const head = nodes[0];
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > size,
        // Pages go forward only: a page asked for after a cursor has at least that cursor's entry before it.
        hasPreviousPage: afterId !== null,
        startCursor: head ? encodeCursor(head.id) : null,
        endCursor: last ? encodeCursor(last.id) : null,
      },
    };
  };
  return {
    page: () => (page ??= readPage()),
    totalCount: () => entryCount(graph, filter),
  };
}

/**
 * One entry by code: as the list writes it, in any case (9a610.U → 9A610.u), or in a regime's own numbering when
 * exactly one reading is in the list (Wassenaar 1.A.2 → 1A002 in the CCL, MTCR 19.A.3 → M19A3 in the MTCR list).
 * The entry comes with the links named in `links`; its other links load on demand.
 */
export async function findEntry(graph: Graph, list: string, code: string, links: LinkSelection): Promise<EntryWithLinks | null> {
  const typed = code.trim();
  const readings = readCode(typed);
  // One statement: the candidates, whether the list exists, and the links the caller will show (docs/decisions/0020).
  const found = await entriesOfListByCodes(graph, list, [...new Set([typed, ...readings.map((r) => r.code)])], links);
  if (found === 'NO_LIST') {
    await assertListExists(graph, list); // throws, naming the loaded lists
    return null;
  }
  const exact = found.find((e) => e.code === typed) ?? found.find((e) => readings.some((r) => r.notation === 'LIST_CODE' && r.code === e.code));
  if (exact) return exact;
  const matches = readings.filter((r) => found.some((e) => e.code === r.code));
  if (matches.length > 1) {
    throw badInput('code', `"${typed}" is ambiguous in ${list}: ${matches.map((r) => r.description).join('; ')}; give the code as the list writes it, or name the regime ("MTCR ${typed}")`);
  }
  return found.find((e) => e.code === matches[0]?.code) ?? null;
}
