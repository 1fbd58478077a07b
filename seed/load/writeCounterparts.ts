// Derives, after a list is written, whether each of its entries has a counterpart in the other national lists:
// the same-code comparisons (seed/enrich/counterparts.ts) and, where there is no agreeing one, the sources' reason.
// One write transaction per list; it clears what it derived before, so running it again gives the same graph.
import { z } from 'zod';
import { runRows, type Executor } from '../../src/db/executor.js';
import { cypher } from '../../src/db/queries.js';
import { compareSameCode, noCounterpartReason, nuclearLicensingNotes, renumberedCounterpart, type ComparableEntry, type SameCodeComparison, type Verdict } from '../enrich/counterparts.js';

/** Bump when the rules change, so that lists derived with older rules are derived again on the next import. */
export const COUNTERPART_RULES_VERSION = 13;

const InputEntry = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  text: z.string(),
  category: z.number().int().nullable(),
  itar: z.boolean(),
  values: z.array(
    z.object({
      parameter: z.string(),
      comparator: z.string(),
      value: z.number(),
      valueMax: z.number().nullable(),
      unit: z.string().nullable().transform((u) => u ?? ''),
      baseValue: z.number(),
      baseValueMax: z.number().nullable(),
      baseUnit: z.string(),
      part: z.string().nullable(),
    }),
  ),
});
const InputList = z.object({ listId: z.string(), jurisdiction: z.string(), isThisList: z.boolean(), entries: z.array(InputEntry) });

export interface CounterpartResult {
  status: 'derived' | 'unchanged';
  pairs: number;
  verdicts: Record<Verdict, number>;
  noCounterpart: number;
}

type Entry = ComparableEntry & { id: string };

export async function deriveCounterparts(executor: Executor, listId: string, options: { force?: boolean } = {}): Promise<CounterpartResult> {
  const verdicts: Record<Verdict, number> = { AGREES: 0, DIVERGES: 0, UNCERTAIN: 0, CONTROLLED_ELSEWHERE: 0 };
  const [status] = await executor.read('import/counterparts-status', { listId });
  if (!options.force && status?.version === COUNTERPART_RULES_VERSION) return { status: 'unchanged', pairs: 0, verdicts, noCounterpart: 0 };

  const lists = (await executor.read('import/counterparts-inputs', { listId })).map((row) => {
    const list = InputList.parse(row);
    return { ...list, entries: list.entries.map((e): Entry => ({ ...e, jurisdiction: list.jurisdiction })) };
  });
  const self = lists.find((l) => l.isThisList);
  const pairs: object[] = [];
  const reasons: object[] = [];
  for (const other of self ? lists.filter((l) => !l.isThisList) : []) {
    if (!self) break;
    const otherByCode = new Map(other.entries.map((e) => [e.code, e]));
    const comparedOf = new Map<string, SameCodeComparison[]>();
    for (const entry of self.entries) {
      const counterpart = otherByCode.get(entry.code);
      if (!counterpart) continue;
      const comparison = compareSameCode(entry, counterpart);
      verdicts[comparison.verdict] += 1;
      pairs.push({ from: entry.id, to: counterpart.id, ...comparison });
      comparedOf.set(entry.id, [comparison]);
      comparedOf.set(counterpart.id, [comparison]);
    }
    // Each side's reasons cite the *other* list's words (e.g. the CCL's NRC/DOE notes for an EU Category 0 entry).
    const sides = [
      [self, other],
      [other, self],
    ] as const;
    for (const [side, against] of sides) {
      const notes = against.jurisdiction === 'US' ? nuclearLicensingNotes(against.entries) : [];
      for (const entry of side.entries) {
        const compared = comparedOf.get(entry.id) ?? [];
        const renumbered = compared.some((c) => c.verdict === 'AGREES') ? null : renumberedCounterpart(entry, against.entries);
        const reason = noCounterpartReason(entry, { id: against.listId, jurisdiction: against.jurisdiction }, compared, notes, renumbered);
        if (reason) reasons.push({ entry: entry.id, list: against.listId, ...reason });
      }
    }
  }

  await executor.writeTransaction(`import:counterparts:${listId}`, async (tx) => {
    await runRows(tx, cypher('import/counterparts-clear'), { listId });
    if (pairs.length) await runRows(tx, cypher('import/counterparts'), { rows: pairs });
    if (reasons.length) await runRows(tx, cypher('import/counterparts-reasons'), { rows: reasons });
    await runRows(tx, cypher('import/counterparts-mark'), { listId, version: COUNTERPART_RULES_VERSION });
    await runRows(tx, cypher('import/dataset-touch'), {});
  });
  return { status: 'derived', pairs: pairs.length, verdicts, noCounterpart: reasons.length };
}
