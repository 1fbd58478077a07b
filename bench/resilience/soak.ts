// Soak: many clients for a while, on questions the cache answers and on varied ones it cannot; every answer must
// be a 200 without errors. Reports p50/p99 and the service's heap after a forced garbage collection, run after run.
import { describeLoad, errorCodes, runLoad, type LoadResult } from './load.js';
import { FIXED, FIXED_LABELS, varied } from './questions.js';

export interface SoakFigures {
  name: string;
  clients: number;
  result: LoadResult;
  errors: number;
}

const judge = (_ask: unknown, answer: { status: number; text: string; failure?: string }) => {
  if (answer.failure) return `no answer (${answer.failure})`;
  if (answer.status !== 200) return `HTTP ${answer.status} ${errorCodes(answer as never).join('+')}`;
  const codes = errorCodes(answer as never);
  return codes.length === 0 ? 'ok' : `error ${codes.join('+')}`;
};

export async function soak(base: string, clients: number, seconds: number, cached: boolean, log: (line: string) => void): Promise<SoakFigures> {
  const name = `${cached ? 'cached' : 'uncached'}, ${clients} client${clients === 1 ? '' : 's'}, ${seconds} s`;
  const result = await runLoad({
    base,
    clients,
    seconds,
    next: (client, n) => (cached ? (FIXED[FIXED_LABELS[(client + n) % FIXED_LABELS.length] as string] as never) : varied(client, n)),
    judge,
  });
  const errors = result.requests - (result.outcomes.ok ?? 0);
  log(`  soak ${name}: ${describeLoad(result)}`);
  return { name, clients, result, errors };
}
