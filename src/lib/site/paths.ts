// Builds site-internal URLs that respect the configured base path (e.g. "/aws-ai-practitioner/").
// Pure: the base is passed in (import.meta.env.BASE_URL at the call site). Ships to the browser.

/** Joins the base path and a site-relative path: withBase('/a/', 'x/') === '/a/x/'. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}${trimmedPath}`;
}
