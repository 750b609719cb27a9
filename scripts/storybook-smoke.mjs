#!/usr/bin/env node
// Loads every story and docs page of the static Storybook (`storybook-static/`, built by
// `npm run build-storybook`) in headless Chromium and fails on a story that throws, logs a console
// error, renders an empty root, fails its play function or its accessibility check, or a docs
// page whose args table lacks the element's attributes and events from custom-elements.json.
//
//   node scripts/storybook-smoke.mjs [--dir storybook-static] [--jobs 2] [--only <id substring>]
//   node scripts/storybook-smoke.mjs --url http://127.0.0.1:6006   (a running `storybook dev`)
//   --skip-a11y   leaves out the axe check the a11y addon runs after each story (a third faster)
//
// Builds nothing itself. Play functions run on their own in the story iframe; their end (or
// failure) is read from Storybook's preview channel (`storyFinished`, `playFunctionThrewException`,
// `storyErrored`, ...), which an init script taps before Storybook creates it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumMissingMessage, chromiumPath } from './chromium-path.mjs';
import { recordSummary } from './summary.mjs';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    jobs: { type: 'string', default: process.env.SMOKE_JOBS || '2' },
    only: { type: 'string' },
    url: { type: 'string' },
    'skip-a11y': { type: 'boolean', default: false },
  },
});

const ROOT = resolve(options.dir);
const JOBS = Math.max(1, Number(options.jobs) || 2);
/** Longest a story may take from navigation to `storyFinished` (play functions included). */
const STORY_TIMEOUT_MS = 30_000;
/** Errors that surface just after the play function (a late poll, a stray promise) still count. */
const GRACE_MS = 50;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

// ---- the static server -------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function serve(root) {
  const server = createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    // Port 0: the system picks a free one.
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

// ---- what each page records --------------------------------------------------------------

/** Runs in the page before Storybook: taps the preview channel the moment it is created. */
function tapChannel() {
  const state = {};
  const reset = () =>
    Object.assign(state, {
      done: false,
      status: null,
      errors: [],
      reports: [],
      docsRendered: false,
    });
  reset();
  Object.defineProperty(window, '__smoke', { value: state });
  Object.defineProperty(window, '__smokeReset', { value: reset });
  const fail = (message) => state.errors.push(String(message));
  const watch = (channel) => {
    if (!channel || typeof channel.on !== 'function' || channel.__smokeTapped) return;
    Object.defineProperty(channel, '__smokeTapped', { value: true });
    channel.on('storyFinished', (event) => {
      state.status = event?.status ?? null;
      for (const report of event?.reporters ?? []) {
        if (report.status !== 'failed' && report.status !== 'warning') continue;
        const violations = report.result?.violations;
        const detail = Array.isArray(violations)
          ? violations
              .map((v) => {
                const where = (v.nodes ?? []).slice(0, 2).map((node) => {
                  const target = [node.target ?? []].flat(3).join(' » ');
                  const why = (node.failureSummary ?? '').split('\n').slice(1, 2).join('').trim();
                  return `${target}${why ? ` (${why})` : ''}`;
                });
                return `${v.id} ×${v.nodes?.length ?? 0}: ${v.help} at ${where.join(', ')}`;
              })
              .join('; ')
          : (report.result?.error?.message ?? JSON.stringify(report.result ?? null));
        state.reports.push(`${report.type} ${report.status}: ${detail}`);
      }
      state.done = true;
    });
    channel.on('playFunctionThrewException', (error) =>
      fail(`play function: ${error?.message ?? error}`),
    );
    channel.on('unhandledErrorsWhilePlaying', (errors) =>
      fail(`unhandled while playing: ${(errors ?? []).map((e) => e?.message ?? e).join('; ')}`),
    );
    channel.on('storyErrored', (error) => {
      fail(`story errored: ${error?.title ?? ''} ${error?.description ?? ''}`);
      state.done = true;
    });
    channel.on('storyThrewException', (error) => {
      fail(`story threw: ${error?.message ?? error}`);
      state.done = true;
    });
    channel.on('storyMissing', (id) => {
      fail(`story missing: ${id}`);
      state.done = true;
    });
    channel.on('docsRendered', () => {
      state.docsRendered = true;
      state.done = true;
    });
  };
  let current;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set: (channel) => {
      current = channel;
      watch(channel);
    },
  });
}

/** In the page once the story finished: what is on screen. */
function inspectStory() {
  const root = document.querySelector('#storybook-root');
  const problems = [];
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent ?? '';
    problems.push(`error display: ${message.trim().slice(0, 300)}`);
  }
  if (!root || root.children.length === 0) problems.push('empty #storybook-root');
  const elements = root
    ? [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('vf-'))
    : [];
  if (root && elements.length === 0) problems.push('no vf-* element rendered');
  for (const element of elements) {
    if (!element.shadowRoot || element.shadowRoot.children.length === 0) {
      problems.push(`<${element.localName}> has an empty shadow root`);
    }
  }
  return problems;
}

/** In a docs page: the text of its args tables (and whether the page shows anything). */
function inspectDocs() {
  const docs = document.querySelector('#storybook-docs');
  return {
    empty: !docs || (docs.textContent ?? '').trim() === '',
    tables: [...document.querySelectorAll('.docblock-argstable')].map(
      (table) => table.textContent ?? '',
    ),
    errorDisplay: document.body.classList.contains('sb-show-errordisplay'),
  };
}

// ---- the run ------------------------------------------------------------------------------

/** Attributes and events of each element, from the manifest the docs tables are built from. */
function manifestApi() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const api = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      api.set(declaration.tagName, {
        attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
        events: (declaration.events ?? []).map((event) => event.name).filter(Boolean),
      });
    }
  }
  return api;
}

/** Testing Library appends the whole DOM to its errors: the first line says what failed. */
function firstLine(text) {
  const line = String(text).split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/**
 * A failed load that is no defect of a story: the simulator answering an error status on purpose,
 * or the favicon Chromium asks every new page's origin for.
 */
function isExpectedHttpError(message) {
  if (!message.text().startsWith('Failed to load resource')) return false;
  const { pathname } = new URL(message.location()?.url ?? '', 'http://localhost');
  return /\/__sim\/|\/api\/tenants\//.test(pathname) || pathname === '/favicon.ico';
}

/**
 * One browser page that shows story after story. The first story (and any story after a failed
 * one) is a fresh page load; the others are switched to inside the loaded preview with
 * `setCurrentStory`, as Storybook's own UI and test runner do, which saves the bundle start-up.
 */
class StoryPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.fresh = true;
    this.problems = [];
    page.on('pageerror', (error) => this.problems.push(`page error: ${firstLine(error.message)}`));
    page.on('console', (message) => {
      if (message.type() !== 'error' || isExpectedHttpError(message)) return;
      const where = message.text().startsWith('Failed to load resource')
        ? ` (${message.location()?.url})`
        : '';
      this.problems.push(`console error: ${firstLine(message.text())}${where}`);
    });
  }

  async show(entry) {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    if (this.fresh) {
      // `a11y.manual` keeps the addon from running axe after each story (globals persist across
      // the stories this page switches to).
      const globals = options['skip-a11y'] ? '&globals=a11y.manual:!true' : '';
      const url = `${this.baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}${globals}`;
      await this.page.goto(url, { waitUntil: 'load' });
      this.fresh = false;
    } else {
      await this.page.evaluate(
        ({ storyId, viewMode }) => {
          window.__smokeReset();
          window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode });
        },
        { storyId: entry.id, viewMode },
      );
    }
  }

  async check(entry, api) {
    // Errors logged since the previous story ended count for this one: none is lost.
    const problems = this.problems;
    try {
      await this.show(entry);
      try {
        await this.page.waitForFunction(() => window.__smoke?.done === true, null, {
          timeout: STORY_TIMEOUT_MS,
          polling: 50,
        });
      } catch {
        problems.push(`did not finish within ${STORY_TIMEOUT_MS / 1000} s`);
      }
      await this.page.waitForTimeout(GRACE_MS);
      const state = await this.page.evaluate(() => window.__smoke);
      problems.push(...[...(state?.errors ?? []), ...(state?.reports ?? [])].map(firstLine));
      if (state?.status === 'error' && state.errors.length === 0 && state.reports.length === 0) {
        problems.push('storyFinished reported status "error"');
      }
      if (entry.type === 'docs')
        problems.push(...checkDocs(entry, api, await this.page.evaluate(inspectDocs)));
      else problems.push(...(await this.page.evaluate(inspectStory)));
    } catch (error) {
      problems.push(`smoke error: ${firstLine(error.message)}`);
    }
    // After a failure the next story starts from a fresh page, so nothing carries over.
    if (problems.length > 0) this.fresh = true;
    this.problems = [];
    return problems;
  }
}

function checkDocs(entry, api, docs) {
  const problems = [];
  if (docs.empty) problems.push('empty docs page');
  if (docs.errorDisplay) problems.push('docs page shows the error display');
  const tag = tagOf(entry, api);
  if (!tag) return problems;
  const { attributes, events } = api.get(tag);
  const text = docs.tables.join('\n');
  if (docs.tables.length === 0) problems.push(`no args table for <${tag}>`);
  else {
    if (attributes.length && !attributes.some((name) => text.includes(name)))
      problems.push(`args table lists none of <${tag}>'s attributes`);
    if (events.length && !events.some((name) => text.includes(name)))
      problems.push(`args table lists none of <${tag}>'s events`);
  }
  return problems;
}

/** The element a docs entry documents: the longest manifest tag named in its title. */
function tagOf(entry, api) {
  if (!(entry.tags ?? []).includes('autodocs')) return null;
  const tags = [...api.keys()].filter((tag) => entry.title.includes(tag));
  return tags.sort((a, b) => b.length - a.length)[0] ?? null;
}

async function main() {
  const indexFile = join(ROOT, 'index.json');
  if (!options.url && !existsSync(indexFile)) {
    console.error(`No ${indexFile}: build Storybook first (npm run build-storybook).`);
    process.exit(1);
  }
  const missing = chromiumMissingMessage();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  const index = options.url
    ? await (await fetch(new URL('index.json', `${options.url.replace(/\/$/, '')}/`))).json()
    : JSON.parse(readFileSync(indexFile, 'utf8'));
  const entries = Object.values(index.entries).filter(
    (entry) => !options.only || entry.id.includes(options.only),
  );
  const api = manifestApi();

  const started = Date.now();
  const server = options.url ? null : await serve(ROOT);
  const baseUrl = options.url
    ? options.url.replace(/\/$/, '')
    : `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // One context: MSW's service worker is installed once and serves every page.
  // "StorybookTestRunner" in the user agent makes Storybook pause CSS animations instead of
  // waiting for them to end before the story counts as rendered (as its own test runner does).
  const userAgent = `${await browser.newPage().then(async (page) => {
    const agent = await page.evaluate(() => navigator.userAgent);
    await page.close();
    return agent;
  })} StorybookTestRunner`;
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, userAgent });
  await context.addInitScript(tapChannel);

  const queue = [...entries];
  let passed = 0;
  let failed = 0;
  const failures = [];
  async function worker() {
    const page = await context.newPage();
    const storyPage = new StoryPage(page, baseUrl);
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const start = Date.now();
      const problems = await storyPage.check(entry, api);
      const seconds = ((Date.now() - start) / 1000).toFixed(1);
      const label = `${entry.type === 'docs' ? 'docs ' : 'story'} ${entry.id}`;
      if (problems.length === 0) {
        passed += 1;
        console.log(`  ✓ ${label} (${seconds} s)`);
      } else {
        failed += 1;
        failures.push(entry.id);
        console.log(`  ✗ ${label} (${seconds} s)`);
        for (const problem of [...new Set(problems)]) console.log(`      ${problem}`);
      }
    }
    await page.close();
  }
  try {
    await Promise.all(Array.from({ length: Math.min(JOBS, entries.length) }, worker));
  } finally {
    await browser.close();
    server?.close();
  }

  const total = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length) console.log(`\nfailed: ${failures.join(', ')}`);
  console.log(`(${entries.length} entries in ${total} s, ${JOBS} pages in parallel)`);
  if (entries.length === 0) {
    console.log('no stories to check');
    failed += 1;
  }
  // A partial run (--only) is not the suite's result.
  if (!options.only) recordSummary('storybook', { passed, failed });
  console.log(`storybook: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

await main();
