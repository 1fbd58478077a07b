// Apollo's store of parsed documents is bounded: least recently used out first, never past its size.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../src/http/documentStore.js';

const doc = (n: number) => parse(`{ q${n}: entry(list: "us-ccl@ecfr-2026", code: "9A012") { code title } }`);

describe('the document store', () => {
  it('holds documents up to its size, evicting the least recently used', async () => {
    const one = Buffer.byteLength(JSON.stringify(doc(10))) + 'k10'.length;
    const store = new DocumentStore(one * 5);
    for (let n = 10; n < 15; n++) await store.set(`k${n}`, doc(n));
    expect(store.size.documents).toBe(5);
    await store.get('k10'); // used again: k11 is now the oldest
    await store.set('k15', doc(15));
    expect(await store.get('k11')).toBeUndefined();
    expect(await store.get('k10')).toBeDefined();
    expect(store.size.bytes).toBeLessThanOrEqual(one * 5);
    for (let n = 16; n < 100; n++) await store.set(`k${n}`, doc(n));
    expect(store.size.documents).toBe(5);
    expect(store.size.bytes).toBeLessThanOrEqual(one * 5);
  });

  it('keeps no document larger than a quarter of it', async () => {
    const store = new DocumentStore(100);
    await store.set('big', doc(1));
    expect(store.size).toEqual({ documents: 0, bytes: 0, maxBytes: 100 });
  });
});
