// The graph's facts as every read returns them: an entry named by summary, an attribution, a threshold, a technology
// area, and the lists and data version a report is computed from. Repositories parse rows into these; reports build on them.
import type { AttributionBasis, ProductGroup, RegimeCode } from './vocabulary.js';

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
  /** On an entry: WHOLE_ENTRY, WHOLE_EXCEPT, PARTS, SERVED_ITEMS or PARAMETERS; null on a part. */
  coverage: 'WHOLE_ENTRY' | 'WHOLE_EXCEPT' | 'PARTS' | 'SERVED_ITEMS' | 'PARAMETERS' | null;
  parts: string[];
  exceptParts: string[];
  /** On a software or technology entry with coverage SERVED_ITEMS: the entries and paragraphs its rows name as served. */
  servedItems: string[];
  /** Of servedItems, those the rows' words narrow ("… valves controlled by 2A226 having the characteristics of …"). */
  conditionalItems: string[];
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
  /** Where it sits and what it is (decision 0010), when the query loads them. */
  paragraph?: string | null;
  part?: EntryRef | null;
  role?: 'CONTROL' | 'EXCLUSION' | 'NOTE' | null;
  source?: 'ITEM_TEXT' | 'REASON_ROW' | null;
  regime?: RegimeCode | null;
  reason?: string | null;
  clause?: string | null;
  rule?: string | null;
  /** The regimes the value belongs to, each with how (derived at import: seed/enrich/thresholdBelonging.ts). */
  belongsTo?: { regime: RegimeCode; via: 'REASON_ROW' | 'PARAGRAPH' | 'WHOLE_ENTRY' | 'CONDITIONAL_PARAGRAPH'; condition: string | null }[] | null;
}

export interface TechnologyRef {
  id: string;
  name: string;
}

/** A list a report was computed from: its id, title, source version and the sha256 of the source file loaded. */
export interface ReportList {
  id: string;
  title: string;
  version: string;
  sha256: string;
}

/** The data a report was computed from: the lists (with versions) and the graph's data version. */
export interface ReportBasis {
  generatedAt: string;
  dataVersion: number;
  lists: ReportList[];
}
