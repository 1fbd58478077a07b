// Loads regime participation, one view at a time, in one transaction: the view's old facts are replaced whole.
import { runRows, type Executor } from '../../src/db/executor.js';
import { cypher } from '../../src/db/queries.js';
import type { MembershipRecord } from '../sources/memberships.js';
import { REGIMES } from './regimes.js';

export async function writeMemberships(executor: Executor, records: MembershipRecord[]): Promise<Record<string, number>> {
  const views = [...new Set(records.map((r) => r.view))];
  const rows = records.map((r) => ({ ...r, status: r.status.toUpperCase() }));
  await executor.writeTransaction('import:memberships', async (tx) => {
    await runRows(tx, cypher('import/regimes'), { rows: REGIMES });
    for (const view of views) await runRows(tx, cypher('import/memberships-clear'), { view });
    await runRows(tx, cypher('import/memberships'), { rows });
    await runRows(tx, cypher('import/dataset-touch'), {});
  });
  const counts: Record<string, number> = {};
  for (const r of records) counts[`${r.view}:${r.regime}`] = (counts[`${r.view}:${r.regime}`] ?? 0) + 1;
  return counts;
}
