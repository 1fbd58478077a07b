// The files the service serves itself: the analyst's page (page.ts) and GraphiQL (playground.ts), read with GET or HEAD.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pageAsset } from './page.js';
import { playgroundAsset } from './playground.js';

/** Sends the page's or GraphiQL's file at `pathname`; false when there is none (or the method is not GET or HEAD). */
export function sendAsset(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  const asset = req.method === 'GET' || req.method === 'HEAD' ? (pageAsset(pathname) ?? playgroundAsset(pathname)) : null;
  if (!asset) return false;
  res.writeHead(asset.status, {
    ...asset.headers,
    'content-type': asset.contentType,
    'content-length': Buffer.byteLength(asset.body),
    'cache-control': asset.cacheControl,
  });
  res.end(req.method === 'HEAD' ? undefined : asset.body);
  return true;
}
