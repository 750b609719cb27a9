// End-to-end test of the host examples (examples/html, examples/vue, examples/angular): each is
// installed (when its node_modules is missing), built from the package's dist/, served with the
// simulator at /api, and driven in headless Chromium. Run after the root `npm run build`:
//
//   node scripts/e2e-hosts.mjs                 every host
//   node scripts/e2e-hosts.mjs vue angular     some hosts
//   node scripts/e2e-hosts.mjs --serve vue     build one host and keep it served (PORT, default 4300)
//   node scripts/e2e-hosts.mjs --no-build ...  use the hosts' existing builds
//
// Prints one line per check and ends with `hosts: N passed, N failed` (exit code 1 on a failure).
import { recordSummary } from './summary.mjs';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumMissingMessage, chromiumPath } from './chromium-path.mjs';
import { startHostServer } from './e2e/host-server.mjs';
import {
  controlTouchedOnBlur,
  formBindingUpdatesModel,
  hostReceived,
  oneScaleRequest,
  scaleUp,
  statusRenders,
} from './e2e/page-checks.mjs';
import { runCommand } from './e2e/run-command.mjs';
import { loadSimulator } from './load-simulator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const examples = join(root, 'examples');

const HOSTS = {
  html: {
    dir: join(examples, 'html'),
    // No install and no build: the page loads the self-contained bundle, served beside it.
    serveRoot: join(examples, 'html'),
    files: {
      '/veloflux-elements.bundle.js': join(dist, 'veloflux-elements.bundle.js'),
      '/veloflux-elements.bundle.js.map': join(dist, 'veloflux-elements.bundle.js.map'),
    },
    formModel: false,
  },
  vue: {
    dir: join(examples, 'vue'),
    install: true,
    build: ['npm', ['run', 'build']],
    needsFrameworkTypes: true,
    serveRoot: join(examples, 'vue', 'dist'),
    formModel: true,
  },
  angular: {
    dir: join(examples, 'angular'),
    install: true,
    build: ['npm', ['run', 'build']],
    serveRoot: join(examples, 'angular', 'dist', 'browser'),
    formModel: true,
    touchedOnBlur: true,
  },
};

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    serve: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const firstLine = (error) => String(error?.message ?? error).split('\n')[0];

/** `npm ci` (or `npm install` without a lockfile) when node_modules is missing. */
async function install(name, host) {
  if (!host.install || existsSync(join(host.dir, 'node_modules'))) return;
  const started = performance.now();
  const command = existsSync(join(host.dir, 'package-lock.json')) ? 'ci' : 'install';
  await runCommand('npm', [command, '--no-audit', '--no-fund'], { cwd: host.dir });
  console.log(`     ${name}: npm ${command} (${seconds(started)})`);
}

/** dist/types/{vue,jsx}: written by `npm run build` (scripts/generate-framework-types.mjs). */
async function ensureFrameworkTypes() {
  if (existsSync(join(dist, 'types', 'vue', 'index.d.ts'))) return;
  const started = performance.now();
  await runCommand(process.execPath, [join(root, 'scripts', 'generate-framework-types.mjs')], {
    cwd: root,
  });
  console.log(`     framework types generated into dist/types (${seconds(started)})`);
}

async function prepare(name, host) {
  await install(name, host);
  if (host.needsFrameworkTypes) await ensureFrameworkTypes();
  if (host.build && !options['no-build']) {
    const started = performance.now();
    const [command, args] = host.build;
    await runCommand(command, args, { cwd: host.dir, env: { NG_CLI_ANALYTICS: 'false' } });
    console.log(`     ${name}: ${command} ${args.join(' ')} (${seconds(started)})`);
  }
  if (!existsSync(join(host.serveRoot, 'index.html'))) {
    throw new Error(`${join(host.serveRoot, 'index.html')} is missing after the build`);
  }
}

async function serve(simulator, host) {
  const hub = simulator.createSimulatorHub({ defaultClock: 'real' });
  return startHostServer({
    root: host.serveRoot,
    files: host.files,
    middleware: simulator.connectMiddleware(hub),
  });
}

/** Runs every check of one host; returns true when all passed. */
async function testHost(browser, simulator, name, host) {
  let passed = true;
  const check = async (label, run) => {
    const started = performance.now();
    try {
      const note = await run();
      console.log(`ok   ${name}: ${label}${note ? ` (${note})` : ''} [${seconds(started)}]`);
    } catch (error) {
      passed = false;
      console.log(`FAIL ${name}: ${label}: ${firstLine(error)} [${seconds(started)}]`);
      const rest = String(error?.message ?? '')
        .split('\n')
        .slice(1)
        .join('\n');
      if (rest) console.log(rest.replace(/^/gm, '     '));
    }
    return passed;
  };

  const prepared = await check('install and build', () => prepare(name, host));
  if (!prepared) return false;

  const server = await serve(simulator, host);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${firstLine(error)}`));
  try {
    await check('page loads', async () => {
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      return server.url;
    });
    await check('status renders', () => statusRenders(page));
    let replicas = null;
    await check('scale + Apply', async () => {
      replicas = await scaleUp(page);
      return `asked for ${replicas} replicas`;
    });
    await check('host code received vf-scale-accepted', () =>
      hostReceived(page, 'vf-scale-accepted'),
    );
    await check('simulator saw one POST /scale', () => oneScaleRequest(server.url, replicas));
    if (host.formModel) {
      await check('form binding updates the host model', () => formBindingUpdatesModel(page));
    }
    if (host.touchedOnBlur) {
      await check('leaving the form element marks the control touched', () =>
        controlTouchedOnBlur(page),
      );
    }
    await check('no console errors', async () => {
      if (consoleErrors.length > 0) throw new Error(consoleErrors.join(' | '));
    });
  } finally {
    await context.close();
    await server.close();
  }
  return passed;
}

async function serveForever(simulator, name) {
  const host = HOSTS[name];
  if (!host) throw new Error(`unknown host ${name}: ${Object.keys(HOSTS).join(', ')}`);
  await prepare(name, host);
  const hub = simulator.createSimulatorHub({ defaultClock: 'real' });
  const port = Number(process.env.PORT || 4300);
  const server = await startHostServer({
    root: host.serveRoot,
    files: host.files,
    middleware: simulator.connectMiddleware(hub),
    port,
  });
  console.log(`${name} example: ${server.url}/  (simulator at /api, control API at /__sim)`);
}

async function main() {
  const simulator = await loadSimulator();
  if (!simulator) throw new Error('simulator/node.ts is missing');
  if (options.serve) {
    await serveForever(simulator, options.serve);
    return null;
  }
  for (const file of ['index.js', 'veloflux-elements.bundle.js']) {
    if (!existsSync(join(dist, file)))
      throw new Error(`dist/${file} is missing: run npm run build`);
  }
  const missingBrowser = chromiumMissingMessage();
  if (missingBrowser) throw new Error(missingBrowser);

  const names = positionals.length > 0 ? positionals : Object.keys(HOSTS);
  const unknown = names.filter((name) => !HOSTS[name]);
  if (unknown.length > 0) throw new Error(`unknown host(s) ${unknown}: ${Object.keys(HOSTS)}`);

  const started = performance.now();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: LAUNCH_ARGS,
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const name of names) {
      const hostStarted = performance.now();
      const ok = await testHost(browser, simulator, name, HOSTS[name]);
      console.log(`     ${name}: ${ok ? 'passed' : 'FAILED'} in ${seconds(hostStarted)}`);
      if (ok) passed += 1;
      else failed += 1;
    }
  } finally {
    await browser.close();
  }
  console.log(`     total ${seconds(started)}`);
  console.log(`hosts: ${passed} passed, ${failed} failed`);
  recordSummary('hosts', { passed, failed });
  return failed;
}

main().then(
  (failed) => {
    if (failed !== null) process.exit(failed > 0 ? 1 : 0);
  },
  (error) => {
    console.error(`e2e-hosts: ${error?.stack ?? error}`);
    console.log('hosts: 0 passed, 1 failed');
    recordSummary('hosts', { passed: 0, failed: 1 });
    process.exit(1);
  },
);
