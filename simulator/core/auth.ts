/**
 * VeloFlux's bearer-token middleware on the tenant routes (api-contract §4): JSON 401/403 bodies.
 */
import type { SimulatorAuth } from './types.js';
import { goJsonResponse } from './wire.js';

/** `null` when the request may go on; otherwise the middleware's answer. */
export function checkAuth(
  auth: SimulatorAuth | null,
  authorization: string | null,
  tenantId: string,
): Response | null {
  if (!auth || (!auth.token && !auth.tokens)) return null;
  if (authorization === null || authorization === '') {
    return goJsonResponse({ error: 'Authorization required' }, 401);
  }
  const match = /^Bearer (\S+)$/.exec(authorization);
  if (!match) return goJsonResponse({ error: 'Invalid authorization format' }, 401);
  const token = match[1] as string;
  if (auth.token && token === auth.token) return null;
  const tenants = auth.tokens?.[token];
  if (tenants === undefined) return goJsonResponse({ error: 'Invalid or expired token' }, 401);
  if (tenants !== '*' && !tenants.includes(tenantId)) {
    return goJsonResponse({ error: 'Access denied to tenant' }, 403);
  }
  return null;
}
