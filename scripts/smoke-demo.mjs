// Starts `npm start`'s server on a free port, checks that the demo page and /api answer, and that
// the console renders a tenant in Chromium without page errors. Ends with `demo: N passed, N failed`.
import { spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { chromiumMissingMessage, chromiumPath } from './chromium-path.mjs';
import { loadSimulator } from './load-simulator.mjs';
import { recordSummary } from './summary.mjs';

const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function startDemo(port, env = {}) {
  const child = spawn(process.execPath, ['demo/serve.mjs'], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not start:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes(`:${port}/`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`demo exited (${code}):\n${output}`)));
  });
  return { child, ready };
}

const results = [];
async function check(name, run) {
  try {
    const detail = await run();
    results.push(true);
    console.log(`ok   demo: ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL demo: ${name}: ${error?.message ?? error}`);
  }
}

const missing = chromiumMissingMessage();
if (missing) {
  process.stderr.write(missing);
  process.exit(1);
}
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const demo = startDemo(port);
try {
  await demo.ready;
  await check(`PORT=${port} serves the page`, async () => {
    const response = await fetch(`${base}/`);
    const text = await response.text();
    if (response.status !== 200 || !text.includes('VeloFlux Console')) {
      throw new Error(`status ${response.status}`);
    }
  });
  await check('the simulator answers at /api', async () => {
    const response = await fetch(`${base}/api/tenants/globex/orchestration/status`);
    const body = await response.json();
    if (response.status !== 200 || body.tenant_id !== 'globex') {
      throw new Error(`status ${response.status}`);
    }
    return `globex is ${body.status}`;
  });
  await check('the console renders a tenant without page errors', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${base}/?tenant=globex`);
      const badge = page.locator('vf-orch-panel >> header vf-orch-status >> [part=badge]');
      await badge.filter({ hasText: 'Ready' }).waitFor({ timeout: 30_000 });
      const tenants = await page.locator('#tenant-list li').count();
      if (tenants < 8) throw new Error(`${tenants} tenants listed`);
      if (errors.length) throw new Error(errors.join('; '));
      return `${tenants} tenants listed, globex Ready`;
    } finally {
      await browser.close();
    }
  });
} catch (error) {
  results.push(false);
  console.log(`FAIL demo: ${error?.message ?? error}`);
} finally {
  demo.child.kill('SIGTERM');
}

// VF_API_TARGET: /api goes to another server (here a second simulator standing in for VeloFlux).
const simulator = await loadSimulator();
const upstreamHub = simulator.createSimulatorHub({ defaultClock: 'real' });
const upstreamMiddleware = simulator.connectMiddleware(upstreamHub);
let upstreamRequests = 0;
const upstream = createHttpServer((request, response) => {
  upstreamRequests += 1;
  upstreamMiddleware(request, response, () => {
    response.statusCode = 404;
    response.end();
  });
});
await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
const proxiedPort = await freePort();
const proxied = startDemo(proxiedPort, {
  VF_API_TARGET: `http://127.0.0.1:${upstream.address().port}`,
});
try {
  await proxied.ready;
  await check('VF_API_TARGET proxies /api to that server', async () => {
    const response = await fetch(
      `http://127.0.0.1:${proxiedPort}/api/tenants/acme/orchestration/status`,
    );
    const body = await response.json();
    if (response.status !== 200 || body.tenant_id !== 'acme' || upstreamRequests !== 1) {
      throw new Error(`status ${response.status}, upstream saw ${upstreamRequests} requests`);
    }
    return 'the target answered';
  });
} catch (error) {
  results.push(false);
  console.log(`FAIL demo: ${error?.message ?? error}`);
} finally {
  proxied.child.kill('SIGTERM');
  upstream.close();
}
const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`demo: ${passed} passed, ${failed} failed`);
recordSummary('demo', { passed, failed });
process.exit(failed > 0 ? 1 : 0);
