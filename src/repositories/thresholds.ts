// The thresholds a comparison reads: the entries of a technology area (or the named codes) with their placed
// thresholds and the regimes each belongs to, and the technology area itself, in one consistent read with the
// report's basis.
import { z } from 'zod';
import { RegimeCode } from '../domain/vocabulary.js';
import type { Executor, Snapshot } from '../db/executor.js';
import type { ReportBasis, TechnologyRef } from '../domain/facts.js';
import { readWithinList, type UnknownList } from './lists.js';
import { reportBasis } from './reportBasis.js';
import { EntryRefRow, TechnologyRefRow, ThresholdValueRow } from './rows.js';

const PlacedRow = ThresholdValueRow.extend({
  id: z.string(),
  paragraph: z.string().nullable(),
  part: EntryRefRow.nullable(),
  role: z.enum(['CONTROL', 'EXCLUSION', 'NOTE']),
  source: z.enum(['ITEM_TEXT', 'REASON_ROW']),
  regime: RegimeCode.nullable(),
  reason: z.string().nullable(),
  clause: z.string(),
  rule: z.string(),
  baseUnit: z.string().nullable(),
  baseValue: z.number().nullable(),
  baseValueMax: z.number().nullable(),
  // Derived at import, each regime once per way (seed/enrich/thresholdBelonging.ts).
  belongsTo: z.array(z.object({ regime: RegimeCode, via: z.enum(['REASON_ROW', 'PARAGRAPH', 'WHOLE_ENTRY', 'CONDITIONAL_PARAGRAPH']), condition: z.string().nullable() })),
});
const EntryThresholdsRow = z.object({
  entry: EntryRefRow,
  entryRegimes: z.array(RegimeCode),
  /** The paragraphs a technology area covers in the entry, when only some (the thresholds are theirs); else null. */
  areaParts: z.array(z.string()).nullable(),
  thresholds: z.array(PlacedRow),
});
/** An entry with its placed thresholds and the regimes it is attributed to. */
export type EntryThresholds = z.infer<typeof EntryThresholdsRow>;

export interface ThresholdParams {
  regimes: string[];
  list: string | null;
  technology: string | null;
  codes: string[];
}

export interface ThresholdRows {
  basis: ReportBasis;
  entries: EntryThresholds[];
  /** The technology area asked for; null when none was asked for, or there is none with that id. */
  technology: TechnologyRef | null;
}

export async function readThresholdRows(executor: Executor, { regimes, list, technology, codes }: ThresholdParams): Promise<Snapshot<ThresholdRows> | UnknownList> {
  const read = await readWithinList(executor, 'thresholds', list, (tx) =>
    Promise.all([
      reportBasis(tx, list),
      tx.read('reports/threshold-comparison', { regimes, list, technology, codes }),
      technology === null ? Promise.resolve([]) : tx.read('reports/threshold-technology', { id: technology }),
    ]),
  );
  if (!('result' in read)) return read;
  const [basis, rows, technologies] = read.result;
  const area = technologies[0] === undefined ? null : TechnologyRefRow.parse(technologies[0]);
  // Each entry's thresholds in the order they were read from its text (ids `…#1`, `…#2`): the reports and their words
  // then say things in reading order, whatever order the store returns them in.
  const entries = rows.map((row) => EntryThresholdsRow.parse(row)).map((e) => ({ ...e, thresholds: [...e.thresholds].sort((a, b) => readingOrder(a.id) - readingOrder(b.id)) }));
  return { version: read.version, result: { basis, entries, technology: area } };
}

function readingOrder(id: string): number {
  return Number(/#(\d+)$/.exec(id)?.[1] ?? Number.MAX_SAFE_INTEGER);
}
