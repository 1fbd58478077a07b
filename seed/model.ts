// The normalised records every source parser produces and the graph writer loads.
// Parsers turn a source file into a ParsedList (validated here with zod); the writer never sees raw files.
import { z } from 'zod';
import { AttributionBasis, EntryKind, ListKind, Phase, ProductGroup, RegimeCode } from '../src/domain/vocabulary.js';

/** One loaded source version. `id` is stable: jurisdiction and version, e.g. `us-ccl@ecfr-2026`. */
export const ControlListRecord = z.object({
  id: z.string().regex(/^[a-z0-9-]+@[a-z0-9.-]+$/),
  jurisdiction: z.string().min(1),
  title: z.string().min(1),
  version: z.string().min(1),
  source: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** REGIME when the list is a regime's own numbering, NATIONAL for an implementing list. */
  kind: ListKind,
});
export type ControlListRecord = z.infer<typeof ControlListRecord>;

export const EntryRecord = z.object({
  /** The code as the source writes it: `1C001`, `1C001.a.1`, `M2A1b1`, `T1.1`, `N2C13`. */
  code: z.string().min(1),
  /** The code of the entry this one is a part of, when the source gives the hierarchy. */
  parentCode: z.string().min(1).nullable(),
  kind: EntryKind,
  title: z.string(),
  text: z.string(),
  /** 0–9 for EU/US codes; the regime's own category for regime items (e.g. MTCR item 2 -> 2). */
  category: z.number().int().min(0).nullable(),
  group: ProductGroup.nullable(),
  depth: z.number().int().min(0),
  /** Moved to the US Munitions List: the heading says the items are "subject to the ITAR". */
  itar: z.boolean(),
  /** Defects found in the source record and what was done about them, in plain words. */
  flags: z.array(z.string()),
});
export type EntryRecord = z.infer<typeof EntryRecord>;

/**
 * One statement that ties an entry to a regime: a License Requirements row (its regime read by a rule of
 * src/domain/attribution.ts), the code's origin, or a regime list. The import resolves it to the entry's parts.
 */
export const AttributionRecord = z.object({
  code: z.string().min(1),
  regime: RegimeCode,
  basis: AttributionBasis,
  /** The source's own words: "MT applies to items that meet or exceed the parameters of ECCN 1C101." */
  scope: z.string().min(1),
  /** The statement reaches the whole entry ("applies to entire entry", a code origin). */
  wholeEntry: z.boolean(),
  /** The Country-Chart column of the row, when it gives one: "NS Column 1". */
  column: z.string().nullable(),
  /** The id of the rule that made the attribution (src/domain/attribution.ts). */
  rule: z.string().min(1),
});
export type AttributionRecord = z.infer<typeof AttributionRecord>;

/** A US reason for control, regime-linked or US-only (AT, RS, CC, UN, FC, SI, SL, EI …), with its scope. */
export const ReasonRecord = z.object({
  code: z.string().min(1),
  reason: z.string().regex(/^[A-Z]{2,3}$/),
  /** The License Requirements column when given: "NS Column 1", "MT Column 1", "AT Column 1". */
  column: z.string().nullable(),
  scope: z.string().min(1),
  wholeEntry: z.boolean(),
  /** The regime this row implements, null for a US-only row (AT, NP Column 2, NS "Worldwide control" …). */
  regime: RegimeCode.nullable(),
  /** The rule that decided `regime` (src/domain/attribution.ts). */
  rule: z.string().min(1),
});
export type ReasonRecord = z.infer<typeof ReasonRecord>;

export const ReferenceKind = z.enum(['SEE_ALSO', 'PARAMETER', 'CONTROLLED_BY', 'SPECIFIED_BY', 'EXCLUSION', 'ASSOCIATED_ITEM', 'RELATED']);
export type ReferenceKind = z.infer<typeof ReferenceKind>;

export const ReferenceRecord = z.object({
  from: z.string().min(1),
  /** The entry-level code referenced (`1C007`); ranges are expanded into one record per code. */
  to: z.string().min(1),
  /** The sub-paragraph named, when the reference names one (`1C007.c`). */
  toPart: z.string().nullable(),
  kind: ReferenceKind,
  /** The phrase the reference was read from. */
  text: z.string().min(1),
});
export type ReferenceRecord = z.infer<typeof ReferenceRecord>;

export const SupportRecord = z.object({
  /** The D (software) or E (technology) entry. */
  from: z.string().min(1),
  /** The hardware entry served. */
  to: z.string().min(1),
  toPart: z.string().nullable(),
  /**
   * Of a whole-entry target, the paragraphs a bracket right after it leaves out: 9E515.a "… commodities controlled by
   * ECCN 9A515 (except 9A515.a.1, a.2, a.3, a.4, .b, .d, .e, or .g)". Absent when none are.
   */
  exceptParts: z.array(z.string()).optional(),
  phase: Phase,
  text: z.string().min(1),
});
export type SupportRecord = z.infer<typeof SupportRecord>;

/** A source record that was not loaded, or loaded after repair, and why. */
export const SourceIssue = z.object({
  record: z.string(),
  problem: z.string(),
  action: z.enum(['REPAIRED', 'FLAGGED', 'SKIPPED']),
});
export type SourceIssue = z.infer<typeof SourceIssue>;

export const ParsedList = z.object({
  list: ControlListRecord,
  entries: z.array(EntryRecord),
  attributions: z.array(AttributionRecord),
  reasons: z.array(ReasonRecord),
  references: z.array(ReferenceRecord),
  supports: z.array(SupportRecord),
  issues: z.array(SourceIssue),
});
export type ParsedList = z.infer<typeof ParsedList>;
