// A cache of whole responses (GraphQL queries and file exports), keyed on the request and the graph's data
// version: the API is read-only and the data only changes through an import, which bumps the version, so a
// cached answer is served until then. The version itself is re-read at most once per `versionTtlMs`, which
// bounds how long an answer can lag behind an import. Bodies are kept encoded, ready to write. Keys are sha256
// digests of the normalised request, so a key costs 64 bytes whatever the query's size; the budget counts them.
import { createHash } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import { outsideRequest } from '../db/readVersions.js';
import { ConcordanceError, UNREACHABLE_MESSAGE } from '../errors.js';
import { dataVersion } from '../services/referenceData.js';

export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface ResponseCacheOptions {
  versionTtlMs: number;
  maxEntries: number;
  maxBytes: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, { version: number; response: CachedResponse; bytes: number }>();
  private bytes = 0;
  private version: { value: number; readAt: number } | null = null;
  private versionRead: Promise<number> | null = null;

  constructor(
    private readonly executor: Executor,
    private readonly options: ResponseCacheOptions,
  ) {}

  get enabled(): boolean {
    return this.options.versionTtlMs > 0;
  }

  /** The cache key of a request: a sha256 digest of its normalised parts, in order. */
  static key(...parts: string[]): string {
    const hash = createHash('sha256');
    for (const part of parts) hash.update(`${Buffer.byteLength(part)}:${part}`);
    return hash.digest('hex');
  }

  /** Bytes held: bodies, headers and keys. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

    /**
   * The data version, re-read once its TTL has passed. While the database cannot be reached the last version read
   * stands (no import can land meanwhile), so answers already computed for it are still served.
   */
  async dataVersion(): Promise<number> {
    const now = Date.now();
    if (this.version && now - this.version.readAt < this.options.versionTtlMs) return this.version.value;
    // Read apart from the request that happens to ask first: it is the cache's version, not one of that request's reads.
    this.versionRead ??= outsideRequest(() => dataVersion(this.executor))
      .then(
        (value) => {
          this.version = { value, readAt: Date.now() };
          return value;
        },
        (error: unknown) => {
          if (this.version && error instanceof ConcordanceError && error.message === UNREACHABLE_MESSAGE) return this.version.value;
          throw error;
        },
      )
      .finally(() => {
        this.versionRead = null;
      });
    return this.versionRead;
  }

  get(key: string, version: number): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.version !== version) {
      this.delete(key);
      return undefined;
    }
    // Re-insert: the Map's order is the recency order for eviction.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.response;
  }

  set(key: string, version: number, response: CachedResponse): void {
    const bytes = response.body.length + Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(response.headers));
    if (bytes > this.options.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, { version, response, bytes });
    this.bytes += bytes;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
  }
}
