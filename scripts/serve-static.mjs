// A minimal static file server, serving a build the way a static host (GitHub Pages) would: files under
// BASE, folder/index.html, 404.html for misses, and with --gzip text compressed (level 9) for clients
// that accept it, as most hosts do. The end-to-end tests use it for the build under a sub-path
// (`astro preview` allows one server per project, and it already serves the root build); `npm run
// lighthouse` uses it with --gzip, so the figures are those of a compressing host.
// Usage: node scripts/serve-static.mjs <dir> <port> <base> [--gzip]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
// Compressed as a host compresses text; fonts, images and Pagefind's index are compressed already.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

async function fileFor(dir, base, pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const inside = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [inside, join(inside, 'index.html')]) {
    const path = join(dir, candidate);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
  }
  return undefined;
}

/** Starts serving `dir` at http://127.0.0.1:<port><base>; resolves with the server once it listens. */
export function serveStatic({ dir, port, base = '/', gzip = false }) {
  /** Compressed bodies by path: a build does not change while it is served. */
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = await fileFor(dir, base, pathname);
    const status = path ? 200 : 404;
    const file = path ?? join(dir, '404.html');
    const body = await readFile(file).catch(() => Buffer.from('Not found'));
    const extension = extname(path ?? '.html');
    const headers = { 'content-type': TYPES[extension] ?? 'application/octet-stream' };
    const wantsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip && COMPRESSIBLE.has(extension)) {
      headers['vary'] = 'Accept-Encoding';
      if (wantsGzip) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
        headers['content-encoding'] = 'gzip';
        response.writeHead(status, headers);
        response.end(compressed.get(file));
        return;
      }
    }
    response.writeHead(status, headers);
    response.end(body);
  });
  return new Promise((resolve) => server.listen(Number(port), '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const [dir = 'dist-subpath', port = '4322', base = '/'] = args.filter((arg) => !arg.startsWith('--'));
  const gzip = args.includes('--gzip');
  await serveStatic({ dir, port, base, gzip });
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}${gzip ? ' (gzip)' : ''}`);
}
