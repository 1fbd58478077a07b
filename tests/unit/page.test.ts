// The analyst's page as the service serves it: the built index at /, its hashed assets, nothing else from disk.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_CSP, pageAsset, pageFolder } from '../../src/http/page.js';
import { PLAYGROUND_PATH, playgroundAsset } from '../../src/http/playground.js';

const built = existsSync(join(pageFolder(), 'index.html'));

describe.runIf(built)('the analyst’s page', () => {
  it('serves the built page at / with a same-origin CSP, revalidated', () => {
    const page = pageAsset('/');
    expect(page?.status).toBe(200);
    expect(page?.contentType).toBe('text/html; charset=utf-8');
    expect(page?.cacheControl).toBe('no-cache');
    expect(page?.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("default-src 'none'");
    expect(PAGE_CSP).not.toMatch(/https?:|\*|'unsafe-eval'/);
    const html = page?.body.toString() ?? '';
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('serves every asset the page names, hashed and immutable', () => {
    const html = pageAsset('/')?.body.toString() ?? '';
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] as string);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const url of assets) {
      const asset = pageAsset(url);
      expect(asset?.status, url).toBe(200);
      expect(asset?.cacheControl).toBe('public, max-age=31536000, immutable');
      expect(asset?.contentType).toMatch(/^text\/(javascript|css); charset=utf-8$/);
    }
  });

  it.each(['/index.html', '/assets/', '/assets/../index.html', '/assets/%2e%2e/index.html', '/graphql', '/package.json', PLAYGROUND_PATH])('has nothing at %j', (pathname) => {
    expect(pageAsset(pathname)).toBeNull();
  });

  it('leaves GraphiQL to the playground at /graphiql', () => {
    expect(playgroundAsset(PLAYGROUND_PATH)?.status).toBe(200);
    expect(playgroundAsset('/')).toBeNull();
  });
});
