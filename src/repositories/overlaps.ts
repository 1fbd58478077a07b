// The rows of an overlap report as read: entries attributed to every regime asked, the count of such parts,
// cross-regime references and shared technology areas, and the technology areas all of them control with their
// thresholds, in one consistent read with the report's basis. A section not asked for is not read (it is empty).
import { z } from 'zod';
import type { Executor, Snapshot } from '../db/executor.js';
import type { ReportBasis } from '../domain/facts.js';
import { RegimeCode } from '../domain/vocabulary.js';
import { readWithinList, type UnknownList } from './lists.js';
import { reportBasis } from './reportBasis.js';
import { AttributionRow, Count, EntryRefRow, TechnologyRefRow, ThresholdRow } from './rows.js';

const Regime = RegimeCode;
const SharedRow = z.object({ entry: EntryRefRow, attributions: z.array(AttributionRow) });
const LinkRow = z.object({ from: EntryRefRow, fromRegime: Regime, to: EntryRefRow, toRegime: Regime, evidence: z.string() });
const TechnologyRow = z.object({
  technology: TechnologyRefRow,
  regimes: z.array(z.object({ regime: Regime, entries: z.array(z.object({ entry: EntryRefRow, thresholds: z.array(ThresholdRow) })) })),
});

/** The sections of the report that cost a statement each. */
export interface OverlapSections {
  sharedEntries: boolean;
  sharedPartCount: boolean;
  links: boolean;
  technologies: boolean;
}

export interface OverlapRows {
  basis: ReportBasis;
  shared: z.infer<typeof SharedRow>[];
  sharedPartCount: number;
  references: z.infer<typeof LinkRow>[];
  sharedTechnology: z.infer<typeof LinkRow>[];
  technologies: z.infer<typeof TechnologyRow>[];
}

export interface OverlapParams {
  regimes: string[];
  list: string | null;
  category: number | null;
}

export async function readOverlapRows(executor: Executor, { regimes, list, category }: OverlapParams, sections: OverlapSections): Promise<Snapshot<OverlapRows> | UnknownList> {
  const params = { regimes, list, category };
  const none = Promise.resolve([] as Record<string, unknown>[]);
  const read = await readWithinList(executor, 'overlap', list, (tx) =>
    Promise.all([
      reportBasis(tx, list),
      sections.sharedEntries ? tx.read('reports/overlap-shared', params) : none,
      sections.sharedPartCount ? tx.read('reports/overlap-shared-parts', params) : none,
      sections.links ? tx.read('reports/overlap-references', params) : none,
      sections.links ? tx.read('reports/overlap-shared-technology', params) : none,
      sections.technologies ? tx.read('reports/overlap-technologies', params) : none,
    ]),
  );
  if (!('result' in read)) return read;
  const [basis, shared, sharedParts, references, sharedTechnology, technologies] = read.result;
  return {
    version: read.version,
    result: {
      basis,
      shared: shared.map((row) => SharedRow.parse(row)),
      sharedPartCount: Count.parse(sharedParts[0]?.total ?? 0),
      references: references.map((row) => LinkRow.parse(row)),
      sharedTechnology: sharedTechnology.map((row) => LinkRow.parse(row)),
      technologies: technologies.map((row) => TechnologyRow.parse(row)),
    },
  };
}
