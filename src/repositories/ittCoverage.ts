// The rows of an ITT coverage report as read: each hardware entry of the regime with the software and technology
// entries that serve it (phases, parts, the row or code that ties each to the regime), in one consistent read with
// the report's basis (national lists only).
import { z } from 'zod';
import { PHASES } from '../domain/vocabulary.js';
import type { Executor, Snapshot } from '../db/executor.js';
import type { ReportBasis } from '../domain/facts.js';
import { readWithinList, type UnknownList } from './lists.js';
import { reportBasis } from './reportBasis.js';
import { EntryRefRow, TechnologyRefRow } from './rows.js';

const Reach = z.object({ phase: z.enum(PHASES), parts: z.string() });

const HardwareRow = z.object({
  entry: EntryRefRow,
  coveredBy: z.array(
    z.object({
      entry: EntryRefRow,
      phases: z.array(z.enum(PHASES)),
      regimePhases: z.array(z.enum(PHASES)),
      evidence: z.string(),
      /** Per link, the phase and the paragraphs it reaches, space-separated ('' for the whole entry). */
      reach: z.array(Reach),
      /** The same for the links counting for the regime, as far as their tie reaches. */
      regimeReach: z.array(Reach),
      tieRule: z.string().nullable(),
      tieWords: z.string().nullable(),
      attributedToRegime: z.boolean(),
    }),
  ),
  technologies: z.array(TechnologyRefRow),
  /** The hardware's paragraphs that are the regime's (its gap units), or the entry's code when it has none. */
  regimeUnits: z.array(z.string()),
});
/** A hardware entry with the software and technology entries that serve it, as read. */
export type ServedHardware = z.infer<typeof HardwareRow>;

export interface IttParams {
  regime: string;
  list: string | null;
  category: number | null;
}

export async function readIttCoverageRows(executor: Executor, { regime, list, category }: IttParams): Promise<Snapshot<{ basis: ReportBasis; hardware: ServedHardware[] }> | UnknownList> {
  const read = await readWithinList(executor, 'ittCoverage', list, (tx) =>
    Promise.all([reportBasis(tx, list, true), tx.read('reports/itt-coverage', { regime, list, category })]),
  );
  if (!('result' in read)) return read;
  const [basis, rows] = read.result;
  return { version: read.version, result: { basis, hardware: rows.map((row) => HardwareRow.parse(row)) } };
}
