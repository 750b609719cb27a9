/**
 * MSW 2 handlers backed by the simulator (Storybook, browser demos without a Node server). The
 * request goes to the core untouched; a DroppedConnection becomes `HttpResponse.error()`, which
 * makes `fetch` reject like a real dropped connection.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { isDroppedConnection } from './core/dropped-connection.js';
import type { Simulator } from './core/simulator.js';
import type { SimulatorHub } from './hub.js';

/** A hub (API, sessions and control routes) or a single simulator (API routes only). */
export type SimulatorTarget = SimulatorHub | Simulator;

export interface SimulatorHandlerOptions {
  /**
   * Prefix before `/api/tenants/` and `/__sim/` in the page's URLs (e.g. `/mock` when the client's
   * `baseUrl` is `/mock`); removed before the simulator sees the path.
   */
  prefix?: string;
}

function isHub(target: SimulatorTarget): target is SimulatorHub {
  return 'owns' in target;
}

export function simulatorHandlers(
  target: SimulatorTarget,
  options: SimulatorHandlerOptions = {},
): HttpHandler[] {
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  const owned = isHub(target) ? /\/(?:api\/tenants|__sim)(?:\/|$)/ : /\/api\/tenants\//;
  return [
    http.all(owned, async ({ request }) => {
      const pathname = new URL(request.url).pathname;
      if (prefix !== '' && !pathname.startsWith(`${prefix}/`)) return undefined;
      const path = pathname.slice(prefix.length);
      try {
        if (isHub(target)) return (await target.handle(request, { path })) ?? undefined;
        if (!path.startsWith('/api/tenants/')) return undefined;
        return await target.handle(request, { path });
      } catch (error) {
        if (isDroppedConnection(error)) return HttpResponse.error();
        throw error;
      }
    }),
  ];
}
