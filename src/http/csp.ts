// The Content-Security-Policy of the pages the service serves (the analyst's page, GraphiQL): everything from the
// service's own origin, nothing inline but styles, no frames, no forms. Pages differ only in what images may be.

/** A same-origin policy; `images` adds image sources beside 'self' (e.g. "data:", "data: blob:"). */
export function sameOriginCsp(images: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' ${images}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
