// Storybook runs the simulator inside the browser: MSW's service worker hands every
// `/api/tenants/...` and `/__sim/...` request to the same core the tests and the demo use, so
// deploy, scale and save really change state, in the static build too.
import { setupWorker } from 'msw/browser';
import { createSimulatorHub } from '../simulator/index.js';
import { simulatorHandlers } from '../simulator/msw.js';
import type { FaultSpec, SessionOptions, Simulator } from '../simulator/index.js';

const hub = createSimulatorHub({ defaultClock: 'real' });
let started: Promise<unknown> | undefined;

/**
 * Starts MSW once per page. The worker script is served from `storybook-public/` (`staticDirs`)
 * and its URL is relative to `iframe.html`, so a static build works from any sub-path, offline.
 */
export function startSimulator(): Promise<unknown> {
  started ??= setupWorker(...simulatorHandlers(hub)).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: './mockServiceWorker.js' },
  });
  return started;
}

/**
 * What a story asks of its own simulator (`parameters.simulator`): the session options of the
 * hub (`tenants` seeds or replaces tenants after the demo seed, `auth`, `quirks`, `speeds`, ...)
 * plus faults to inject before the story renders. The clock is real so time moves on its own.
 */
export interface StorySimulator extends Omit<SessionOptions, 'clock'> {
  faults?: FaultSpec[];
}

/** What the global loader hands to every story as `loaded`. */
export interface StorySession {
  /** The `base-url` for `<vf-orch-provider>`: `${baseUrl}/api/tenants/...` is this session. */
  baseUrl: string;
  /** The session's simulator, for play functions (request log, tenant state, more faults). */
  simulator: Simulator;
}

/** A fresh, isolated simulator session for one story render. */
export async function storySession(options: StorySimulator = {}): Promise<StorySession> {
  await startSimulator();
  const { faults = [], ...sessionOptions } = options;
  const session = hub.createSession({ ...sessionOptions, clock: 'real' });
  for (const fault of faults) session.simulator.addFault(fault);
  return { baseUrl: session.baseUrl, simulator: session.simulator };
}
