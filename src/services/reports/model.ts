// The shapes of the analysis reports (overlap, gaps, ITT coverage, membership gaps), shared by the GraphQL
// resolvers, the CSV/Markdown exports and the CLI. Every row carries the evidence that makes it a row.
import type { AttributionBasis, Phase, ProductGroup, RegimeCode } from '../../../seed/model.js';

export type { AttributionBasis, Phase, ProductGroup, RegimeCode };

/** An entry as reports name it; the GraphQL Entry type resolves the rest (text, links) from its id. */
export interface EntryRef {
  /** `<list id>:<code>`, e.g. `us-ccl@ecfr-2026:1C001`. */
  id: string;
  listId: string;
  code: string;
  title: string;
  category: number | null;
  group: ProductGroup | null;
  kind: 'ENTRY' | 'PART';
}

export interface AttributionFact {
  regime: RegimeCode;
  basis: AttributionBasis;
  /** The source's own words. */
  scope: string;
  wholeEntry: boolean;
  column: string | null;
  /** On an entry: WHOLE_ENTRY, WHOLE_EXCEPT, PARTS or PARAMETERS; null on a part. */
  coverage: 'WHOLE_ENTRY' | 'WHOLE_EXCEPT' | 'PARTS' | 'PARAMETERS' | null;
  parts: string[];
  exceptParts: string[];
  conditional: boolean;
  /** On a part: how its entry's statement reaches it; null on an entry. */
  via: 'WHOLE_ENTRY' | 'NAMED' | 'WHOLE_EXCEPT' | 'CHILDREN' | null;
  /** Rule ids (src/domain/attribution.ts). */
  rules: string[];
}

export interface ThresholdFact {
  parameter: string;
  comparator: '>=' | '>' | '<=' | '<' | '=' | 'range';
  value: number;
  valueMax: number | null;
  unit: string;
  phrase: string;
}

export interface TechnologyRef {
  id: string;
  name: string;
}

/** The data a report was computed from: the lists (with versions) and the graph's data version. */
export interface ReportBasis {
  generatedAt: string;
  dataVersion: number;
  lists: { id: string; title: string; version: string }[];
}

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
  phases: Phase[];
  /** Whether the software/technology entry is itself attributed to the regime. */
  attributedToRegime: boolean;
  /** The words that tie it to the hardware. */
  evidence: string;
}

export interface HardwareCoverage {
  entry: EntryRef;
  coveredBy: CoveringEntry[];
  /** Phases covered by entries attributed to the regime. */
  phases: Phase[];
  /** True when a software or technology entry attributed to the regime covers this hardware. */
  covered: boolean;
}

export interface CoverageSummary {
  hardware: number;
  covered: number;
  /** covered / hardware, 0 when there is no hardware. */
  ratio: number;
  development: number;
  production: number;
  use: number;
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
