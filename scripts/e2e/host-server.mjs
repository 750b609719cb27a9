// A tiny static server for a built host app, with the simulator hub mounted at /api and /__sim.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * Serves `root` (and `files`, URL path → file, e.g. the bundle next to a plain page) on 127.0.0.1
 * (`port`, default a free one). Unknown paths without an extension get `index.html` (client-side routing).
 * `middleware` (Connect style) sees every request first: the simulator answers its own paths.
 */
export async function startHostServer({ root, files = {}, middleware, port = 0 }) {
  const server = createServer((req, res) => {
    middleware(req, res, (error) => {
      if (error) {
        res.statusCode = 500;
        res.end(String(error?.stack ?? error));
        return;
      }
      serveStatic(req, res).catch((failure) => {
        res.statusCode = 500;
        res.end(String(failure));
      });
    });
  });

  async function serveStatic(req, res) {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (pathname === '/favicon.ico') {
      res.statusCode = 204;
      res.end();
      return;
    }
    let path = files[pathname] ?? null;
    if (!path) {
      const relative = normalize(pathname === '/' ? '/index.html' : pathname);
      const candidate = join(root, relative);
      if (!candidate.startsWith(root + sep) && candidate !== root) {
        res.statusCode = 403;
        res.end();
        return;
      }
      path =
        (await fileAt(candidate)) ?? (extname(relative) === '' ? join(root, 'index.html') : null);
    }
    if (!path || !(await fileAt(path))) {
      res.statusCode = 404;
      res.end(`not found: ${pathname}`);
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(path).pipe(res);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
