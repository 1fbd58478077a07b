// Fuzzed requests from a seeded generator, so a run can be repeated: valid questions mutated (characters changed,
// cut, repeated), bodies of the wrong shape, variables of the wrong type or size, odd methods and content types,
// binary bodies, and export URLs with bad arguments.
import type { Ask } from './load.js';
import { FIXED, FIXED_LABELS } from './questions.js';

/** mulberry32: a small seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD = ['\u0000', '\uFFFF', '\uD800', '"', '\\', '{', '}', '(', ')', '$', '@', '...', '#', '\n', 'é', '😀', '999999999999999999999', '-1', 'null', '__schema', 'fragment', 'on', 'mutation', 'subscription'];
const VALUES: unknown[] = [null, true, -1, 0, 1e308, -2147483649, 'x'.repeat(10_000), '', [], {}, [[[[[]]]]], { a: { b: { c: {} } } }, 'WA', ['WA', 'WA'], '1C001', 'ÿ'.repeat(50), Number.MAX_SAFE_INTEGER];

/** Percent-encodes, a lone surrogate as the bytes of one (invalid UTF-8, which a server must refuse cleanly too). */
function encode(text: string): string {
  return [...text].map((c) => (/[\uD800-\uDFFF]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('');
}

export function fuzzedRequest(next: () => number, n: number): Ask {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const label = pick(FIXED_LABELS);
  const { query } = JSON.parse(String((FIXED[label] as Ask).body)) as { query: string };
  const mutate = (text: string) => {
    const chars = [...text];
    const edits = 1 + Math.floor(next() * 4);
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(next() * chars.length);
      const kind = next();
      if (kind < 0.3) chars.splice(at, 1);
      else if (kind < 0.6) chars.splice(at, 0, pick(ODD));
      else if (kind < 0.8) chars[at] = pick(ODD);
      else chars.splice(at, 0, ...chars.slice(at, at + Math.floor(next() * 30)));
    }
    return chars.join('');
  };
  const json = (body: unknown): Ask => ({ method: 'POST', path: '/graphql', body: JSON.stringify(body) });
  switch (n % 10) {
    case 0:
    case 1:
    case 2:
      return json({ query: mutate(query) });
    case 3:
      return json({ query: 'query($a: Int, $b: [RegimeCode!]!, $c: String!) { gaps(regime: NSG, against: WA, category: $a) { total } overlap(regimes: $b) { dataVersion } search(text: $c) { snippet } }', variables: { a: pick(VALUES), b: pick(VALUES), c: pick(VALUES) } });
    case 4:
      return json(pick<unknown>([null, 42, 'query', [], [{ query }], { query: pick(VALUES) }, { query, variables: pick(VALUES) }, { query, operationName: pick(VALUES) }, { query, extensions: pick(VALUES) }]));
    case 5:
      return { method: 'POST', path: '/graphql', body: mutate(JSON.stringify({ query })) };
    case 6:
      return { method: 'POST', path: '/graphql', body: Buffer.from(Array.from({ length: 1 + Math.floor(next() * 2000) }, () => Math.floor(next() * 256))) };
    case 7:
      return {
        method: pick(['GET', 'POST'] as const),
        path: `/graphql?query=${encode(mutate(query))}`,
        headers: { 'content-type': pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json; charset=latin1', 'application/graphql']) },
        body: next() < 0.5 ? undefined : mutate(JSON.stringify({ query })),
      } as Ask;
    case 8: {
      const kind = pick(['gaps', 'overlap', 'itt-coverage', 'nothing']);
      const format = pick(['csv', 'md', 'json', 'exe']);
      const params = [`regime=${encode(String(pick(VALUES)))}`, `against=${pick(['WA', 'NSG', 'XX', ''])}`, `category=${encode(String(pick(VALUES)))}`, `bom=${pick(['1', '2', 'yes'])}`, `regimes=${pick(['WA,WA', 'WA,MTCR', ',,,'])}`, `list=${encode(mutate('us-ccl@ecfr-2026'))}`];
      return { method: 'GET', path: `/exports/${kind}.${format}?${params.filter(() => next() < 0.5).join('&')}` };
    }
    default:
      return json({ query: `{ entries(first: ${pick(VALUES)}, after: ${JSON.stringify(String(pick(VALUES)).slice(0, 100))}) { totalCount } entry(list: ${JSON.stringify(mutate('us-ccl@ecfr-2026'))}, code: ${JSON.stringify(mutate('9A012'))}) { code } }` });
  }
}
