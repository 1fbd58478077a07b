// Reports answered by lookup (docs/decisions/0020). The data changes only when an import runs, so a report is
// computed once per data version and kept in memory: the base reports (every regime pair's overlap and gaps, per
// list and across lists, ITT coverage per regime, the membership matrix) ahead of any request, at start-up and
// whenever the data version changes (an import in this process or another: the version is polled), and every
// other report when first asked. Concurrent identical requests share one computation (single flight). A kept
// report is served only while its version is the newest this store has seen, and each request that gets it notes
// that version (readVersions.ts), so the response cache keeps the answer under the version it was read at.
import type { Graph } from '../../repositories/graph.js';
import { noteReadVersion } from '../../db/readVersions.js';
import { ConcordanceError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { allLists } from '../../repositories/lists.js';
import { dataVersion } from '../../repositories/dataset.js';
import { MULTILATERAL_REGIMES, type RegimeCode } from '../../domain/vocabulary.js';
import { readMembershipMatrix, type MembershipMatrix } from '../memberships.js';
import type { ParticipationView } from '../../repositories/participations.js';
import type { OverlapSections } from '../../repositories/overlaps.js';
import type { GapsArgs, IttArgs, OverlapArgs } from './args.js';
import { gapReport } from './gaps.js';
import { ittCoverageReport } from './ittCoverage.js';
import type { GapReport, IttCoverageReport, OverlapReport } from './model.js';
import { overlapReport } from './overlap.js';
import { thresholdReport, type ThresholdArgs, type ThresholdReport } from './thresholdComparison.js';

/** off: every request computes its report; on: kept per data version, single flight; precompute: and the base reports ahead. */
export type ReportStoreMode = 'off' | 'on' | 'precompute';

export interface ReportStoreOptions {
  mode: ReportStoreMode;
  /**
   * Bytes of reports kept (their JSON size); past it the least recently used go first, other reports before base ones.
   * A report over a quarter of it is not kept, unless it is a base report.
   */
  maxBytes: number;
  /** How often the data version is read, to see an import of another process. */
  pollMs: number;
  /** The lists whose one-list base reports are computed ahead: 'all', or some list ids (the across-lists ones always are). */
  lists?: 'all' | readonly string[];
  log?: Logger;
}

export type ReportKind = 'overlap' | 'gaps' | 'ittCoverage' | 'thresholdComparison' | 'membershipMatrix';

interface Kept {
  version: number;
  value: unknown;
  bytes: number;
  base: boolean;
}

interface Flight {
  /** The newest version known when it started: a request that knows a newer one does not join it. */
  since: number;
  promise: Promise<{ version: number; value: unknown }>;
}

export interface ReportStoreStats {
  /** Reports computed (statements run), by kind. */
  computed: Record<ReportKind, number>;
  /** Requests answered from a kept report. */
  hits: number;
  /** Requests that joined a computation already running for the same report. */
  joined: number;
  kept: number;
  bytes: number;
}

export interface ReportStoreStatus {
  mode: ReportStoreMode;
  /** precompute only: 'computing' until the base reports of the data version at start are kept, then 'ready'. */
  state: 'off' | 'computing' | 'ready';
  /** The newest data version seen. */
  version: number;
  /** The first pass's progress, and the data version whose base reports were last all computed (null: none yet). */
  base: { done: number; total: number; version: number | null };
}

const FULL: OverlapSections = { sharedEntries: true, sharedPartCount: true, links: true, technologies: true };
const sectionKey = (s: OverlapSections) => ['sharedEntries', 'sharedPartCount', 'links', 'technologies'].filter((k) => s[k as keyof OverlapSections]).join(',');

const overlapKey = (args: OverlapArgs, s: OverlapSections) => `overlap|${args.regimes.join(',')}|${args.list ?? ''}|${args.category ?? ''}|${sectionKey(s)}`;
const versioned = <T extends { dataVersion: number }>(report: T) => ({ version: report.dataVersion, value: report });

/** The regimes whose reports are base reports: the four multilateral regimes (CWC is encoded in few lists). */
export const BASE_REGIMES: RegimeCode[] = [...MULTILATERAL_REGIMES];

export class ReportStore {
  private readonly kept = new Map<string, Kept>();
  private readonly flights = new Map<string, Flight>();
  private bytes = 0;
  private newest = 0;
  private readonly counters: ReportStoreStats = {
    computed: { overlap: 0, gaps: 0, ittCoverage: 0, thresholdComparison: 0, membershipMatrix: 0 },
    hits: 0,
    joined: 0,
    kept: 0,
    bytes: 0,
  };
  private readonly listeners = new Set<(event: { kind: ReportKind; result: 'hit' | 'joined' | 'computed' }) => void>();
  private readonly baseListeners = new Set<(version: number) => void>();
  private timer: NodeJS.Timeout | undefined;
  private first: { done: number; total: number; ready: boolean } = { done: 0, total: 0, ready: false };
  /** The version whose base reports are being computed, and whether a newer one arrived meanwhile. */
  private regenerating: Promise<void> | null = null;
  private stopped = false;
  private completed: number | null = null;
  private markReady: () => void = () => {};
  /** Resolves once the base reports of the data version at start are kept (at once unless the mode is precompute). */
  readonly firstPass: Promise<void>;

  constructor(
    private readonly graph: Graph,
    private readonly options: ReportStoreOptions,
  ) {
    this.firstPass = new Promise((resolve) => {
      this.markReady = resolve;
    });
    if (options.mode !== 'precompute') this.markReady();
  }

  get mode(): ReportStoreMode {
    return this.options.mode;
  }

  /** Starts polling the data version and, in precompute mode, computes the base reports. */
  start(): this {
    if (this.options.mode === 'off' || this.timer) return this;
    this.timer = setInterval(() => void this.poll(), Math.max(50, this.options.pollMs));
    this.timer.unref();
    void this.poll();
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.regenerating?.catch(() => {});
  }

  stats(): ReportStoreStats {
    return { ...this.counters, computed: { ...this.counters.computed }, kept: this.kept.size, bytes: this.bytes };
  }

  status(): ReportStoreStatus {
    const mode = this.options.mode;
    return {
      mode,
      state: mode !== 'precompute' ? 'off' : this.first.ready ? 'ready' : 'computing',
      version: this.newest,
      base: { done: this.first.done, total: this.first.total, version: this.completed },
    };
  }

  /** Calls `listener` on every lookup (metrics count them); returns the function that stops it. */
  onLookup(listener: (event: { kind: ReportKind; result: 'hit' | 'joined' | 'computed' }) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  overlap(args: OverlapArgs, sections: OverlapSections = FULL): Promise<OverlapReport> {
    // The whole report answers any choice of its sections; a partial one is kept under its own key.
    const whole = this.fresh(overlapKey(args, FULL));
    if (whole) return this.served('overlap', whole);
    return this.overlapOf(args, sections, false);
  }

  private overlapOf(args: OverlapArgs, sections: OverlapSections, base: boolean): Promise<OverlapReport> {
    return this.obtain('overlap', overlapKey(args, sections), base, async () => versioned(await overlapReport(this.graph, args, sections)));
  }

  gaps(args: GapsArgs, base = false): Promise<GapReport> {
    const key = `gaps|${args.regime}|${args.against}|${args.list ?? ''}|${args.category ?? ''}`;
    return this.obtain('gaps', key, base, async () => versioned(await gapReport(this.graph, args)));
  }

  ittCoverage(args: IttArgs, base = false): Promise<IttCoverageReport> {
    const key = `itt|${args.regime}|${args.list ?? ''}|${args.category ?? ''}`;
    return this.obtain('ittCoverage', key, base, async () => versioned(await ittCoverageReport(this.graph, args)));
  }

  thresholdComparison(args: ThresholdArgs): Promise<ThresholdReport> {
    const key = `thresholds|${args.regimes.join(',')}|${args.list ?? ''}|${args.technology ?? ''}|${args.codes.join(',')}`;
    return this.obtain('thresholdComparison', key, false, async () => versioned(await thresholdReport(this.graph, args)));
  }

  membershipMatrix(
    regimes: RegimeCode[] | null | undefined,
    statuses: ('MEMBER' | 'ADHERENT' | 'OBSERVER')[] | null | undefined,
    view: ParticipationView,
    base = false,
  ): Promise<MembershipMatrix> {
    const key = `matrix|${(regimes ?? []).join(',')}|${statuses === null || statuses === undefined ? '*' : statuses.join(',')}|${view}`;
    return this.obtain('membershipMatrix', key, base, async () => {
      const { version, result } = await readMembershipMatrix(this.graph, regimes, statuses, view);
      return { version, value: result };
    });
  }

  /** Calls `listener` with the data version whenever all its base reports are kept; returns the function that stops it. */
  onBaseReports(listener: (version: number) => void): () => void {
    this.baseListeners.add(listener);
    return () => this.baseListeners.delete(listener);
  }

  /** The scopes of the base reports: null (across lists), then each list whose one-list base reports are kept. */
  async baseScopes(): Promise<(string | null)[]> {
    const ids = (await allLists(this.graph)).map((l) => l.id);
    const chosen = this.options.lists ?? 'all';
    return [null, ...ids.filter((id) => chosen === 'all' || chosen.includes(id))];
  }

  /** A kept report that is of the newest version seen. */
  private fresh(key: string): Kept | undefined {
    if (this.options.mode === 'off') return undefined;
    const hit = this.kept.get(key);
    if (!hit || hit.version < this.newest) return undefined;
    // Re-inserted: the Map's order is the recency order for eviction.
    this.kept.delete(key);
    this.kept.set(key, hit);
    return hit;
  }

  private served<T>(kind: ReportKind, hit: Kept): Promise<T> {
    this.counters.hits++;
    this.emit(kind, 'hit');
    noteReadVersion(hit.version);
    return Promise.resolve(hit.value as T);
  }

  private emit(kind: ReportKind, result: 'hit' | 'joined' | 'computed'): void {
    for (const listener of this.listeners) listener({ kind, result });
  }

  private async obtain<T>(kind: ReportKind, key: string, base: boolean, compute: () => Promise<{ version: number; value: T }>): Promise<T> {
    if (this.options.mode === 'off') {
      this.counters.computed[kind]++;
      this.emit(kind, 'computed');
      return (await compute()).value;
    }
    const hit = this.fresh(key);
    if (hit) {
      if (base) hit.base = true;
      return this.served(kind, hit);
    }
    let flight = this.flights.get(key);
    if (flight && flight.since >= this.newest) {
      this.counters.joined++;
      this.emit(kind, 'joined');
    } else {
      this.counters.computed[kind]++;
      this.emit(kind, 'computed');
      const started: Flight = {
        since: this.newest,
        promise: compute().then((outcome) => {
          this.see(outcome.version);
          this.keep(key, outcome.version, outcome.value, base);
          return outcome;
        }),
      };
      started.promise
        .finally(() => {
          if (this.flights.get(key) === started) this.flights.delete(key);
        })
        .catch(() => {});
      this.flights.set(key, started);
      flight = started;
    }
    const outcome = await flight.promise;
    // Each request notes the version itself: the computation ran in the context of the one that started it.
    noteReadVersion(outcome.version);
    return outcome.value as T;
  }

  private keep(key: string, version: number, value: unknown, base: boolean): void {
    if (version < this.newest) return;
    const bytes = Buffer.byteLength(JSON.stringify(value)) + key.length;
    // Any other report may take a quarter of the budget; a base report the whole of it, since it is what the first
    // requests ask (across 400 lists one overlap is tens of MB).
    if (bytes > (base ? this.options.maxBytes : this.options.maxBytes / 4)) return;
    const old = this.kept.get(key);
    if (old) this.drop(key, old);
    this.kept.set(key, { version, value, bytes, base: base || old?.base === true });
    this.bytes += bytes;
    // Other reports go first, then base ones, least recently used first.
    for (const pass of [false, true]) {
      for (const [k, entry] of this.kept) {
        if (this.bytes <= this.options.maxBytes) return;
        if (entry.base === pass && k !== key) this.drop(k, entry);
      }
    }
  }

  private drop(key: string, entry: Kept): void {
    this.kept.delete(key);
    this.bytes -= entry.bytes;
  }

  /** A version read: when it is newer, what was kept for older ones is dropped (it will not be served again). */
  private see(version: number): boolean {
    if (version <= this.newest) return false;
    this.newest = version;
    for (const [key, entry] of this.kept) if (entry.version < version) this.drop(key, entry);
    return true;
  }

  /** Reads the data version; a new one (or the first) starts the base reports' computation in precompute mode. */
  async poll(): Promise<void> {
    let version: number;
    try {
      version = await dataVersion(this.graph);
    } catch {
      return; // unreachable: what is kept stands, as in the response cache
    }
    const changed = this.see(version);
    if (this.options.mode === 'precompute' && (changed || (this.first.total === 0 && this.regenerating === null))) this.regenerate();
  }

  private regenerate(): void {
    if (this.regenerating) return; // the running pass restarts itself when it sees a newer version
    this.regenerating = this.computeBase()
      .catch((error: unknown) => this.options.log?.warn(`base reports: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.regenerating = null;
      });
  }

  /** Computes every base report of the newest version, one after another (the cores stay free for requests). */
  private async computeBase(): Promise<void> {
    for (;;) {
      const version = this.newest;
      const started = Date.now();
      const jobs = await this.baseJobs();
      if (!this.first.ready) this.first = { done: 0, total: jobs.length, ready: false };
      let failed = 0;
      let unavailable = false;
      for (const job of jobs) {
        if (this.stopped || this.newest !== version) break;
        try {
          await job();
        } catch (error) {
          // A report too large or too slow for the database stays so: it is answered (with its error) when asked.
          failed++;
          unavailable ||= error instanceof ConcordanceError && error.code === 'DATABASE_UNAVAILABLE';
          this.options.log?.warn(`a base report failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (!this.first.ready) this.first.done++;
      }
      if (this.stopped) return;
      if (this.newest !== version) continue;
      this.options.log?.info(`base reports of data version ${version}: ${jobs.length - failed} of ${jobs.length} computed in ${Date.now() - started} ms`);
      if (!unavailable) {
        this.first.ready = true;
        this.completed = version;
        this.markReady();
        for (const listener of this.baseListeners) listener(version);
        return;
      }
      // The database went away meanwhile: the pass is made again (what was kept is a lookup).
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }

  private async baseJobs(): Promise<(() => Promise<unknown>)[]> {
    const scopes = await this.baseScopes();
    const jobs: (() => Promise<unknown>)[] = [
      () => this.membershipMatrix(null, null, 'REGIME', true),
      () => this.membershipMatrix(null, null, 'US_COUNTRY_GROUP', true),
    ];
    // Across lists first: the questions asked most, and each one-list report after them.
    for (const list of scopes) {
      for (const regime of BASE_REGIMES) jobs.push(() => this.ittCoverage({ regime, list, category: null }, true));
      for (const [i, a] of BASE_REGIMES.entries()) {
        for (const b of BASE_REGIMES.slice(i + 1)) {
          jobs.push(() => this.overlapOf({ regimes: [a, b], list, category: null }, FULL, true));
          jobs.push(() => this.gaps({ regime: a, against: b, list, category: null }, true));
          jobs.push(() => this.gaps({ regime: b, against: a, list, category: null }, true));
        }
      }
    }
    return jobs;
  }
}
