// The documents Apollo has parsed and validated, kept so that a query asked again skips both. Apollo's default
// store holds 30 MiB of documents as measured by their JSON, about 150 MB of heap for the small queries tools send
// (a parsed document keeps its tokens): a client sending a new document each time fills it, and the heap grew
// run after run of the resilience soak until it would have reached that. This one holds at most `maxBytes` of the
// same measure (docs/decisions/0017), least recently used first out, and says how full it is.
import type { DocumentNode } from 'graphql';

/** 2 MiB of JSON: about 1,200 of the small queries tools send, about 10 MB of heap. */
export const DOCUMENT_STORE_BYTES = 2 * 1024 * 1024;

export class DocumentStore {
  private readonly documents = new Map<string, { document: DocumentNode; bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number = DOCUMENT_STORE_BYTES) {}

  /** Documents held and their size (the JSON measure). */
  get size(): { documents: number; bytes: number; maxBytes: number } {
    return { documents: this.documents.size, bytes: this.bytes, maxBytes: this.maxBytes };
  }

  async get(key: string): Promise<DocumentNode | undefined> {
    const held = this.documents.get(key);
    if (!held) return undefined;
    // Re-insert: the Map's order is the recency order for eviction.
    this.documents.delete(key);
    this.documents.set(key, held);
    return held.document;
  }

  async set(key: string, document: DocumentNode): Promise<void> {
    // Apollo's own measure: the document's JSON (a location prints as its start and end), about a fifth of its heap.
    const bytes = Buffer.byteLength(JSON.stringify(document)) + key.length;
    if (bytes > this.maxBytes / 4) return;
    await this.delete(key);
    this.documents.set(key, { document, bytes });
    this.bytes += bytes;
    for (const [oldest, held] of this.documents) {
      if (this.bytes <= this.maxBytes) break;
      this.documents.delete(oldest);
      this.bytes -= held.bytes;
    }
  }

  async delete(key: string): Promise<boolean> {
    const held = this.documents.get(key);
    if (!held) return false;
    this.documents.delete(key);
    this.bytes -= held.bytes;
    return true;
  }
}
