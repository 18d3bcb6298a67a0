// A minimal static file server for the end-to-end tests of a build under a sub-path, served the way
// a static host (GitHub Pages) would: files under BASE, folder/index.html, 404.html for misses.
// (`astro preview` allows one server per project, and it already serves the root build.)
// Usage: node scripts/serve-static.mjs <dir> <port> <base>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [dir = 'dist-subpath', port = '4322', base = '/'] = process.argv.slice(2);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
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

async function fileFor(pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const inside = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [inside, join(inside, 'index.html')]) {
    const path = join(dir, candidate);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
  }
  return undefined;
}

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const path = await fileFor(pathname);
  const status = path ? 200 : 404;
  const body = await readFile(path ?? join(dir, '404.html')).catch(() => 'Not found');
  response.writeHead(status, { 'content-type': TYPES[extname(path ?? '.html')] ?? 'application/octet-stream' });
  response.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
