// The built modules in plain Node 20 (no DOM): importing any entry must not touch `window` or
// `document` (SSR safety), and the client and quantity modules must work unchanged against a real
// HTTP server (the simulator). Ends with `node: N passed, N failed`.
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadSimulator } from './load-simulator.mjs';
import { recordSummary } from './summary.mjs';

const results = [];
async function check(name, run) {
  try {
    const detail = await run();
    results.push(true);
    console.log(`ok   node: ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL node: ${name}: ${error?.stack ?? error}`);
  }
}

const entries = [
  'dist/index.js',
  'dist/client/index.js',
  'dist/quantity/index.js',
  'dist/context/index.js',
  ...readdirSync('dist/elements').map((name) => `dist/elements/${name}/define.js`),
];
for (const entry of entries) {
  await check(`import ${entry} without a DOM`, async () => {
    if (typeof globalThis.window !== 'undefined' || typeof globalThis.document !== 'undefined') {
      throw new Error('a DOM global exists before the import');
    }
    await import(pathToFileURL(entry).href);
    if (typeof globalThis.document !== 'undefined') throw new Error('the import created document');
  });
}

const { createOrchestrationClient } = await import(pathToFileURL('dist/client/index.js').href);
const { parseQuantity, formatQuantity, compareQuantities } = await import(
  pathToFileURL('dist/quantity/index.js').href
);

await check('quantities are exact', () => {
  if (formatQuantity('1.5Gi') !== '1536Mi') throw new Error(formatQuantity('1.5Gi'));
  if (compareQuantities('1Gi', '1024Mi') !== 0) throw new Error('1Gi != 1024Mi');
  return `1e3 = ${parseQuantity('1e3').nanos / 1_000_000_000n}`;
});

const simulator = await loadSimulator();
const hub = simulator.createSimulatorHub({ defaultClock: 'real' });
const middleware = simulator.connectMiddleware(hub);
const server = createServer((request, response) =>
  middleware(request, response, () => {
    response.statusCode = 404;
    response.end();
  }),
);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
try {
  const client = createOrchestrationClient({ baseUrl, retry: { attempts: 1 } });
  await check('the client reads a status over HTTP', async () => {
    const status = await client.getStatus('globex');
    if (status.status !== 'ready') throw new Error(JSON.stringify(status));
    return `globex ${status.ready_replicas}/${status.replicas}`;
  });
  await check('the client maps a never-deployed 500 to not_deployed', async () => {
    const error = await client.getStatus('hooli').then(
      () => null,
      (caught) => caught,
    );
    if (error?.code !== 'not_deployed') throw new Error(String(error));
  });
  await check('the status store polls without a document and leaves no timer', async () => {
    const snapshot = await new Promise((resolve) => {
      const stop = client.watchStatus('acme', {}, (next) => {
        if (next.status) {
          stop();
          resolve(next);
        }
      });
    });
    const stats = client.watchStats();
    if (stats.timers !== 0 || stats.watches !== 0) throw new Error(JSON.stringify(stats));
    return `acme ${snapshot.status.status}`;
  });
} finally {
  server.close();
}

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`node: ${passed} passed, ${failed} failed`);
recordSummary('node', { passed, failed });
process.exit(failed > 0 ? 1 : 0);
