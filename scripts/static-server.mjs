// A small static file server for the built site: `npm start` and the browser tests use it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

async function fileFor(root, pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return undefined;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port); resolves to the server and its origin.
 * `headers` are added to every response (the browser tests block scripts with a policy header).
 */
export async function startServer({ root = 'dist', port = 4321, headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = await fileFor(base, pathname);
    const notFound = path ? undefined : await fileFor(base, '/404.html');
    const served = path ?? notFound;
    if (!served) {
      response.writeHead(404, { 'content-type': TYPES['.txt'], ...headers }).end('Not found');
      return;
    }
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    // Compress text as any real host does, so benchmarks see the bytes a reader would.
    const gzip = /gzip/.test(String(request.headers['accept-encoding'] ?? '')) && /text|json|xml|svg/.test(type);
    response.writeHead(path ? 200 : 404, {
      'content-type': type,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...headers,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const body = createReadStream(served);
    (gzip ? body.pipe(createGzip({ level: 9 })) : body).pipe(response);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  return { server, origin: `http://localhost:${typeof address === 'object' && address ? address.port : port}` };
}
