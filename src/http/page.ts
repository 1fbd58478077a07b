// The analyst's page at `/`: the files Vite builds from web/ into dist/page (`npm run build`), served as they are.
// Only the files the build wrote are served, looked up in a table made from that folder; never a path taken
// from the request. Hashed files under /assets/ are cached as immutable, the page itself is revalidated.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { projectRoot } from '../../graph/runtime/paths.js';
import type { PlaygroundResponse } from './playground.js';
import { sameOriginCsp } from './csp.js';

/** Everything the page loads comes from this origin. Inline styles: Observable Plot and Cytoscape set style attributes. */
export const PAGE_CSP = sameOriginCsp('data: blob:');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const NOSNIFF = { 'x-content-type-options': 'nosniff' } as const;

/** Where the build puts the page. */
export function pageFolder(): string {
  return join(projectRoot, 'dist', 'page');
}

interface PageFile {
  path: string;
  contentType: string;
  cacheControl: string;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let table: Map<string, PageFile> | undefined;

/** The URL → file table of the built page, read once; empty when the page has not been built. */
function pageFiles(): Map<string, PageFile> {
  if (table) return table;
  const folder = pageFolder();
  const files = new Map<string, PageFile>();
  if (existsSync(join(folder, 'index.html'))) {
    for (const path of filesUnder(folder)) {
      const url = '/' + relative(folder, path).split(sep).join('/');
      const contentType = CONTENT_TYPES[extname(path)];
      if (contentType === undefined || url.startsWith('/.')) continue;
      files.set(url === '/index.html' ? '/' : url, {
        path,
        contentType,
        cacheControl: url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    table = files; // a missing build is looked for again on the next request
  }
  return files;
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Concordance</title></head>
<body><main><h1>Concordance</h1><p>The analyst's page has not been built: run <code>npm run build</code>.
GraphQL is served at <a href="/graphql">/graphql</a> and GraphiQL at <a href="/graphiql">/graphiql</a>.</p></main></body></html>
`;

/**
 * The page's response for `pathname` (the URL path only): the page for `/`, one of its built files, or
 * `null` for any other path. The caller serves it for GET and HEAD with `content-type`, `cache-control`
 * and every entry of `headers`.
 */
export function pageAsset(pathname: string, again = true): PlaygroundResponse | null {
  const files = pageFiles();
  const file = files.get(pathname);
  if (file && !existsSync(file.path) && again) {
    // The page was built again while the service ran: its hashed names changed, so read the folder anew.
    table = undefined;
    return pageAsset(pathname, false);
  }
  if (pathname === '/' && !file) {
    return { status: 503, contentType: CONTENT_TYPES['.html'] as string, body: NOT_BUILT, cacheControl: 'no-store', headers: NOSNIFF };
  }
  if (!file) return null;
  const headers =
    file.contentType.startsWith('text/html')
      ? { ...NOSNIFF, 'content-security-policy': PAGE_CSP, 'referrer-policy': 'no-referrer' }
      : NOSNIFF;
  return { status: 200, contentType: file.contentType, body: readFileSync(file.path), cacheControl: file.cacheControl, headers };
}
