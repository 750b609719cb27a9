// The benchmark's own HTTP server: the kit's built bundle, the floor elements (bundled here with
// esbuild, production Lit), generated pages, and the simulator hub at /api and /__sim.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadSimulator } from '../../scripts/load-simulator.mjs';

export const root = join(import.meta.dirname, '..', '..');
export const bundlePath = join(root, 'dist', 'veloflux-elements.bundle.js');

const JS = 'text/javascript; charset=utf-8';
const HTML = 'text/html; charset=utf-8';

/** The floor elements (bench/pages/floor.js) with Lit, minified like a production page would ship. */
async function buildFloor() {
  const result = await build({
    entryPoints: [join(import.meta.dirname, '..', 'pages', 'floor.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/**
 * Starts the server on a free 127.0.0.1 port. `pages` maps a path to a function of the URL's
 * search params returning HTML; `bundleFile` replaces the built bundle (e.g. to profile an
 * unminified build). Returns `{ url, hub, sim(path, init), close() }`.
 */
export async function startBenchServer({ pages, bundleFile = bundlePath }) {
  const simulator = await loadSimulator();
  if (!simulator) throw new Error('simulator/node.ts not found');
  const hub = simulator.createSimulatorHub({ defaultClock: 'real' });
  const middleware = simulator.connectMiddleware(hub);
  const bundle = await readFile(bundleFile);
  const floor = await buildFloor();
  const files = { '/bundle.js': bundle, '/floor.js': floor };

  const server = createServer((req, res) => {
    middleware(req, res, (error) => {
      if (error) {
        res.writeHead(500).end(String(error?.stack ?? error));
        return;
      }
      const url = new URL(req.url ?? '/', 'http://bench');
      const headers = { 'Cache-Control': 'no-store' };
      if (files[url.pathname]) {
        res.writeHead(200, { ...headers, 'Content-Type': JS }).end(files[url.pathname]);
      } else if (pages[url.pathname]) {
        res
          .writeHead(200, { ...headers, 'Content-Type': HTML })
          .end(pages[url.pathname](url.searchParams));
      } else if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
      } else {
        res.writeHead(404).end(`not found: ${url.pathname}`);
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${server.address().port}`;

  /** A control call to the simulator hub (JSON in and out). */
  async function sim(path, { method = 'GET', body } = {}) {
    const response = await fetch(url + path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? null : response.json();
  }

  return {
    url,
    hub,
    sim,
    /** A new isolated simulator session (seeded, real clock) → its base URL. */
    async session() {
      const { baseUrl } = await sim('/__sim/sessions', { method: 'POST', body: { clock: 'real' } });
      return baseUrl;
    },
    /** The request log of a session (or of the default simulator for `''`). */
    requests: (baseUrl) => sim(`${baseUrl || '/__sim'}/control/requests`),
    clearRequests: (baseUrl) =>
      sim(`${baseUrl || '/__sim'}/control/requests`, { method: 'DELETE' }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
