// kill -9 of the managed Neo4j under load: the service must stay up (every /healthz answered), restart Neo4j and
// answer correctly again within 60 s; no answer may differ from the one saved before; the only error allowed is
// DATABASE_UNAVAILABLE, each returned within 2 s.
import { localStatus } from '../../graph/runtime/localNeo4j.js';
import { comparableData, errorCodes, ms, percentile, send, type Answer, type Ask } from './load.js';
import { FIXED, FIXED_LABELS, uncachedFixed } from './questions.js';
import { RESILIENCE_INSTANCE } from './ipc.js';

export interface KillFigures {
  requests: number;
  correct: number;
  wrong: number;
  unavailable: number;
  otherErrors: Record<string, number>;
  slowestUnavailableMs: number;
  recoveredAfterMs: number | null;
  healthFailures: number;
  restarts: number;
  /** The errors slower than 2 s: question, time taken, and when it was asked (ms after the kill). */
  slowErrors: string[];
  /** The errors other than DATABASE_UNAVAILABLE: question, code, message, time taken, and when asked. */
  otherErrorDetails: string[];
}

/** The first error message of a GraphQL answer, or the start of its body when it is not one. */
function firstMessage(text: string): string {
  try {
    return (JSON.parse(text) as { errors?: { message?: string }[] }).errors?.[0]?.message ?? text.slice(0, 120);
  } catch {
    return text.slice(0, 120);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function killUnderLoad(base: string, clients: number, log: (line: string) => void): Promise<KillFigures> {
  // The answers before: what every later answer to the same question must equal.
  const saved = new Map<string, string>();
  for (const label of FIXED_LABELS) {
    const data = comparableData(await send(base, FIXED[label] as Ask));
    if (data === null) throw new Error(`the ${label} question failed before the kill`);
    saved.set(label, data);
  }
  const figures: KillFigures = { requests: 0, correct: 0, wrong: 0, unavailable: 0, otherErrors: {}, slowestUnavailableMs: 0, recoveredAfterMs: null, healthFailures: 0, restarts: 0, slowErrors: [], otherErrorDetails: [] };
  let firstErrorAt: number | null = null;
  const unavailableTimes: number[] = [];
  let killedAt: number | null = null;
  let stopAt = Number.POSITIVE_INFINITY;
  let done = false;

  const asked = (at: number) => (killedAt === null ? 'asked before the kill' : `asked ${ms(at - killedAt)} after the kill`);
  const judge = (ask: Ask, answer: Answer, fresh: boolean, askedAt: number) => {
    figures.requests++;
    if (answer.failure) {
      figures.otherErrors[`no answer: ${answer.failure}`] = (figures.otherErrors[`no answer: ${answer.failure}`] ?? 0) + 1;
      if (figures.otherErrorDetails.length < 10) figures.otherErrorDetails.push(`${ask.label}: no answer (${answer.failure}) after ${ms(answer.ms)}, ${asked(askedAt)}`);
      return;
    }
    const data = comparableData(answer);
    if (data !== null) {
      if (data === saved.get(ask.label as string)) figures.correct++;
      else figures.wrong++;
      // Recovered: a question the cache cannot answer, asked after the outage was first seen, is answered correctly.
      if (fresh && killedAt !== null && firstErrorAt !== null && askedAt > firstErrorAt && figures.recoveredAfterMs === null && data === saved.get(ask.label as string)) {
        figures.recoveredAfterMs = performance.now() - killedAt;
        stopAt = performance.now() + 10_000;
      }
      return;
    }
    const codes = errorCodes(answer);
    if (codes.length > 0 && codes.every((c) => c === 'DATABASE_UNAVAILABLE')) {
      figures.unavailable++;
      unavailableTimes.push(answer.ms);
      firstErrorAt ??= performance.now();
      if (answer.ms > 2_000 && figures.slowErrors.length < 10) figures.slowErrors.push(`${ask.label}${fresh ? ' (uncached)' : ''} ${ms(answer.ms)}, ${asked(askedAt)}`);
    } else {
      const key = `HTTP ${answer.status} ${codes.join('+')}`;
      figures.otherErrors[key] = (figures.otherErrors[key] ?? 0) + 1;
      if (figures.otherErrorDetails.length < 10) {
        const message = firstMessage(answer.text);
        figures.otherErrorDetails.push(`${ask.label}${fresh ? ' (uncached)' : ''}: ${key} "${message}" after ${ms(answer.ms)}, ${asked(askedAt)}`);
      }
    }
  };

  const load = Array.from({ length: clients }, async (_, client) => {
    for (let n = 0; !done; n++) {
      const label = FIXED_LABELS[(client + n) % FIXED_LABELS.length] as string;
      const fresh = n % 2 === 0;
      const ask = fresh ? uncachedFixed(label, client * 100_000 + n) : (FIXED[label] as Ask);
      const askedAt = performance.now();
      judge(ask, await send(base, ask, 100 + client), fresh, askedAt);
      if (performance.now() > stopAt) done = true;
    }
  });
  const health = (async () => {
    while (!done) {
      const answer = await send(base, { method: 'GET', path: '/healthz' }, 99, 2_000);
      if (answer.status !== 200) figures.healthFailures++;
      await sleep(250);
    }
  })();

  await sleep(10_000);
  const pid = localStatus(RESILIENCE_INSTANCE).pid;
  if (pid === null) throw new Error('the resilience Neo4j is not running');
  log(`  kill -9 ${pid} (Neo4j) under load of ${clients} clients`);
  process.kill(pid, 'SIGKILL');
  killedAt = performance.now();
  // Bounded: give up waiting for recovery after 90 s.
  const giveUp = setTimeout(() => (done = true), 90_000);
  await Promise.all([...load, health]);
  clearTimeout(giveUp);
  // The next scenario needs the database: wait (bounded) until the service is ready again.
  for (let i = 0; i < 120 && (await send(base, { method: 'GET', path: '/readyz' }, 99, 3_000)).status !== 200; i++) await sleep(500);
  const ready = JSON.parse((await send(base, { method: 'GET', path: '/readyz' })).text) as { supervisor?: { restarts: number } };
  figures.restarts = ready.supervisor?.restarts ?? 0;
  figures.slowestUnavailableMs = percentile(unavailableTimes, 100);
  log(
    `  kill: ${figures.requests} requests: ${figures.correct} correct, ${figures.wrong} wrong, ${figures.unavailable} DATABASE_UNAVAILABLE (slowest ${ms(figures.slowestUnavailableMs)}), other errors ${JSON.stringify(figures.otherErrors)}; ` +
      `answering correctly again ${figures.recoveredAfterMs === null ? 'never' : `after ${ms(figures.recoveredAfterMs)}`}; /healthz failures ${figures.healthFailures}; supervisor restarts ${figures.restarts}`,
  );
  for (const slow of figures.slowErrors) log(`  slow error: ${slow}`);
  for (const other of figures.otherErrorDetails) log(`  other error: ${other}`);
  return figures;
}
