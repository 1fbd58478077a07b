import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/schema.js';
import { DEFAULT_QUERY, PLAYGROUND_CSP, PLAYGROUND_ENDPOINT, PLAYGROUND_PATH, playgroundAsset } from '../../src/http/playground.js';

function html(): string {
  const page = playgroundAsset(PLAYGROUND_PATH);
  if (!page) throw new Error('no page at /graphiql');
  return page.body.toString();
}

/** Every src/href in the page, and the script sources in order. */
function references(text: string): { all: string[]; scripts: string[]; styles: string[] } {
  const attr = (re: RegExp) => [...text.matchAll(re)].map((m) => m[1] as string);
  return {
    all: attr(/\b(?:src|href)\s*=\s*"([^"]*)"/g),
    scripts: attr(/<script\b[^>]*\bsrc="([^"]*)"/g),
    styles: attr(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]*)"/g),
  };
}

describe('the GraphiQL playground', () => {
  it('serves an HTML page at /graphiql titled for Concordance, with a strict same-origin CSP', () => {
    expect(PLAYGROUND_PATH).toBe('/graphiql');
    const page = playgroundAsset(PLAYGROUND_PATH);
    expect(page?.status).toBe(200);
    expect(page?.contentType).toBe('text/html; charset=utf-8');
    expect(page?.cacheControl).toBe('no-cache');
    expect(page?.headers['content-security-policy']).toBe(PLAYGROUND_CSP);
    expect(page?.headers['x-content-type-options']).toBe('nosniff');
    const text = html();
    expect(text).toContain('<title>Concordance — GraphQL</title>');
    expect(text).toMatch(/<meta charset="utf-8">/);
    expect(text).toContain('<div id="graphiql">');
    expect(PLAYGROUND_CSP).toContain("default-src 'none'");
    expect(PLAYGROUND_CSP).toContain("script-src 'self';");
    expect(PLAYGROUND_CSP).not.toMatch(/https?:|\*|'unsafe-eval'/);
  });

  it('references only same-origin /playground/ assets and no external URL', () => {
    const text = html();
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts: CSP allows 'self' only
    const refs = references(text);
    expect(refs.scripts.length).toBe(4);
    expect(refs.styles.length).toBe(2);
    // The non-/playground/ references are the empty data: favicon, which stops the browser asking for /favicon.ico,
    // and the link back to the analyst's page.
    const assets = refs.all.filter((url) => url !== '/');
    expect(assets.filter((url) => !url.startsWith('/playground/'))).toEqual(['data:,']);
    for (const url of assets) if (url !== 'data:,') expect(url).toMatch(/^\/playground\/[\w.@/-]+$/);
    // GraphiQL's UMD bundle needs the React and ReactDOM globals, so the order matters.
    expect(refs.scripts[0]).toMatch(/^\/playground\/react@18\.[\d.]+\/react\.production\.min\.js$/);
    expect(refs.scripts[1]).toMatch(/^\/playground\/react-dom@18\.[\d.]+\/react-dom\.production\.min\.js$/);
    expect(refs.scripts[2]).toMatch(/^\/playground\/graphiql@[\d.]+\/graphiql\.min\.js$/);
    expect(refs.scripts[3]).toBe('/playground/concordance.js');
  });

  it('serves every referenced asset with the right content type and a non-empty body', () => {
    const refs = references(html());
    for (const url of refs.all.filter((ref) => ref !== 'data:,' && ref !== '/')) {
      const asset = playgroundAsset(url);
      expect(asset, url).not.toBeNull();
      expect(asset?.status).toBe(200);
      expect(asset?.body.length, url).toBeGreaterThan(0);
      expect(asset?.headers['x-content-type-options']).toBe('nosniff');
      const expected = refs.scripts.includes(url) ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8';
      expect(asset?.contentType, url).toBe(expected);
      expect(asset?.cacheControl, url).toBe(url.includes('@') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    // The vendor files are the real bundles: React 18, and GraphiQL's UMD build exposing the GraphiQL global.
    const [react, , graphiql] = refs.scripts.map((url) => playgroundAsset(url)?.body.toString() ?? '');
    expect(react).toContain('c.version="18.');
    expect(graphiql).toContain('.GraphiQL=t(e.React,e.ReactDOM)');
    expect(graphiql).toContain('createFetcher');
  });

  it('reads each vendor file once and serves the same buffer afterwards', () => {
    const url = references(html()).scripts[2] as string;
    expect(playgroundAsset(url)?.body).toBe(playgroundAsset(url)?.body);
  });

  it('points GraphiQL at /graphql with a default query that is valid against the schema', () => {
    expect(PLAYGROUND_ENDPOINT).toBe('/graphql');
    const boot = playgroundAsset('/playground/concordance.js')?.body.toString() ?? '';
    expect(boot).not.toMatch(/https?:\/\//);
    expect(boot).toContain('GraphiQL.createFetcher({ url: new URL("/graphql", window.location.href).href })');
    expect(boot).toContain(`defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}`);
    // A link may carry the query and variables to fill in.
    expect(boot).toContain("params.get('query')");
    expect(boot).toContain("params.get('variables')");
    expect(html()).toContain('<code>/graphql</code>');
    const errors = validate(buildASTSchema(typeDefs()), parse(DEFAULT_QUERY));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('serves stylesheets whose fonts and images are data: URIs, and bundles whose URLs are only namespaces and links', () => {
    const refs = references(html());
    for (const url of refs.styles) {
      const text = playgroundAsset(url)?.body.toString() ?? '';
      for (const m of text.matchAll(/url\(\s*['"]?([^'")]*)/g)) expect(m[1], url).toMatch(/^data:/);
      expect(text, url).not.toMatch(/@import/);
    }
    // The URLs inside the bundles are XML namespaces, documentation links in error messages, anchors the
    // user may click (GraphiQL's logo, CodeMirror keymap docs) and markdown-it's "http://" link prefix;
    // none is loaded. A CDN host appearing here would mean a bundle that fetches code at runtime.
    const allowedHosts = new Set(['www.w3.org', 'reactjs.org', 'github.com', 'codemirror.net', 'radix-ui.com', 'commonmark.org', 'en.wikipedia.org', '']);
    for (const url of refs.scripts) {
      const text = playgroundAsset(url)?.body.toString() ?? '';
      const hosts = new Set([...text.matchAll(/https?:\/\/([\w.-]*)/g)].map((m) => m[1] as string));
      expect([...hosts].filter((host) => !allowedHosts.has(host)), url).toEqual([]);
      expect(/\bimport\(\s*["'`]https?:|\/\/(?:unpkg\.com|cdn\.jsdelivr\.net|esm\.sh|cdnjs\.)/.test(text), url).toBe(false);
    }
  });

  it.each([
    '/',
    '/graphiql/',
    '/index.html',
    '/graphql',
    '/playground',
    '/playground/',
    '/playground/graphiql.min.js',
    '/playground/graphiql@0.0.0/graphiql.min.js',
    '/playground/react@18.3.1/../../package.json',
    '/playground/../package.json',
    '/playground/%2e%2e/package.json',
    '/playground/graphiql@4.1.2/graphiql.min.js.map',
    '/playground/react@18.3.1/react.development.js',
    '//',
    '',
  ])('returns null for %j', (pathname) => {
    expect(playgroundAsset(pathname)).toBeNull();
  });
});
