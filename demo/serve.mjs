// `npm start`: the demo console on http://127.0.0.1:${PORT:-5173}, with the simulator mounted at /api,
// or with /api proxied to a real VeloFlux server when VF_API_TARGET is set.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { loadSimulator } from '../scripts/load-simulator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 5173);
const host = process.env.HOST || '127.0.0.1';
const target = process.env.VF_API_TARGET;

const simulator = target ? null : await loadSimulator();
const hub = simulator?.createSimulatorHub({ defaultClock: 'real' });

const server = await createServer({
  configFile: false,
  root: join(root, 'demo'),
  publicDir: false,
  logLevel: 'warn',
  clearScreen: false,
  define: { __VF_SIMULATOR__: JSON.stringify(!target) },
  server: {
    host,
    port,
    strictPort: true,
    fs: { allow: [root] },
    proxy: target ? { '/api': { target, changeOrigin: true, secure: false } } : undefined,
  },
  plugins: [
    {
      name: 'veloflux-simulator',
      configureServer(devServer) {
        if (hub) devServer.middlewares.use(simulator.connectMiddleware(hub));
      },
    },
  ],
});
await server.listen();
const backend = target ? `proxied to ${target}` : 'the embedded simulator';
console.log(`VeloFlux Orchestration Elements demo: http://${host}:${port}/  (API: ${backend})`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
