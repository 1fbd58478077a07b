// Requests known by their bytes (docs/decisions/0025). Apollo's pipeline (parse, validation, the query limits and
// cost, the cache plugin's normalised key) costs about a millisecond even when the answer is cached, which is most of a
// cached answer's time. A POST whose exact bytes Apollo has already accepted and answered from, or into, the response
// cache is accepted again the same way (each of those checks depends on the document, its variables and these headers
// only), so its bytes map to the cache key its answer is kept under and the lookup skips the pipeline. Only JSON
// POSTs are known: for another content type Apollo's CSRF prevention looks at more headers.
import { ResponseCache } from './responseCache.js';

/** What a known request's answer is kept under, and the operation label its metrics count. */
export interface KnownRequest {
  key: string;
  operation: string;
}

/** The request's headers the known key includes, as they arrived. */
export interface KnownRequestHeaders {
  contentType: string | undefined;
  /** The media type the answer is written in (answerType of Accept). */
  answerType: string;
}

export class KnownRequests {
  private readonly known = new Map<string, KnownRequest>();

  /** `max`: requests remembered, least recently used forgotten first (about 200 bytes each). */
  constructor(private readonly max: number) {}

  /** The key of a POST with these headers and body, or null when it is not one that can be known. */
  static key(headers: KnownRequestHeaders, body: string): string | null {
    const type = headers.contentType?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return null;
    return ResponseCache.key('known-post', headers.contentType ?? '', headers.answerType, body);
  }

  get(key: string): KnownRequest | undefined {
    const known = this.known.get(key);
    if (known) {
      this.known.delete(key);
      this.known.set(key, known);
    }
    return known;
  }

  set(key: string, request: KnownRequest): void {
    this.known.delete(key);
    this.known.set(key, request);
    for (const [oldest] of this.known) {
      if (this.known.size <= this.max) break;
      this.known.delete(oldest);
    }
  }

  get size(): number {
    return this.known.size;
  }
}
