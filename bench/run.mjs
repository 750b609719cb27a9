#!/usr/bin/env node
// `npm run bench` (after `npm run build`): size, polling, render, leaks, interaction and page-load
// figures of the kit, each next to its floor or reference, printed as a table and written to
// bench/results.json. See bench/README.md for what each figure means and how it is measured.
//
//   node bench/run.mjs                     everything → bench/results.json
//   node bench/run.mjs --only=size,render  some suites → bench/results.local.json
//   node bench/run.mjs --quick             fewer runs (a smoke test) → bench/results.local.json
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { bundlePath, root, startBenchServer } from './lib/server.mjs';
import { evaluateGoals, printReport } from './lib/report.mjs';
import { interactionPages, runInteraction } from './suites/interaction.mjs';
import { leakPages, runLeaks } from './suites/leaks.mjs';
import { loadPages, runPageLoad } from './suites/pageload.mjs';
import { pollingPages, runPolling } from './suites/polling.mjs';
import { renderPages, runRender } from './suites/render.mjs';
import { runSize } from './suites/size.mjs';

const SUITES = ['size', 'polling', 'render', 'leaks', 'interaction', 'pageload'];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((arg) => arg.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : SUITES;
for (const name of only) {
  if (!SUITES.includes(name)) {
    console.error(`unknown suite "${name}"; suites: ${SUITES.join(', ')}`);
    process.exit(2);
  }
}
const partial = quick || only.length !== SUITES.length;
const outFile = join(import.meta.dirname, partial ? 'results.local.json' : 'results.json');

if (!existsSync(bundlePath)) {
  console.error('dist/veloflux-elements.bundle.js is missing: run `npm run build` first.');
  process.exit(2);
}
const newestSource = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);
if (newestSource(join(root, 'src')) > statSync(bundlePath).mtimeMs) {
  console.warn(
    'warning: src/ is newer than dist/: the figures are for the last build (`npm run build`).\n',
  );
}

const log = (line) => console.log(`  · ${line}`);
const started = Date.now();
const environment = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
  commit: gitCommit(),
  // Uncommitted changes under src/ at the time of the run (the figures are for the working tree).
  srcDirty: gitSrcDirty(),
  quick,
  suites: only,
};

const results = { environment };
let server;
let browser;
try {
  if (only.includes('size')) {
    console.log('size …');
    results.size = await runSize();
  }
  const browserSuites = only.filter((name) => name !== 'size');
  if (browserSuites.length > 0) {
    server = await startBenchServer({
      pages: { ...pollingPages, ...renderPages, ...leakPages, ...interactionPages, ...loadPages },
    });
    browser = await launchBrowser();
    environment.chromium = browser.version();
    if (only.includes('polling')) {
      console.log('polling …');
      results.polling = await runPolling({ browser, server, log, counts: [1, 10, 50] });
    }
    if (only.includes('render')) {
      console.log('render …');
      results.render = await runRender({ browser, server, log, pairs: quick ? 2 : 7 });
    }
    if (only.includes('leaks')) {
      console.log('leaks …');
      results.leaks = await runLeaks({ browser, server, log, cycles: quick ? 50 : 500 });
    }
    if (only.includes('interaction')) {
      console.log('interaction …');
      results.interaction = await runInteraction({ browser, server, log });
    }
    if (only.includes('pageload')) {
      console.log('page load …');
      results.pageLoad = await runPageLoad({ browser, server, log, pairs: quick ? 3 : 9 });
    }
  }
} finally {
  await browser?.close();
  await server?.close();
}

environment.loadAverageAtEnd = loadavg().map((value) => Number(value.toFixed(2)));
environment.seconds = Math.round((Date.now() - started) / 1000);
results.goals = evaluateGoals(results);
printReport(results);
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten: ${outFile.slice(root.length + 1)} (${environment.seconds} s)`);

function gitSrcDirty() {
  try {
    // GIT_OPTIONAL_LOCKS=0: read only, never takes index.lock (a commit may be running).
    const out = execFileSync('git', ['status', '--porcelain', '--', 'src'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    });
    return out.trim() !== '';
  } catch {
    return null;
  }
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
  } catch {
    return null;
  }
}
