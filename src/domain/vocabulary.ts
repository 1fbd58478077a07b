// The words of the domain, written once: regimes, product groups, phases, attribution bases, entry kinds,
// participation statuses and views. The importers (seed/) and the service (src/) both take them from here;
// each zod schema is derived from its const array, so a new value is added in one place.
import { z } from 'zod';

/** The regimes the lists encode, in display order: the four multilateral regimes and the CWC. */
export const REGIME_CODES = ['WA', 'MTCR', 'NSG', 'AG', 'CWC'] as const;
export const RegimeCode = z.enum(REGIME_CODES);
export type RegimeCode = z.infer<typeof RegimeCode>;

/**
 * The four multilateral export-control regimes: the CWC is a treaty, not a suppliers' regime, so the base reports
 * and the membership matrix leave it out unless asked for.
 */
export const MULTILATERAL_REGIMES = REGIME_CODES.filter((code): code is Exclude<RegimeCode, 'CWC'> => code !== 'CWC');

/** The letter of an EU or US code: A systems and equipment, B test and production equipment, C materials, D software, E technology. */
export const PRODUCT_GROUPS = ['A', 'B', 'C', 'D', 'E'] as const;
export const ProductGroup = z.enum(PRODUCT_GROUPS);
export type ProductGroup = z.infer<typeof ProductGroup>;

/**
 * The phases software and technology serve hardware for ("operation, installation, maintenance, repair …" are use).
 * The first three are the General Technology Note's; disposal is not one of them, yet the CCL controls technology for
 * it (1E351 "“Technology” according to the “General Technology Note” for the disposal of chemicals or microbiological
 * materials controlled by 1C350, 1C351, 1C353, or 1C354").
 */
export const PHASES = ['development', 'production', 'use', 'disposal'] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

/** How an entry came to be attributed to a regime: its code's origin, a US reason for control, or the regime's own list. */
export const ATTRIBUTION_BASES = ['CODE_ORIGIN', 'REASON_FOR_CONTROL', 'REGIME_LIST'] as const;
export const AttributionBasis = z.enum(ATTRIBUTION_BASES);
export type AttributionBasis = z.infer<typeof AttributionBasis>;

/** ENTRY: a top-level list entry (an ECCN, an EU code, a regime item). PART: a sub-paragraph (.a, .a.1). */
export const ENTRY_KINDS = ['ENTRY', 'PART'] as const;
export const EntryKind = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKind>;

/** REGIME: a regime's own numbering (MTCR Annex, NSG Parts 1 and 2). NATIONAL: a list that implements regimes (CCL, EU Annex I). */
export const LIST_KINDS = ['NATIONAL', 'REGIME'] as const;
export const ListKind = z.enum(LIST_KINDS);
export type ListKind = z.infer<typeof ListKind>;

/** How a state takes part in a regime, in the sources' words (the graph stores them so; the API spells them in capitals). */
export const PARTICIPATION_STATUSES = ['member', 'adherent', 'observer'] as const;
export const ParticipationStatus = z.enum(PARTICIPATION_STATUSES);
export type ParticipationStatus = z.infer<typeof ParticipationStatus>;
/** The statuses as the API and its queries spell them: MEMBER, ADHERENT, OBSERVER. */
export const PARTICIPATION_STATUS_NAMES = PARTICIPATION_STATUSES.map((status) => status.toUpperCase() as Uppercase<ParticipationStatus>);

/** REGIME: the regime's own roster. US_COUNTRY_GROUP: the US EAR country groups' view of it. */
export const PARTICIPATION_VIEWS = ['REGIME', 'US_COUNTRY_GROUP'] as const;
export const ParticipationView = z.enum(PARTICIPATION_VIEWS);
export type ParticipationView = z.infer<typeof ParticipationView>;

