// The response cache's budgets: answers encoded ahead are pinned and never pushed out by clients' other requests, a
// newer version is taken from the answers kept, and the key of a request is what makes its bytes (answerType, the
// export's parameters in name order). No database: these methods read none (the executor is never called).
import { describe, expect, it } from 'vitest';
import type { Executor } from '../../src/db/executor.js';
import { exportKey } from '../../src/http/exportsEndpoint.js';
import { KnownRequests } from '../../src/http/knownRequests.js';
import { ResponseCache, type CachedResponse } from '../../src/http/responseCache.js';
import { answerType } from '../../src/http/responseCachePlugin.js';

const unused = {} as Executor;
const answer = (bytes: number): CachedResponse => ({ status: 200, headers: {}, body: Buffer.alloc(bytes) });

describe('the response cache', () => {
  it('keeps pinned answers apart: other answers past the entry budget push out only each other', () => {
    const cache = new ResponseCache(unused, { versionTtlMs: 1_000, maxEntries: 2, maxBytes: 1_000_000, maxPinnedBytes: 10_000 });
    expect(cache.set('page-1', 7, answer(1_000), { pinned: true })).toBe(true);
    expect(cache.set('page-2', 7, answer(1_000), { pinned: true })).toBe(true);
    for (let i = 0; i < 5; i++) expect(cache.set(`client-${i}`, 7, answer(10))).toBe(false);
    expect(cache.get('page-1', 7)).toBeDefined();
    expect(cache.get('page-2', 7)).toBeDefined();
    expect(cache.get('client-0', 7)).toBeUndefined();
    expect(cache.get('client-4', 7)).toBeDefined();
    expect(cache.size.entries).toBe(4);
    expect(cache.size.pinned.entries).toBe(2);
  });

  it('keeps an answer past the pinned budget as any other, and pins a kept one that fits', () => {
    const cache = new ResponseCache(unused, { versionTtlMs: 1_000, maxEntries: 10, maxBytes: 1_000_000, maxPinnedBytes: 1_500 });
    expect(cache.set('a', 1, answer(1_000), { pinned: true })).toBe(true);
    expect(cache.set('b', 1, answer(1_000), { pinned: true })).toBe(false);
    expect(cache.get('b', 1)).toBeDefined();
    expect(cache.pin('b')).toBe(false);
    cache.set('small', 1, answer(100));
    expect(cache.pin('small')).toBe(true);
    expect(cache.size.pinned.entries).toBe(2);
  });

  it('drops the answers of older versions, and keeps one of a newer version than the one asked for', () => {
    const cache = new ResponseCache(unused, { versionTtlMs: 1_000, maxEntries: 10, maxBytes: 1_000_000, maxPinnedBytes: 10_000 });
    cache.set('old', 3, answer(10), { pinned: true });
    cache.set('new', 4, answer(10), { pinned: true });
    // A request that still knows version 3 does not throw away the answer of version 4.
    expect(cache.get('new', 3)).toBeUndefined();
    expect(cache.get('new', 4)).toBeDefined();
    cache.dropBefore(4);
    expect(cache.size).toMatchObject({ entries: 1, pinned: { entries: 1 } });
    expect(cache.get('old', 3)).toBeUndefined();
  });
});

describe('the cache key of a request', () => {
  it('is the media type Apollo answers in, not the Accept header as written', () => {
    expect(answerType(undefined)).toBe('application/json; charset=utf-8');
    expect(answerType('*/*')).toBe(answerType('application/json'));
    expect(answerType('application/json, text/plain, */*')).toBe(answerType('application/json'));
    expect(answerType('application/graphql-response+json, application/json;q=0.9')).toBe('application/graphql-response+json; charset=utf-8');
    expect(answerType('text/html')).toBe('unacceptable:text/html');
  });

  it('names an export by its path and its parameters in name order', () => {
    const key = (path: string) => exportKey(new URL(path, 'http://localhost'));
    expect(key('/exports/gaps.csv?regime=NSG&against=WA')).toBe(key('/exports/gaps.csv?against=WA&regime=NSG'));
    expect(key('/exports/gaps.csv?regime=NSG&against=WA')).not.toBe(key('/exports/gaps.md?regime=NSG&against=WA'));
    expect(key('/exports/gaps.csv?regime=NSG&against=WA')).not.toBe(key('/exports/gaps.csv?regime=WA&against=NSG'));
  });
});

describe('requests known by their bytes', () => {
  const json = { contentType: 'application/json', answerType: answerType('application/json') };

  it('are only JSON POSTs, keyed on their exact bytes, content type and answer type', () => {
    const body = JSON.stringify({ query: '{ regimes { code } }', variables: {} });
    // Another content type meets Apollo's CSRF prevention, which reads more headers: never known.
    expect(KnownRequests.key({ ...json, contentType: 'text/plain' }, body)).toBeNull();
    expect(KnownRequests.key({ ...json, contentType: undefined }, body)).toBeNull();
    expect(KnownRequests.key(json, body)).toBe(KnownRequests.key(json, body));
    expect(KnownRequests.key(json, body)).not.toBe(KnownRequests.key(json, `${body} `));
    expect(KnownRequests.key(json, body)).not.toBe(KnownRequests.key({ ...json, contentType: 'application/json; charset=utf-8' }, body));
    expect(KnownRequests.key(json, body)).not.toBe(KnownRequests.key({ ...json, answerType: answerType('application/graphql-response+json') }, body));
  });

  it('forget the least recently used past their bound', () => {
    const known = new KnownRequests(2);
    known.set('a', { key: 'A', operation: 'x' });
    known.set('b', { key: 'B', operation: 'x' });
    expect(known.get('a')?.key).toBe('A');
    known.set('c', { key: 'C', operation: 'x' });
    expect(known.get('b')).toBeUndefined();
    expect(known.get('a')?.key).toBe('A');
    expect(known.size).toBe(2);
  });
});
