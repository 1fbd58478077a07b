// Applies the technology taxonomy to every entry in the graph, in one transaction: the areas are merged,
// areas no longer in the file are removed, and every CONTROLS edge is recomputed with its evidence.
import { runRows, type Executor } from '../../src/db/executor.js';
import { cypher } from '../../src/db/queries.js';
import { assignTechnologies, type Taxonomy } from '../enrich/technologies.js';

export function technologyRows(taxonomy: Taxonomy) {
  return taxonomy.areas.map((a) => ({ id: a.id, name: a.name, description: a.description, regimes: a.regimes }));
}

export async function writeTechnologies(executor: Executor, taxonomy: Taxonomy): Promise<{ areas: number; assignments: number }> {
  const entries = await executor.read('import/entry-texts', {}, 'import:technologies');
  const controls = entries.flatMap((row) => {
    const parts = (row.parts as Array<{ code: string; text: string | null }>).map((p) => ({ code: p.code, text: p.text ?? '' }));
    const entry = { code: String(row.code), title: String(row.title ?? ''), text: String(row.text ?? ''), group: (row.group as string | null) ?? null, parts };
    return assignTechnologies(entry, taxonomy).map((a) => ({ entry: row.id, technology: a.technologyId, ruleId: a.ruleId, evidence: a.evidence, parts: a.parts }));
  });
  const rows = technologyRows(taxonomy);
  await executor.writeTransaction('import:technologies', async (tx) => {
    await runRows(tx, cypher('import/technologies'), { rows });
    await runRows(tx, cypher('import/technologies-obsolete'), { ids: rows.map((r) => r.id) });
    await runRows(tx, cypher('import/controls-clear'), {});
    for (let i = 0; i < controls.length; i += 2_000) await runRows(tx, cypher('import/controls'), { rows: controls.slice(i, i + 2_000) });
    await runRows(tx, cypher('import/dataset-touch'), {});
  });
  return { areas: rows.length, assignments: controls.length };
}
