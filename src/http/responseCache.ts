// A cache of whole responses (GraphQL queries and file exports), keyed on the request and the graph's data
// version: the API is read-only and the data only changes through an import, which bumps the version, so a
// cached answer is served until then. The version itself is re-read at most once per `versionTtlMs`, which
// bounds how long an answer can lag behind an import. Bodies are kept encoded, ready to write. Keys are sha256
// digests of the normalised request, so a key costs 64 bytes whatever the query's size; the budget counts them.
// Answers encoded ahead (answersAhead.ts: the page's documents and export files over the base reports) are pinned:
// they have a budget of their own and clients' other requests never push them out; a newer version drops them.
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
  /** Answers kept, and their bytes, not counting pinned ones. */
  maxEntries: number;
  maxBytes: number;
  /** Bytes of pinned answers (answers encoded ahead); omitted: 0, nothing is pinned. */
  maxPinnedBytes?: number;
}

interface Held {
  version: number;
  response: CachedResponse;
  bytes: number;
  pinned: boolean;
}

export class ResponseCache {
  private readonly entries = new Map<string, Held>();
  private bytes = 0;
  private pinnedBytes = 0;
  private pinnedEntries = 0;
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

  /** Answers and bytes held (bodies, headers and keys), and of them the pinned ones. */
  get size(): { entries: number; bytes: number; pinned: { entries: number; bytes: number } } {
    return { entries: this.entries.size, bytes: this.bytes + this.pinnedBytes, pinned: { entries: this.pinnedEntries, bytes: this.pinnedBytes } };
  }

  /**
   * Keeps the data version read ahead of requests: re-read every half TTL in the background, so a request (an
   * analyst's first above all) finds a version younger than its TTL and does not wait for the read. The bound on how
   * long an answer can lag behind an import stays the TTL. Returns the function that stops it.
   */
  keepFresh(): () => void {
    const every = this.options.versionTtlMs / 2;
    // A TTL this short is a test's "re-read on every request": nothing to keep ahead.
    if (!this.enabled || every < 50) return () => {};
    const timer = setInterval(() => {
      if (this.version && Date.now() - this.version.readAt < every) return;
      // Requests meanwhile still take the version read last, younger than the TTL.
      this.readVersion().catch(() => undefined);
    }, every);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * The data version, re-read once its TTL has passed. While the database cannot be reached the last version read
   * stands (no import can land meanwhile), so answers already computed for it are still served.
   */
  async dataVersion(): Promise<number> {
    const now = Date.now();
    if (this.version && now - this.version.readAt < this.options.versionTtlMs) return this.version.value;
    return this.readVersion();
  }

  /** Reads the data version (one read at a time, shared by whoever asks meanwhile). */
  private readVersion(): Promise<number> {
    // Read apart from the request that happens to ask first: it is the cache's version, not one of that request's reads.
    this.versionRead ??= outsideRequest(() => dataVersion(this.executor))
      .then(
        (read) => {
          // An answer kept meanwhile may have shown a newer version (set): the version never goes back.
          const value = Math.max(read, this.version?.value ?? read);
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
    // An answer of an older version is never served again; one of a newer version (kept by a request that read it
    // before this cache re-read its version) waits for it.
    if (hit.version < version) this.delete(key);
    if (hit.version !== version) return undefined;
    // Re-insert: the Map's order is the recency order for eviction.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.response;
  }

  /**
   * Keeps an answer. A pinned one goes into the pinned budget and is never pushed out by others; when that budget is
   * spent it is kept as any other. Returns whether it was pinned.
   */
  set(key: string, version: number, response: CachedResponse, { pinned = false }: { pinned?: boolean } = {}): boolean {
    this.sawVersion(version);
    const bytes = response.body.length + Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(response.headers));
    const wasPinned = this.entries.get(key)?.pinned === true;
    this.delete(key);
    const pin = (pinned || wasPinned) && this.pinnedBytes + bytes <= (this.options.maxPinnedBytes ?? 0);
    if (!pin && bytes > this.options.maxBytes / 4) return false;
    this.entries.set(key, { version, response, bytes, pinned: pin });
    if (pin) {
      this.pinnedBytes += bytes;
      this.pinnedEntries++;
      return true;
    }
    this.bytes += bytes;
    for (const [oldest, held] of this.entries) {
      if (this.entries.size - this.pinnedEntries <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      if (!held.pinned) this.delete(oldest);
    }
    return false;
  }

  /**
   * A version read elsewhere (by a request, by the report store) is known to exist, and versions only grow: a newer
   * one than this cache holds is taken at once instead of at the next re-read.
   */
  sawVersion(version: number): void {
    if (this.version && version > this.version.value) this.version = { value: version, readAt: Date.now() };
  }

  /** Moves a kept answer into the pinned budget if it fits; returns whether it is pinned. */
  pin(key: string): boolean {
    const held = this.entries.get(key);
    if (!held) return false;
    if (held.pinned) return true;
    if (this.pinnedBytes + held.bytes > (this.options.maxPinnedBytes ?? 0)) return false;
    this.delete(key);
    this.entries.set(key, { ...held, pinned: true });
    this.pinnedBytes += held.bytes;
    this.pinnedEntries++;
    return true;
  }

  /** Drops every answer kept for a version older than `version` (none of them will be served again). */
  dropBefore(version: number): void {
    for (const [key, held] of this.entries) if (held.version < version) this.delete(key);
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    if (old.pinned) {
      this.pinnedBytes -= old.bytes;
      this.pinnedEntries--;
    } else this.bytes -= old.bytes;
  }
}
