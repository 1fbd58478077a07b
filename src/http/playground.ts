// The query playground: GraphiQL at `/graphiql`, pointed at `/graphql`, served entirely from this process.
// `/graphiql?query=…&variables=…` opens it with that query filled in (the analyst's page links here).
// GraphiQL 4's prebuilt UMD bundle (graphiql/graphiql.min.js) and its stylesheet come from
// node_modules together with the React 18 UMD builds it expects as globals (React 19 ships no UMD
// files); nothing is fetched from a CDN, so the page works offline.
//
// Only the fixed whitelist in `vendorFiles` is ever read from disk — never a path taken from the
// request. Vendor URLs carry the package version (`/playground/graphiql@4.1.2/graphiql.min.js`),
// so they can be cached as immutable; the page and its two small own files are revalidated.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sameOriginCsp } from './csp.js';

export interface PlaygroundResponse {
  status: number;
  contentType: string;
  body: Buffer | string;
  cacheControl: string;
  /**
   * Extra response headers the caller must also set: always `x-content-type-options: nosniff`;
   * on the HTML page also the `content-security-policy` (same-origin only) and `referrer-policy`.
   */
  headers: Readonly<Record<string, string>>;
}

/** The GraphQL endpoint the playground queries (same origin). */
export const PLAYGROUND_ENDPOINT = '/graphql';

/** Where the playground page is served. */
export const PLAYGROUND_PATH = '/graphiql';

/** The query a first-time visitor sees in the editor; it is valid against the schema (see tests/unit/playground.test.ts). */
export const DEFAULT_QUERY = `# Concordance: export-control regimes and lists.
# Run with Ctrl/Cmd-Enter; the schema is in Docs.
{
  regimes {
    code
    name
    participants {
      country {
        iso2
        name
      }
      status
      since
    }
  }
  lists {
    id
    title
    version
    entryCount
  }
}
`;

/** Everything the page needs comes from this origin; inline styles are allowed because GraphiQL's
 * components (Radix popovers, CodeMirror) inject style elements, fonts/images are data: URIs in graphiql.css. */
export const PLAYGROUND_CSP = sameOriginCsp('data:');

const PREFIX = '/playground/';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const HTML = 'text/html; charset=utf-8';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const NOSNIFF = { 'x-content-type-options': 'nosniff' } as const;

/** The only files this module reads from node_modules. */
const vendorFiles = [
  { pkg: 'react', file: 'umd/react.production.min.js', name: 'react.production.min.js', contentType: JS },
  { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', name: 'react-dom.production.min.js', contentType: JS },
  { pkg: 'graphiql', file: 'graphiql.min.css', name: 'graphiql.min.css', contentType: CSS },
  { pkg: 'graphiql', file: 'graphiql.min.js', name: 'graphiql.min.js', contentType: JS },
] as const;

type VendorName = (typeof vendorFiles)[number]['name'];

interface Asset {
  contentType: string;
  cacheControl: string;
  /** Reads the file (or builds the text) on first use; the result is kept. */
  load: () => Buffer | string;
}

const BOOT_SCRIPT = `// Starts GraphiQL (loaded above as the UMD global GraphiQL, with React and ReactDOM) in #graphiql.
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({ url: new URL(${JSON.stringify(PLAYGROUND_ENDPOINT)}, window.location.href).href });
  var props = { fetcher: fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} };
  // A link from the analyst's page carries the query that produced a view, and its variables.
  var params = new URLSearchParams(window.location.search);
  if (params.get('query')) props.query = params.get('query');
  if (params.get('variables')) props.variables = params.get('variables');
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, props));
})();
`;

const PAGE_CSS = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; overflow: hidden; }
.concordance-header {
  flex: none; margin: 0; padding: 8px 16px; font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: hsl(219, 28%, 32%); background: hsl(219, 28%, 97%); border-bottom: 1px solid hsla(219, 28%, 32%, 0.15);
}
.concordance-header strong { font-weight: 600; }
.concordance-header a { color: inherit; }
.concordance-header code { font-family: ui-monospace, 'Fira Code', monospace; }
#graphiql { flex: 1 1 auto; min-height: 0; }
body.graphiql-dark .concordance-header { color: hsl(219, 29%, 78%); background: hsl(219, 29%, 14%); border-bottom-color: hsla(219, 29%, 78%, 0.15); }
@media (prefers-color-scheme: dark) {
  body:not(.graphiql-light) .concordance-header { color: hsl(219, 29%, 78%); background: hsl(219, 29%, 14%); border-bottom-color: hsla(219, 29%, 78%, 0.15); }
}
`;

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

function page(urls: Record<VendorName | 'page.css' | 'boot.js', string>): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Concordance — GraphQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${urls['graphiql.min.css']}">
<link rel="stylesheet" href="${urls['page.css']}">
</head>
<body>
<p class="concordance-header"><strong>Concordance</strong> — the MTCR, Wassenaar Arrangement, NSG and Australia Group control lists and the national lists that implement them, harmonised in one graph. Query it below; the API is at <code>${PLAYGROUND_ENDPOINT}</code>; overlaps, gaps and memberships as pictures are on <a href="/">the analyst's page</a>.</p>
<div id="graphiql"><noscript>The GraphiQL playground needs JavaScript; the GraphQL API itself is at ${PLAYGROUND_ENDPOINT}.</noscript></div>
<script src="${urls['react.production.min.js']}"></script>
<script src="${urls['react-dom.production.min.js']}"></script>
<script src="${urls['graphiql.min.js']}"></script>
<script src="${urls['boot.js']}"></script>
</body>
</html>
`;
}

/** Builds the route table on first use (so importing this module touches no files). */
const routes = once((): Map<string, Asset> => {
  const require = createRequire(import.meta.url);
  const table = new Map<string, Asset>();
  const urls = {} as Record<VendorName | 'page.css' | 'boot.js', string>;
  for (const { pkg, file, name, contentType } of vendorFiles) {
    // Resolve through package.json: these packages' `exports` do not list the bundle files.
    const manifestPath = require.resolve(`${pkg}/package.json`);
    const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const path = join(dirname(manifestPath), file);
    const url = `${PREFIX}${pkg}@${version}/${name}`;
    urls[name] = url;
    table.set(url, { contentType, cacheControl: IMMUTABLE, load: once(() => readFileSync(path)) });
  }
  urls['page.css'] = `${PREFIX}concordance.css`;
  urls['boot.js'] = `${PREFIX}concordance.js`;
  table.set(urls['page.css'], { contentType: CSS, cacheControl: REVALIDATE, load: () => PAGE_CSS });
  table.set(urls['boot.js'], { contentType: JS, cacheControl: REVALIDATE, load: () => BOOT_SCRIPT });
  const html = page(urls);
  table.set(PLAYGROUND_PATH, { contentType: HTML, cacheControl: REVALIDATE, load: () => html });
  return table;
});

/**
 * The playground response for `pathname` (the URL path only, no query string): the HTML page for `/graphiql`,
 * or one of the whitelisted `/playground/…` files; `null` for any other path. The caller should serve
 * it for GET and HEAD, setting `content-type`, `cache-control` and every entry of `headers`.
 * Throws if a whitelisted package file is missing from node_modules.
 */
export function playgroundAsset(pathname: string): PlaygroundResponse | null {
  if (pathname !== PLAYGROUND_PATH && !pathname.startsWith(PREFIX)) return null;
  const asset = routes().get(pathname);
  if (!asset) return null;
  const headers =
    pathname === PLAYGROUND_PATH
      ? { ...NOSNIFF, 'content-security-policy': PLAYGROUND_CSP, 'referrer-policy': 'no-referrer' }
      : NOSNIFF;
  return { status: 200, contentType: asset.contentType, body: asset.load(), cacheControl: asset.cacheControl, headers };
}
