// The exports endpoint: GET or HEAD /exports/<report>.<format>?… (exports/route.ts makes the file), within the client's
// report limit, kept in the response cache under the data version it was read at.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { recordReadVersions, singleVersion } from '../db/readVersions.js';
import { handleExport } from '../exports/route.js';
import type { Logger } from '../log.js';
import type { ReportStore } from '../services/reports/store.js';
import type { ServiceMetrics } from './metrics.js';
import { refusedExport, type ReportConcurrency } from './reportConcurrency.js';
import { clientOf } from './requestIds.js';
import { ResponseCache, type CachedResponse } from './responseCache.js';
import { sendJson } from './sendJson.js';

export interface ExportsEndpointDeps {
  log: Logger;
  cache: ResponseCache;
  metrics: ServiceMetrics;
  reports: ReportConcurrency;
  reportStore: ReportStore;
}

/** An export ready to write, and what the response cache did with it. */
export interface ExportAnswer {
  response: CachedResponse;
  /** hit or miss when the cache was asked; absent when the cache is off. */
  cache?: 'hit' | 'miss';
  /** The data version it was kept at (or found under); null when it was not kept. */
  keptAt: number | null;
  pinned: boolean;
  /** A whole file (HTTP 200), read at one data version: one that may be kept. */
  complete: boolean;
}

export interface ExportsEndpoint {
  /** Answers a GET of `url` for `client`, keeping the file in the response cache when it may (pinned when `pin`). */
  answer(url: URL, client: string, options?: { pin?: boolean; counted?: boolean }): Promise<ExportAnswer>;
  /** Serves one request to /exports/…; `counted` false: the service's own warm-up, left out of the metrics. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, options?: { counted?: boolean }): Promise<void>;
}

/** The cache key of an export: its path and its parameters in name order (`?regime=NSG&against=WA` = `?against=WA&regime=NSG`). */
export function exportKey(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.sort();
  return ResponseCache.key('export', url.pathname, params.toString());
}

export function createExportsEndpoint({ log, cache, metrics, reports, reportStore }: ExportsEndpointDeps): ExportsEndpoint {
  async function compute(url: URL): Promise<{ response: CachedResponse; cacheable: boolean }> {
    const result = await handleExport(reportStore, url, log);
    return {
      response: {
        status: result.status,
        headers: {
          'content-type': result.contentType,
          'cache-control': 'no-store',
          ...(result.headers ?? {}),
          // A workbook is no page to show: it is saved. The text formats may be shown in the browser.
          ...(result.filename === undefined ? {} : { 'content-disposition': `${result.filename.endsWith('.xlsx') ? 'attachment' : 'inline'}; filename="${result.filename}"` }),
        },
        body: typeof result.body === 'string' ? Buffer.from(result.body) : result.body,
      },
      cacheable: result.status === 200,
    };
  }

  /**
   * A cached file, or one computed (within the client's report limit) and kept under the data version it was read at
   * when it succeeded.
   */
  async function answer(url: URL, client: string, { pin = false, counted = true }: { pin?: boolean; counted?: boolean } = {}): Promise<ExportAnswer> {
    const key = exportKey(url);
    const version = cache.enabled ? await cache.dataVersion().catch(() => null) : null;
    const hit = version !== null ? cache.get(key, version) : undefined;
    if (version !== null && counted) metrics.cacheLookup('export', hit !== undefined);
    const looked = cache.enabled ? { cache: hit === undefined ? ('miss' as const) : ('hit' as const) } : {};
    if (hit) return { response: hit, ...looked, keptAt: version, pinned: pin && cache.pin(key), complete: true };
    const release = reports.tryAcquire(client);
    if (!release) return { response: refusedExport(reports), ...looked, keptAt: null, pinned: false, complete: false };
    try {
      const { result: computed, versions } = await recordReadVersions(() => compute(url));
      const keptAt = version === null || !computed.cacheable ? null : singleVersion(versions, version);
      const pinned = keptAt !== null ? cache.set(key, keptAt, computed.response, { pinned: pin }) : false;
      return { response: computed.response, ...looked, keptAt, pinned, complete: keptAt !== null };
    } finally {
      release();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, { counted = true }: { counted?: boolean } = {}): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { error: { message: `exports are read with GET or HEAD, not ${req.method}` } });
    }
    const { response, cache: looked, keptAt } = await answer(url, clientOf(req), { counted });
    res.writeHead(response.status, {
      ...response.headers,
      'content-length': response.body.length,
      ...(looked === undefined ? {} : { 'x-concordance-cache': looked }),
      ...(keptAt === null ? {} : { 'x-concordance-data-version': String(keptAt) }),
    });
    res.end(req.method === 'HEAD' ? undefined : response.body);
  }

  return { answer, handle };
}
