// The lists and data version a report is computed from; read in the report's own transaction.
import { z } from 'zod';
import type { Reader } from '../db/executor.js';
import type { ReportBasis } from '../domain/facts.js';

const BasisRow = z.object({ dataVersion: z.number().int(), lists: z.array(z.object({ id: z.string(), title: z.string(), version: z.string(), sha256: z.string() })) });

export async function reportBasis(reader: Reader, list: string | null, nationalOnly = false): Promise<ReportBasis> {
  const [row] = await reader.read('reports/basis', { list, nationalOnly });
  const parsed = BasisRow.parse(row ?? { dataVersion: 0, lists: [] });
  return { generatedAt: new Date().toISOString(), dataVersion: parsed.dataVersion, lists: parsed.lists };
}
