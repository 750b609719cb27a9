/**
 * Fault injection: per tenant, method or path suffix, optionally limited to N requests. Faults act
 * like a misbehaving network or proxy, so they apply before routing and auth.
 */
import { DroppedConnection } from './dropped-connection.js';
import type { ActiveFault, FaultSpec } from './types.js';
import { goJsonResponse, rawResponse } from './wire.js';

export interface FaultTarget {
  method: string;
  path: string;
  tenantId: string | null;
}

export class FaultRegistry {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { ...spec, id: `fault-${this.nextId}`, hits: 0 };
    this.nextId += 1;
    this.faults.push(fault);
    return fault;
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((fault) => fault.id !== id);
    return this.faults.length !== before;
  }

  clear(): void {
    this.faults = [];
  }

  list(): ActiveFault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /**
   * Claims the faults for one request: every matching `latency` fault (their delays add up) and
   * the first matching fault of another kind. Each claim uses up one of the fault's `times`.
   */
  claim(target: FaultTarget): { latencyMs: number; fault: ActiveFault | null } {
    let latencyMs = 0;
    let fault: ActiveFault | null = null;
    for (const candidate of this.faults) {
      if (!matches(candidate, target)) continue;
      if (candidate.kind === 'latency') {
        latencyMs += Math.max(0, candidate.latencyMs ?? 0);
      } else if (fault === null) {
        fault = candidate;
      } else {
        continue;
      }
      candidate.hits += 1;
    }
    this.faults = this.faults.filter(
      (candidate) => candidate.times === undefined || candidate.hits < candidate.times,
    );
    return { latencyMs, fault: fault ? { ...fault } : null };
  }
}

function matches(fault: FaultSpec, target: FaultTarget): boolean {
  if (fault.times !== undefined && fault.times <= 0) return false;
  if (fault.tenantId !== undefined && fault.tenantId !== target.tenantId) return false;
  if (fault.method !== undefined && fault.method.toUpperCase() !== target.method.toUpperCase())
    return false;
  if (fault.path !== undefined && !target.path.endsWith(fault.path)) return false;
  return true;
}

/**
 * The answer a terminal fault gives. `normal` is the real handler's answer, needed by `truncated`
 * (and computed first by `applyFirst`). Throws DroppedConnection for `drop`.
 */
export async function faultResponse(
  fault: FaultSpec,
  normal: () => Promise<Response>,
): Promise<Response> {
  switch (fault.kind) {
    case 'drop':
      throw new DroppedConnection('fault: dropped connection');
    case 'status': {
      const status = fault.status ?? 500;
      const body = fault.body ?? `${defaultStatusText(status)}\n`;
      const contentType =
        fault.contentType === undefined ? 'text/plain; charset=utf-8' : fault.contentType;
      return rawResponse(body, status, contentType);
    }
    case 'malformed':
      // A 2xx that is not the JSON expected (a proxy's HTML page, a half-written object...).
      return rawResponse(
        fault.body ?? '{"status": ready, "replicas": }\n',
        200,
        'application/json',
      );
    case 'truncated': {
      const response = await normal();
      const text = await response.text();
      const headers = new Headers(response.headers);
      return rawResponse(
        text.slice(0, Math.floor(text.length / 2)),
        response.status,
        headers.get('Content-Type'),
      );
    }
    case 'unauthorized':
      return fault.body !== undefined
        ? rawResponse(fault.body, 401, 'application/json')
        : goJsonResponse({ error: 'Invalid or expired token' }, 401);
    case 'forbidden':
      return fault.body !== undefined
        ? rawResponse(fault.body, 403, 'application/json')
        : goJsonResponse({ error: 'Access denied to tenant' }, 403);
    case 'latency':
      return normal();
  }
}

function defaultStatusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return texts[status] ?? `HTTP ${status}`;
}
