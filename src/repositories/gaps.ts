// The rows of a gap report as read: each entry of the examined regime with the coverage derived at import, and the
// ITAR placeholders of the lists, in one consistent read with the report's basis.
import { z } from 'zod';
import type { Executor, Snapshot } from '../db/executor.js';
import { COVERAGE_RULES } from '../domain/coverage.js';
import type { ReportBasis } from '../domain/facts.js';
import { readWithinList, type UnknownList } from './lists.js';
import { reportBasis } from './reportBasis.js';
import { AttributionRow, EntryRefRow, TechnologyRefRow } from './rows.js';

const Evidence = z.object({
  kind: z.enum(['ATTRIBUTION', 'REFERENCE', 'SUPPORT']),
  parts: z.array(z.string()),
  other: z.string().nullable(),
  words: z.string(),
  rule: z.enum(Object.keys(COVERAGE_RULES) as [keyof typeof COVERAGE_RULES, ...Array<keyof typeof COVERAGE_RULES>]),
});

const CoverageCandidateRow = z.object({
  entry: EntryRefRow,
  coverage: z.object({
    status: z.enum(['COVERED', 'PARTIAL', 'GAP']),
    units: z.array(z.string()),
    coveredUnits: z.array(z.string()),
    partialUnits: z.array(z.string()),
    servedItems: z.array(z.string()).default([]),
    servedItemsUncovered: z.array(z.string()).default([]),
    evidence: z.array(z.string().transform((json) => Evidence.parse(JSON.parse(json)))),
  }),
  attributions: z.array(AttributionRow),
  technologies: z.array(TechnologyRefRow),
  /** For a gap row: the entry's own rows for the other regime, which reach other items than the examined ones. */
  againstRows: z.array(z.string()).default([]),
  /** For a gap row: software or technology entries of the other regime's numbering that name it (EU group wording). */
  againstServing: z.array(z.string()).default([]),
  againstWholeRows: z.array(z.object({ code: z.string(), words: z.string() })).default([]),
  /** For a gap row: entries of the other regime it names as what it is used in or with, and the words that do. */
  againstNamed: z.array(z.object({ code: z.string(), words: z.string() })).default([]),
  hints: z.array(TechnologyRefRow),
});
/** An entry of the examined regime with its coverage by the other regime, as derived at import. */
export type CoverageCandidate = z.infer<typeof CoverageCandidateRow>;

const PlaceholderRow = z.object({ entry: EntryRefRow, scope: z.string() });
/** An entry a list names but controls elsewhere (an ITAR placeholder). */
export type Placeholder = z.infer<typeof PlaceholderRow>;

export interface GapRows {
  basis: ReportBasis;
  candidates: CoverageCandidate[];
  placeholders: Placeholder[];
}

export interface GapParams {
  regime: string;
  against: string;
  list: string | null;
  category: number | null;
}

/** One consistent read: the basis, the rows and the ITAR placeholders are of the same data version. */
export async function readGapRows(executor: Executor, { regime, against, list, category }: GapParams): Promise<Snapshot<GapRows> | UnknownList> {
  const params = { regime, against, list, category };
  const read = await readWithinList(executor, 'gaps', list, (tx) =>
    Promise.all([reportBasis(tx, list), tx.read('reports/gaps', params), tx.read('reports/gaps-elsewhere', params)]),
  );
  if (!('result' in read)) return read;
  const [basis, rows, elsewhere] = read.result;
  const candidates = rows.map((row) => CoverageCandidateRow.parse(row));
  return { version: read.version, result: { basis, candidates, placeholders: elsewhere.map((row) => PlaceholderRow.parse(row)) } };
}
