// Storybook runs the simulator inside the browser: MSW's service worker hands every
// `/api/tenants/...` and `/__sim/...` request to the same core the tests and the demo use, so
// deploy, scale and save really change state, in the static build too.
import { setupWorker } from 'msw/browser';
import { createSimulatorHub } from '../simulator/index.js';
import { simulatorHandlers } from '../simulator/msw.js';
import type { FaultSpec, SessionOptions, TenantSeed } from '../simulator/index.js';

const hub = createSimulatorHub({ defaultClock: 'real' });
let started: Promise<unknown> | undefined;

export function startSimulator(): Promise<unknown> {
  started ??= setupWorker(...simulatorHandlers(hub)).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: './mockServiceWorker.js' },
  });
  return started;
}

/** What a story asks of its own simulator session (parameters.simulator). */
export interface StorySimulator extends SessionOptions {
  tenants?: Record<string, TenantSeed>;
  faults?: FaultSpec[];
}

async function call(method: string, url: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/** A fresh, isolated simulator session for one story; returns its base URL. */
export async function storySession(options: StorySimulator = {}): Promise<string> {
  await startSimulator();
  const { tenants, faults, ...sessionOptions } = options;
  const { baseUrl } = (await call('POST', '/__sim/sessions', {
    clock: 'real',
    ...sessionOptions,
  })) as {
    baseUrl: string;
  };
  for (const [tenantId, seed] of Object.entries(tenants ?? {})) {
    await call('PUT', `${baseUrl}/control/tenants/${encodeURIComponent(tenantId)}`, seed);
  }
  for (const fault of faults ?? []) await call('POST', `${baseUrl}/control/faults`, fault);
  return baseUrl;
}
