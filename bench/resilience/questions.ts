// The questions the suite asks: a fixed set (answered from the cache once asked) and varied ones (an alias of
// their own, or arguments drawn in turn, so the cache never has them and each is computed).
import { MULTILATERAL_REGIMES } from '../../src/domain/vocabulary.js';
import { graphql, type Ask } from './load.js';

const CCL = 'us-ccl@ecfr-2026';
const CODES = ['1C001', '1C010', '9A012', '9A120', '2B001', '0A501', '3A001', '5A002', '6A003', '1C350', '9E001', '2B350', '4A003', '7A003', '8A001'];
const WORDS = ['centrifuge', 'rotor', 'carbon fibre', 'propellant', 'uav', 'pathogen', 'laser', 'machine tool', 'valve', 'sensor'];

/** The fixed questions, by label: what the cache answers after the first time. */
export const FIXED: Record<string, Ask> = {
  gaps: graphql('{ gaps(regime: NSG, against: WA, category: 2) { dataVersion total groups { rows { entry { code } reason } } partial { entry { code } } } }', undefined, 'gaps'),
  overlap: graphql('{ overlap(regimes: [WA, MTCR]) { dataVersion sharedEntries { entry { code } attributions { regime scope } } } }', undefined, 'overlap'),
  itt: graphql('{ ittCoverage(regime: MTCR, category: 9) { dataVersion summary { hardware covered ratio } hardware { entry { code } phases } } }', undefined, 'itt'),
  thresholds: graphql('{ thresholdComparison(regimes: [MTCR, WA], codes: ["9A012", "9A120"]) { dataVersion comparisons { parameter verdict explanation } } }', undefined, 'thresholds'),
  entry: graphql(`{ entry(list: "${CCL}", code: "9A012") { code title attributions { regime basis scope } references { entry { code } kind } } }`, undefined, 'entry'),
  search: graphql('{ search(text: "gas centrifuge rotor", first: 10) { entry { id title } snippet } }', undefined, 'search'),
  lists: graphql('{ lists { id title version } }', undefined, 'lists'),
  matrix: graphql('{ membershipMatrix { rows { country { iso2 } cells { regime participation { status } } } } }', undefined, 'matrix'),
};
export const FIXED_LABELS = Object.keys(FIXED);

/** A fixed question under an alias of its own: the same answer, computed again (the cache keys on the document). */
export function uncachedFixed(label: string, n: number): Ask {
  const ask = FIXED[label] as Ask;
  const { query } = JSON.parse(String(ask.body)) as { query: string };
  return graphql(query.replace(/^\{ (\w+)/, `{ fresh${n}: $1`), undefined, label);
}

const pick = <T>(values: readonly T[], n: number): T => values[n % values.length] as T;

/**
 * A varied question, the n-th of a client in a run: cheap lookups mostly, a report one time in four, narrowed to a
 * category. Each run asks documents of its own (the run is in the alias), so every run brings new documents and
 * answers to the service's bounded stores.
 */
export function varied(client: number, n: number, run = 0): Ask {
  const k = client * 7919 + n;
  const alias = `r${run}c${client}n${n}`;
  switch (k % 8) {
    case 0: {
      const regime = pick(MULTILATERAL_REGIMES, k);
      const against = pick(MULTILATERAL_REGIMES.filter((r) => r !== regime), k >> 3);
      return graphql(`{ ${alias}: gaps(regime: ${regime}, against: ${against}, category: ${k % 10}) { total partial { entry { code } } } }`);
    }
    case 4: {
      const a = pick(MULTILATERAL_REGIMES, k);
      const b = pick(MULTILATERAL_REGIMES.filter((r) => r !== a), k >> 3);
      return graphql(`{ ${alias}: overlap(regimes: [${a}, ${b}], category: ${k % 10}) { sharedEntries { entry { code } } } }`);
    }
    case 1:
    case 5:
      return graphql(`{ ${alias}: search(text: "${pick(WORDS, k)}", first: ${5 + (k % 15)}) { entry { id } } }`);
    case 2:
    case 6:
      return graphql(`{ ${alias}: entry(list: "${CCL}", code: "${pick(CODES, k)}") { code title attributions { regime } } }`);
    case 3:
      return graphql(`{ ${alias}: entries(filter: { category: ${k % 10} }, first: ${10 + (k % 40)}) { totalCount nodes { code } } }`);
    default:
      return graphql(`{ ${alias}: membershipGaps(regime: ${pick(MULTILATERAL_REGIMES, k)}, against: ${pick(MULTILATERAL_REGIMES, k + 1)}) { onlyInRegime { country { iso2 } } } }`);
  }
}
