// Answers encoded ahead (docs/decisions/0025). Once the base reports of a data version are kept (store.ts), the page's
// documents (src/graphql/pageDocuments.ts) with the variables the page sends, and the gap lists' export files the
// page links to, are answered over each of them through the same endpoints a client reaches, and the encoded answers
// are pinned in the response cache under that version. An analyst's first request is then a lookup of bytes, as fast
// as the hundredth. Another document, or another selection of the same report, is executed over the kept report and
// then cached as usual.
import { HeaderMap } from '@apollo/server';
import { MULTILATERAL_REGIMES } from '../domain/vocabulary.js';
import { exportPath } from '../exports/catalogue.js';
import {
  CATALOGUE_QUERY,
  GAPS_QUERY,
  heatmapQuery,
  ITT_QUERY,
  MATRIX_QUERY,
  MEMBERSHIP_GAPS_QUERY,
  PAIR_QUERY,
  type GapListVariables,
  type IttCoverageVariables,
  type MatrixVariables,
  type MembershipGapsVariables,
  type OverlapHeatmapVariables,
  type OverlapPairVariables,
} from '../graphql/pageDocuments.js';
import type { Logger } from '../log.js';
import type { WarmUpRequest } from './servedPathWarmUp.js';
import type { ReportStore } from '../services/reports/store.js';
import type { ExportsEndpoint } from './exportsEndpoint.js';
import type { GraphQLEndpoint } from './graphqlEndpoint.js';
import type { ResponseCache } from './responseCache.js';

/** Whose report limit the answers count against: the service's own. */
const CLIENT = 'answers-ahead';
/** The export formats the page links a gap list to. */
const PAGE_EXPORT_FORMATS = ['csv', 'md', 'json'] as const;
const VIEWS: MatrixVariables['view'][] = ['REGIME', 'US_COUNTRY_GROUP'];

export interface AnswersAheadStatus {
  /** off: the cache or the report store does not keep answers; encoding until the first version's answers are pinned. */
  state: 'off' | 'encoding' | 'ready';
  /** The data version whose answers were last all encoded (null: none yet). */
  version: number | null;
  /**
   * Answers pinned for that version; the one that did not fit the pinned budget (the pass stops there) and the
   * requests left after it; answers that failed (an error, a refusal).
   */
  pinned: number;
  unpinned: number;
  left: number;
  failed: number;
  /** Bytes the pinned answers hold (of every version still kept), and how long the pass took. */
  bytes: number;
  ms: number;
}

export interface AnswersAheadDeps {
  graphql: GraphQLEndpoint;
  exports: ExportsEndpoint;
  reportStore: ReportStore;
  cache: ResponseCache;
  log: Logger;
}

/** One request the page makes: a document and its variables, or an export file. */
type PageRequest = { query: string; variables: Record<string, unknown> } | { export: string };

/** Every ordered pair of different regimes, in the order given. */
function orderedPairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a) => items.filter((b) => b !== a).map((b): [T, T] => [a, b]));
}

/** The requests the page makes over the base reports of `scopes`, with `regimes` the catalogue's regime codes. */
export function pageRequests(scopes: readonly (string | null)[], regimes: readonly string[]): PageRequest[] {
  const requests: PageRequest[] = [{ query: CATALOGUE_QUERY, variables: {} }];
  for (const view of VIEWS) requests.push({ query: MATRIX_QUERY, variables: { view } satisfies MatrixVariables });
  for (const [regime, against] of orderedPairs(regimes)) {
    for (const view of VIEWS) requests.push({ query: MEMBERSHIP_GAPS_QUERY, variables: { regime, against, view } satisfies MembershipGapsVariables });
  }
  const heatmap = heatmapQuery([...regimes]);
  for (const list of scopes) {
    requests.push({ query: heatmap, variables: { list } satisfies OverlapHeatmapVariables });
    for (const regime of MULTILATERAL_REGIMES) requests.push({ query: ITT_QUERY, variables: { regime, list, category: null } satisfies IttCoverageVariables });
    for (const [a, b] of orderedPairs(MULTILATERAL_REGIMES)) {
      requests.push({ query: PAIR_QUERY, variables: { regimes: [a, b], list } satisfies OverlapPairVariables });
      requests.push({ query: GAPS_QUERY, variables: { regime: a, against: b, list, category: null } satisfies GapListVariables });
      for (const format of PAGE_EXPORT_FORMATS) requests.push({ export: exportPath('gaps', format, { regime: a, against: b, ...(list === null ? {} : { list }) }) });
    }
  }
  return requests;
}

/** As the page's fetch sends it (web/src/api.ts). */
function pageHeaders(): HeaderMap {
  const headers = new HeaderMap();
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/json');
  return headers;
}

export class AnswersAhead {
  private current: AnswersAheadStatus;
  private running: Promise<void> | null = null;
  /** A version whose base reports were kept while a pass was running: the pass after it encodes for that one. */
  private next: number | null = null;
  private stopped = false;
  private firstDone: () => void = () => {};
  /** Resolves once the first version's answers are encoded (at once when off). */
  readonly firstPass: Promise<void>;
  /** Two of the last pass's requests, as the page sends them: its first document and its first export file. */
  private sample: WarmUpRequest[] = [];

  constructor(private readonly deps: AnswersAheadDeps) {
    const on = deps.cache.enabled && deps.reportStore.mode === 'precompute';
    this.current = { state: on ? 'encoding' : 'off', version: null, pinned: 0, unpinned: 0, left: 0, failed: 0, bytes: 0, ms: 0 };
    this.firstPass = new Promise((resolve) => {
      this.firstDone = resolve;
    });
    if (!on) this.firstDone();
  }

  status(): AnswersAheadStatus {
    return { ...this.current };
  }

  /** Requests whose answers the last pass pinned, to warm the served path with (servedPathWarmUp.ts). */
  warmUpRequests(): WarmUpRequest[] {
    return this.current.state === 'ready' ? [...this.sample] : [];
  }

  /** Encodes the answers of `version` (the store calls this when its base reports are kept); one pass at a time. */
  encode(version: number): void {
    if (this.current.state === 'off' || this.stopped) return;
    if (this.running) {
      this.next = Math.max(version, this.next ?? version);
      return;
    }
    this.running = this.pass(version)
      .then((completed) => {
        if (completed) this.firstDone();
      })
      .catch((error: unknown) => {
        // Nothing is lost but speed: each request is answered as if none had been encoded ahead.
        this.deps.log.warn(`answers ahead: ${error instanceof Error ? error.message : String(error)}`);
        this.firstDone();
      })
      .finally(() => {
        this.running = null;
        const next = this.next;
        this.next = null;
        if (next !== null && next > (this.current.version ?? -1)) this.encode(next);
        else this.firstDone();
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Resolves to whether the pass went through (not stopped, and no newer version arrived meanwhile). */
  private async pass(version: number): Promise<boolean> {
    const started = performance.now();
    // The store read this version from the database: lookups made now are of it, whatever the cache last read.
    this.deps.cache.sawVersion(version);
    const scopes = await this.deps.reportStore.baseScopes();
    const catalogue = await this.deps.graphql.answer({ method: 'POST', headers: pageHeaders(), search: '', body: { query: CATALOGUE_QUERY, variables: {} }, client: CLIENT });
    const regimes = (JSON.parse(catalogue.response.body.toString()) as { data?: { regimes?: { code: string }[] } }).data?.regimes?.map((r) => r.code) ?? [...MULTILATERAL_REGIMES];
    // What was kept for older versions will not be served again (the cache now knows this version): its pinned
    // budget is this version's.
    this.deps.cache.dropBefore(version);
    const requests = pageRequests(scopes, regimes);
    const firstExport = requests.find((request) => 'export' in request);
    this.sample = [
      { method: 'POST', path: '/graphql', body: JSON.stringify({ query: CATALOGUE_QUERY, variables: {} }) },
      ...(firstExport && 'export' in firstExport ? [{ method: 'GET' as const, path: firstExport.export }] : []),
    ];
    let pinned = 0;
    let unpinned = 0;
    let failed = 0;
    let left = 0;
    for (const [index, request] of requests.entries()) {
      if (this.stopped || this.next !== null) return false; // a newer version's pass follows
      const answer =
        'export' in request
          ? await this.deps.exports.answer(new URL(request.export, 'http://localhost'), CLIENT, { pin: true })
          : // The bytes the page's fetch sends (JSON.stringify({ query, variables })), so its request is known by them.
            await this.deps.graphql.answer({ method: 'POST', headers: pageHeaders(), search: '', body: request, raw: JSON.stringify(request), client: CLIENT }, { pin: true });
      if (answer.pinned) pinned++;
      else if (!answer.complete) {
        failed++;
        // Which answer, and what it said: an error names itself in the body's first message.
        const said = answer.response.body.toString('utf8', 0, Math.min(answer.response.body.length, 4_000));
        const message = /"message"\s*:\s*"((?:[^"\\]|\\.){0,200})/.exec(said)?.[1] ?? said.slice(0, 200);
        const what = 'export' in request ? request.export : `${/^\s*query\s+(\w+)/.exec(request.query)?.[1] ?? 'a page query'} ${JSON.stringify(request.variables)}`;
        this.deps.log.warn(`answers ahead: ${what} was not kept (HTTP ${answer.response.status}): ${message}`);
      }
      else {
        // The pinned budget is spent (a graph of hundreds of lists makes answers across lists of many MB): the
        // rest would be encoded for nothing, and readiness waits for this pass.
        unpinned++;
        left = requests.length - index - 1;
        break;
      }
    }
    const ms = Math.round(performance.now() - started);
    const bytes = this.deps.cache.size.pinned.bytes;
    this.current = { state: 'ready', version, pinned, unpinned, failed, left, bytes, ms };
    this.deps.log.info(
      `answers ahead for data version ${version}: ${pinned} pinned (${Math.round(bytes / 1e6)} MB), ${failed} failed${unpinned + left > 0 ? `, ${unpinned + left} left when the pinned budget was spent` : ''}, in ${ms} ms`,
    );
    return true;
  }
}
