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

/** Serves one request to /exports/…. */
export type ExportsEndpoint = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export function createExportsEndpoint({ log, cache, metrics, reports, reportStore }: ExportsEndpointDeps): ExportsEndpoint {
  /**
   * Serves a cached report for `key`, or computes it with `compute` (within the client's report limit) and keeps it
   * under the data version it was read at when it succeeded.
   */
  async function cached(
    res: ServerResponse,
    client: string,
    key: string | null,
    compute: () => Promise<{ response: CachedResponse; cacheable: boolean }>,
    head = false,
  ): Promise<void> {
    const version = key !== null && cache.enabled ? await cache.dataVersion().catch(() => null) : null;
    let response = version !== null && key !== null ? cache.get(key, version) : undefined;
    const hit = response !== undefined;
    if (version !== null) metrics.cacheLookup('export', hit);
    let keptAt: number | null = hit ? version : null;
    if (!response) {
      const release = reports.tryAcquire(client);
      if (!release) response = refusedExport(reports);
      else {
        try {
          const { result: computed, versions } = await recordReadVersions(compute);
          response = computed.response;
          keptAt = version === null ? null : singleVersion(versions, version);
          if (keptAt !== null && key !== null && computed.cacheable) cache.set(key, keptAt, response);
          else keptAt = null;
        } finally {
          release();
        }
      }
    }
    const cacheHeaders = key !== null && cache.enabled ? { 'x-concordance-cache': hit ? 'hit' : 'miss', ...(keptAt === null ? {} : { 'x-concordance-data-version': String(keptAt) }) } : {};
    res.writeHead(response.status, { ...response.headers, 'content-length': response.body.length, ...cacheHeaders });
    res.end(head ? undefined : response.body);
  }

  return async (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { error: { message: `exports are read with GET or HEAD, not ${req.method}` } });
    }
    return cached(
      res,
      clientOf(req),
      ResponseCache.key('export', url.pathname, url.search),
      async () => {
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
      },
      req.method === 'HEAD',
    );
  };
}
