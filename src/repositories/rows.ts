// The row shapes shared by many statements (an entry named by summary, an attribution, a threshold, a technology area),
// parsed with zod at the repository edge into the graph's facts (src/domain/facts.ts).
import { z } from 'zod';
import { AttributionBasis, EntryKind, ProductGroup, RegimeCode } from '../domain/vocabulary.js';
import type { AttributionFact, EntryRef, TechnologyRef, ThresholdFact } from '../domain/facts.js';

/** The fields that name an entry in every row: its summary, also the start of the GraphQL Entry's parent. */
/** A count or a version read from the database. Schemas are made once, here or at module level: making one per row cost more than parsing it. */
export const Count = z.number().int();

export const ENTRY_SUMMARY = {
  id: z.string(),
  listId: z.string(),
  code: z.string(),
  title: z.string(),
  category: z.number().int().nullable(),
  group: ProductGroup.nullable(),
  kind: EntryKind,
};

export const EntryRefRow: z.ZodType<EntryRef> = z.object(ENTRY_SUMMARY);

export const AttributionRow: z.ZodType<AttributionFact> = z.object({
  regime: RegimeCode,
  basis: AttributionBasis,
  scope: z.string(),
  wholeEntry: z.boolean(),
  column: z.string().nullable().default(null),
  coverage: z.enum(['WHOLE_ENTRY', 'WHOLE_EXCEPT', 'PARTS', 'SERVED_ITEMS', 'PARAMETERS']).nullable().default(null),
  parts: z.array(z.string()).nullable().default([]).transform((v) => v ?? []),
  exceptParts: z.array(z.string()).nullable().default([]).transform((v) => v ?? []),
  servedItems: z.array(z.string()).nullable().default([]).transform((v) => v ?? []),
  conditionalItems: z.array(z.string()).nullable().default([]).transform((v) => v ?? []),
  conditional: z.boolean().nullable().default(false).transform((v) => v ?? false),
  via: z.enum(['WHOLE_ENTRY', 'NAMED', 'WHOLE_EXCEPT', 'CHILDREN']).nullable().default(null),
  rules: z.array(z.string()).nullable().default([]).transform((v) => v ?? []),
}) as unknown as z.ZodType<AttributionFact>;

/** A threshold's value as read: what every query returning thresholds has, placed or not. */
export const ThresholdValueRow = z.object({
  parameter: z.string(),
  comparator: z.enum(['>=', '>', '<=', '<', '=', 'range']),
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string(),
  phrase: z.string(),
});

export const ThresholdRow: z.ZodType<ThresholdFact> = ThresholdValueRow.extend({
  paragraph: z.string().nullish(),
  part: EntryRefRow.nullish(),
  role: z.enum(['CONTROL', 'EXCLUSION', 'NOTE']).nullish(),
  source: z.enum(['ITEM_TEXT', 'REASON_ROW']).nullish(),
  regime: RegimeCode.nullish(),
  reason: z.string().nullish(),
  clause: z.string().nullish(),
  rule: z.string().nullish(),
  belongsTo: z
    .array(z.object({ regime: RegimeCode, via: z.enum(['REASON_ROW', 'PARAGRAPH', 'WHOLE_ENTRY', 'CONDITIONAL_PARAGRAPH']), condition: z.string().nullable() }))
    .nullish(),
});

export const TechnologyRefRow: z.ZodType<TechnologyRef> = z.object({ id: z.string(), name: z.string() });
