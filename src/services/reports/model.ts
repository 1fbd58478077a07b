// The shapes of the analysis reports (overlap, gaps, ITT coverage, membership gaps), shared by the GraphQL
// resolvers, the CSV/Markdown exports and the CLI. Every row carries the evidence that makes it a row.
import type { AttributionBasis, Phase, ProductGroup, RegimeCode } from '../../domain/vocabulary.js';
import type { AttributionFact, EntryRef, ReportBasis, TechnologyRef, ThresholdFact } from '../../domain/facts.js';

export type { AttributionBasis, Phase, ProductGroup, RegimeCode };
export type { AttributionFact, EntryRef, ReportBasis, ReportList, TechnologyRef, ThresholdFact } from '../../domain/facts.js';

// ---- overlap -------------------------------------------------------------------------------

export interface SharedEntry {
  entry: EntryRef;
  /** One or more attributions per regime asked about, each with its scope. */
  attributions: AttributionFact[];
}

export interface CrossRegimeLink {
  from: EntryRef;
  fromRegime: RegimeCode;
  to: EntryRef;
  toRegime: RegimeCode;
  /** REFERENCE: `from` names `to` in its text. SHARED_TECHNOLOGY: both fall in the same technology area. */
  kind: 'REFERENCE' | 'SHARED_TECHNOLOGY';
  /** The referencing words, or the technology areas shared. */
  evidence: string;
}

export interface RegimeEntries {
  regime: RegimeCode;
  entries: { entry: EntryRef; thresholds: ThresholdFact[] }[];
}

export interface ThresholdComparison {
  /** The list whose entries give the values: values of different lists are never compared. */
  list: string;
  /** The entry whose values are compared: different entries control different items, so they are never ranked. */
  entry: EntryRef;
  parameter: string;
  unit: string;
  /** AT_LEAST: control starts above the value (a lower value controls more, so it is stricter). AT_MOST: the reverse. */
  direction: 'AT_LEAST' | 'AT_MOST';
  values: { regime: RegimeCode; entry: EntryRef; threshold: ThresholdFact; strictest: boolean }[];
  /** Regimes holding the strictest value; all of them when the values are equal. */
  strictestRegimes: RegimeCode[];
}

export interface TechnologyOverlap {
  technology: TechnologyRef;
  regimes: RegimeEntries[];
  comparisons: ThresholdComparison[];
}

export interface OverlapReport extends ReportBasis {
  regimes: RegimeCode[];
  list: string | null;
  category: number | null;
  sharedEntries: SharedEntry[];
  /** Parts attributed to every regime, each by its own attribution (0 when the section was not read). */
  sharedPartCount: number;
  links: CrossRegimeLink[];
  technologies: TechnologyOverlap[];
}

// ---- gaps ----------------------------------------------------------------------------------

export type { CoverageEvidence, CoverageStatus } from '../../domain/coverage.js';
import type { CoverageEvidence, CoverageStatus } from '../../domain/coverage.js';

/** An entry of the examined regime with its coverage by the other regime, within its own list. */
export interface CoverageRow {
  entry: EntryRef;
  status: CoverageStatus;
  /** The entry's attributions to the examined regime. */
  attributions: AttributionFact[];
  /** The paragraphs that are the examined regime's (the entry code when they cannot be told apart). */
  units: string[];
  coveredUnits: string[];
  partialUnits: string[];
  /** The units with no evidence at all. */
  uncoveredUnits: string[];
  /** For a CCL software or technology entry: what its rows for the examined regime serve, and what of it no row for the other regime names. */
  servedItems: string[];
  servedItemsUncovered: string[];
  evidence: CoverageEvidence[];
}

export interface GapRow extends CoverageRow {
  technologies: TechnologyRef[];
  /** Technology areas the entry shares with an entry of the other regime in the same list: a lead, not coverage. */
  hints: TechnologyRef[];
  /** Why this is a gap, in words. */
  reason: string;
}

export interface GapGroup {
  category: number | null;
  /** null: the entries that fall in no technology area. */
  technology: TechnologyRef | null;
  rows: GapRow[];
}

/** An entry the list names but does not control itself (an ITAR placeholder): neither regime hardware nor a gap. */
export interface ElsewhereRow {
  entry: EntryRef;
  controlledBy: string;
  /** The source's words. */
  evidence: string;
}

export interface GapReport extends ReportBasis {
  /** The regime whose entries are listed. */
  regime: RegimeCode;
  /** The regime that does not cover them. */
  against: RegimeCode;
  list: string | null;
  category: number | null;
  /** The number of gap rows. */
  total: number;
  groups: GapGroup[];
  /** Entries covered in part, each with the evidence and the units left uncovered. */
  partial: CoverageRow[];
  /** Entries covered, each with the evidence that covers them. */
  covered: CoverageRow[];
  elsewhere: ElsewhereRow[];
}

// ---- ITT coverage --------------------------------------------------------------------------

export interface CoveringEntry {
  entry: EntryRef;
  kind: 'SOFTWARE' | 'TECHNOLOGY';
  /** Every phase it serves the hardware for. */
  phases: Phase[];
  /** The phases for which it counts for the regime (its row or code ties it to the regime for those). */
  regimePhases: Phase[];
  /** Whether it counts for the regime for this hardware. */
  countsForRegime: boolean;
  /** The rule (ITT_ROW, ITT_WHOLE_ROW, ITT_ROW_PARAGRAPH, ITT_REASON_ROW, ITT_CODE_ORIGIN, ITT_EU_GROUP, ITT_EU_NAMED) and the words that tie it to the regime; null when nothing does. */
  tie: { rule: string; words: string } | null;
  /** Whether the software/technology entry is attributed to the regime at all (by any basis). */
  attributedToRegime: boolean;
  /** The words that tie it to the hardware. */
  evidence: string;
  /** The hardware's paragraphs it names ("9A106.d or .e"); empty when it names the whole entry. */
  parts: string[];
}

export interface HardwareCoverage {
  entry: EntryRef;
  coveredBy: CoveringEntry[];
  /** Technology phases covered for the regime (the ITT question is about technology). */
  phases: Phase[];
  /** Software phases covered for the regime. */
  softwarePhases: Phase[];
  /** True when a technology entry counting for the regime serves this hardware. */
  covered: boolean;
  technologyCovered: boolean;
  softwareCovered: boolean;
  /** When the technology counting for the regime names only paragraphs of the hardware: those paragraphs; else empty. */
  technologyParts: string[];
  /** The same for software. */
  softwareParts: string[];
  /** Each kind and phase covered, with the paragraphs its counting entries name ([] when one serves the whole entry). */
  phaseParts: PhaseParts[];
}

export interface PhaseParts {
  kind: 'SOFTWARE' | 'TECHNOLOGY';
  phase: Phase;
  parts: string[];
}

export interface CoverageSummary {
  hardware: number;
  /** Hardware whose technology is covered for the regime. */
  covered: number;
  /** covered / hardware, 0 when there is no hardware. */
  ratio: number;
  technologyCovered: number;
  softwareCovered: number;
  /** Of the technology-covered hardware, how many are covered only in some paragraphs. */
  technologyCoveredInPart: number;
  /** Hardware with technology covered for each phase. */
  development: number;
  production: number;
  use: number;
  /** Hardware with software covered for each phase. */
  softwareDevelopment: number;
  softwareProduction: number;
  softwareUse: number;
}

export interface IttCoverageReport extends ReportBasis {
  regime: RegimeCode;
  list: string | null;
  category: number | null;
  hardware: HardwareCoverage[];
  uncovered: EntryRef[];
  summary: CoverageSummary;
  byCategory: { category: number | null; summary: CoverageSummary }[];
  byTechnology: { technology: TechnologyRef; summary: CoverageSummary }[];
}
