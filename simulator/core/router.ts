/**
 * gorilla/mux routing of the orchestration API: exact paths on the decoded URL path, 404 for an
 * unknown path, 405 for a known path with another method (api-contract §1).
 */
import {
  deploy,
  drain,
  getConfig,
  getDetailedStatus,
  getStatus,
  type Handler,
  scale,
  setAutoscaling,
  setConfig,
  updateResources,
} from './handlers.js';

const ROUTES: Record<string, Record<string, Handler>> = {
  '': { GET: getConfig, PUT: setConfig },
  '/status': { GET: getStatus },
  '/detailed_status': { GET: getDetailedStatus },
  '/deploy': { POST: deploy },
  '/drain': { POST: drain },
  '/scale': { POST: scale },
  '/autoscale': { PUT: setAutoscaling },
  '/resources': { PUT: updateResources },
};

const TENANT_PATH = /^\/api\/tenants\/([^/]+)\/orchestration(\/[^/]*)?$/;
const TENANT_SEGMENT = /^\/api\/tenants\/([^/]+)/;

export type RouteMatch =
  | { kind: 'handler'; tenantId: string; handler: Handler }
  | { kind: 'not-found'; tenantId: string | null }
  | { kind: 'method-not-allowed'; tenantId: string }
  | { kind: 'bad-request'; tenantId: null };

export function matchRoute(method: string, rawPath: string): RouteMatch {
  let path: string;
  try {
    // mux matches the decoded path: `%2F` in a tenant id becomes a separator (and a 404).
    path = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad-request', tenantId: null };
  }
  const match = TENANT_PATH.exec(path);
  if (!match) {
    return { kind: 'not-found', tenantId: TENANT_SEGMENT.exec(path)?.[1] ?? null };
  }
  const tenantId = match[1] as string;
  const methods = ROUTES[match[2] ?? ''];
  if (!methods) return { kind: 'not-found', tenantId };
  const handler = methods[method]; // Go compares methods case-sensitively
  if (!handler) return { kind: 'method-not-allowed', tenantId };
  return { kind: 'handler', tenantId, handler };
}

/** The tenant a raw path names (for fault matching and the request log), before any routing. */
export function tenantOfPath(rawPath: string): string | null {
  const segment = TENANT_SEGMENT.exec(rawPath)?.[1];
  if (segment === undefined) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
