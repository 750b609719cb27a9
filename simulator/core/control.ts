/**
 * The HTTP control API of one simulator (JSON in, JSON out), mounted by the hub at
 * `/__sim/control/...` and `/__sim/s/<id>/control/...`. Control calls never enter the request log.
 */
import {
  boolean,
  ControlInputError,
  finiteNumber,
  parseAuth,
  parseFault,
  parseJsonText,
  parseLoad,
  parseTenantSeed,
  record,
} from './control-input.js';
import type { Simulator } from './simulator.js';

export function controlJson(value: unknown, status = 200): Response {
  return new Response(new TextEncoder().encode(JSON.stringify(value)), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

export function controlError(message: string, status: number): Response {
  return controlJson({ error: message }, status);
}

const noContent = () =>
  new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });

function clockInfo(simulator: Simulator) {
  const now = simulator.now();
  const kind = 'kind' in simulator.clock ? simulator.clock.kind : 'custom';
  return { now, time: new Date(now).toISOString(), kind };
}

/** `route` is the path after `control/`, e.g. `faults`, `tenants/globex`. */
export async function handleControl(
  simulator: Simulator,
  request: Request,
  route: string,
): Promise<Response> {
  try {
    return await dispatch(simulator, request, route.replace(/^\/+|\/+$/g, ''));
  } catch (error) {
    if (error instanceof ControlInputError) return controlError(error.message, 400);
    if (error instanceof RangeError) return controlError(error.message, 400);
    throw error;
  }
}

async function dispatch(simulator: Simulator, request: Request, route: string): Promise<Response> {
  const method = request.method;
  const body = async () => parseJsonText(await request.text());
  const [resource = '', ...rest] = route.split('/');
  const id = rest.length > 0 ? decodeURIComponent(rest.join('/')) : null;
  const wrongMethod = () => controlError(`${method} not allowed on control/${route}`, 405);

  switch (resource) {
    case 'clock':
      return method === 'GET' ? controlJson(clockInfo(simulator)) : wrongMethod();
    case 'advance': {
      if (method !== 'POST') return wrongMethod();
      const ms = finiteNumber(record(await body(), 'advance').ms, 'ms');
      try {
        simulator.advance(ms);
      } catch (error) {
        if (error instanceof RangeError) throw error;
        return controlError(error instanceof Error ? error.message : String(error), 409);
      }
      return controlJson(clockInfo(simulator));
    }
    case 'faults':
      if (id !== null) {
        if (method !== 'DELETE') return wrongMethod();
        return simulator.removeFault(id) ? noContent() : controlError(`no fault ${id}`, 404);
      }
      if (method === 'GET') return controlJson(simulator.faults());
      if (method === 'POST') return controlJson(simulator.addFault(parseFault(await body())), 201);
      if (method === 'DELETE') {
        simulator.clearFaults();
        return noContent();
      }
      return wrongMethod();
    case 'requests':
      if (method === 'GET') return controlJson(simulator.requests());
      if (method === 'DELETE') {
        simulator.clearRequests();
        return noContent();
      }
      return wrongMethod();
    case 'tenants':
      if (id === null) return method === 'GET' ? controlJson(simulator.tenants()) : wrongMethod();
      if (method === 'GET') {
        const tenant = simulator.tenant(id);
        return tenant ? controlJson(tenant) : controlError(`no tenant ${id}`, 404);
      }
      if (method === 'PUT')
        return controlJson(simulator.setTenant(id, parseTenantSeed(await body())));
      if (method === 'DELETE')
        return simulator.removeTenant(id) ? noContent() : controlError(`no tenant ${id}`, 404);
      return wrongMethod();
    case 'load': {
      if (method !== 'POST') return wrongMethod();
      const { tenantId, load } = parseLoad(await body());
      return controlJson(simulator.setLoad(tenantId, load));
    }
    case 'reset':
      if (method !== 'POST') return wrongMethod();
      simulator.reset();
      return noContent();
    case 'quirks':
      if (method === 'PUT')
        simulator.setQuirks(boolean(record(await body(), 'quirks').enabled, 'enabled'));
      else if (method !== 'GET') return wrongMethod();
      return controlJson({ enabled: simulator.quirks });
    case 'auth':
      if (method === 'PUT') simulator.setAuth(parseAuth(await body()));
      else if (method !== 'GET') return wrongMethod();
      return controlJson({ enabled: simulator.auth !== null });
    default:
      return controlError(`unknown control route: ${route}`, 404);
  }
}
