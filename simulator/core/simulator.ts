/**
 * `createSimulator`: the embedded VeloFlux orchestration server as a pure function over WHATWG
 * `Request` → `Response` (Node 20 and browsers), plus the handles tests and the control API use.
 * State advances lazily from the clock on each request: no timers, nothing to clean up.
 */
import { checkAuth } from './auth.js';
import { createRealClock, isAdvanceable } from './clock.js';
import { cloneConfig } from './config.js';
import { isDroppedConnection } from './dropped-connection.js';
import { FaultRegistry, faultResponse } from './faults.js';
import { advanceTenant } from './hpa.js';
import { overrideFromSetting } from './load.js';
import { matchRoute, tenantOfPath } from './router.js';
import { applyTenantSeed, seedDemoTenants } from './seed.js';
import { TenantDeployment } from './tenant-model.js';
import { cpuUtilizationAt, statusAt } from './tenant-views.js';
import type {
  ActiveFault,
  Clock,
  FaultSpec,
  LoadSetting,
  LoggedRequest,
  SimulatorAuth,
  SimulatorOptions,
  SimulatorSpeeds,
  TenantSeed,
  TenantSummary,
} from './types.js';
import { goMethodNotAllowed, goNotFound, rawResponse } from './wire.js';

/** "A few seconds" for every operation; tests usually keep these and advance a manual clock. */
export const DEFAULT_SPEEDS: Readonly<SimulatorSpeeds> = {
  deploy: 4000,
  replicaStep: 1500,
  drain: 2500,
  removing: 3000,
  hpaInterval: 15_000,
};

const MAX_LOGGED_REQUESTS = 1000;

export interface Simulator {
  readonly clock: Clock;
  readonly speeds: Readonly<SimulatorSpeeds>;
  readonly quirks: boolean;
  readonly auth: SimulatorAuth | null;
  /** Answers one API request. `path` overrides the URL's path (a hub strips its prefix). */
  handle(request: Request, options?: { path?: string }): Promise<Response>;
  now(): number;
  /** Moves the clock forward; throws when the clock given in the options cannot advance. */
  advance(ms: number): void;
  addFault(fault: FaultSpec): ActiveFault;
  removeFault(id: string): boolean;
  clearFaults(): void;
  faults(): ActiveFault[];
  requests(): LoggedRequest[];
  clearRequests(): void;
  tenants(): TenantSummary[];
  tenant(id: string): TenantSummary | null;
  setTenant(id: string, seed: TenantSeed): TenantSummary;
  removeTenant(id: string): boolean;
  setLoad(tenantId: string, load: LoadSetting | null): TenantSummary;
  setQuirks(enabled: boolean): void;
  setAuth(auth: SimulatorAuth | null): void;
  /** Back to the initial tenants, faults and log cleared, quirks and auth as first configured. */
  reset(): void;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const clock = options.clock ?? createRealClock();
  const speeds: SimulatorSpeeds = { ...DEFAULT_SPEEDS, ...options.speeds };
  const faults = new FaultRegistry();
  let tenants = new Map<string, TenantDeployment>();
  let log: LoggedRequest[] = [];
  let quirks = options.quirks ?? false;
  let auth = options.auth ?? null;

  const newTenant = (id: string, createdAt = clock.now()) =>
    new TenantDeployment(id, speeds, createdAt);

  function populate(): void {
    const now = clock.now();
    tenants = new Map();
    if (options.seed ?? true) {
      // Seeds replay operations up to an hour back; the HPA replays from there too.
      seedDemoTenants((id) => {
        const tenant = newTenant(id, now - 60 * 60_000);
        tenants.set(id, tenant);
        return tenant;
      }, now);
    }
    for (const [id, seed] of Object.entries(options.tenants ?? {})) applySeed(id, seed);
  }

  /** Brings a tenant to `now` (HPA sync periods, expired events); unknown ids get a blank one. */
  function tenantAt(id: string, now: number): TenantDeployment {
    const tenant = tenants.get(id) ?? newTenant(id, now);
    advanceTenant(tenant, now, speeds.hpaInterval);
    return tenant;
  }

  /** Unknown tenants are kept only once they hold a config or a deployment. */
  function keep(tenant: TenantDeployment): void {
    if (tenant.config !== null || tenant.phases.length > 0) tenants.set(tenant.id, tenant);
  }

  function summary(tenant: TenantDeployment, now: number): TenantSummary {
    return {
      id: tenant.id,
      config: tenant.config ? cloneConfig(tenant.config) : null,
      status: statusAt(tenant, now),
      stuck: tenant.stuck,
      cpuUtilization: cpuUtilizationAt(tenant, now),
      pods: tenant.livePods(now).length,
    };
  }

  function applySeed(id: string, seed: TenantSeed): TenantSummary {
    const now = clock.now();
    const tenant = tenantAt(id, now);
    applyTenantSeed(tenant, seed, now, speeds);
    tenants.set(id, tenant);
    return summary(tenant, now);
  }

  async function answer(request: Request, path: string, body: string): Promise<Response> {
    const route = matchRoute(request.method, path);
    if (route.kind === 'bad-request')
      return rawResponse('400 Bad Request', 400, 'text/plain; charset=utf-8');
    if (route.kind === 'not-found') return goNotFound();
    if (route.kind === 'method-not-allowed') return goMethodNotAllowed();
    // The auth middleware wraps the matched routes only (mux runs middleware after a match).
    const denied = checkAuth(auth, request.headers.get('Authorization'), route.tenantId);
    if (denied) return denied;
    const now = clock.now();
    const tenant = tenantAt(route.tenantId, now);
    try {
      return route.handler({ tenant, now, body, quirks });
    } finally {
      keep(tenant);
    }
  }

  async function handle(
    request: Request,
    handleOptions: { path?: string } = {},
  ): Promise<Response> {
    const url = new URL(request.url);
    const path = handleOptions.path ?? url.pathname;
    const body = await readBody(request);
    const tenantId = tenantOfPath(path);
    const entry: LoggedRequest = {
      method: request.method,
      path: `${path}${url.search}`,
      tenantId,
      body,
      status: 0,
      time: clock.now(),
      fault: null,
    };
    log.push(entry);
    if (log.length > MAX_LOGGED_REQUESTS) log = log.slice(-MAX_LOGGED_REQUESTS);
    const claimed = faults.claim({ method: request.method, path, tenantId });
    if (claimed.latencyMs > 0) {
      entry.fault = 'latency';
      await delay(claimed.latencyMs, request.signal);
    }
    const fault = claimed.fault;
    const normal = () => answer(request, path, body);
    try {
      let response: Response;
      if (!fault) {
        response = await normal();
      } else {
        entry.fault = fault.kind;
        if (fault.applyFirst && (fault.kind === 'status' || fault.kind === 'drop')) await normal();
        response = await faultResponse(fault, normal);
      }
      entry.status = response.status;
      return response;
    } catch (error) {
      if (!isDroppedConnection(error)) entry.status = 500;
      throw error;
    }
  }

  populate();

  return {
    clock,
    speeds,
    get quirks() {
      return quirks;
    },
    get auth() {
      return auth;
    },
    handle,
    now: () => clock.now(),
    advance(ms) {
      if (!isAdvanceable(clock)) throw new Error('this simulator clock cannot be advanced');
      clock.advance(ms);
    },
    addFault: (fault) => faults.add(fault),
    removeFault: (id) => faults.remove(id),
    clearFaults: () => faults.clear(),
    faults: () => faults.list(),
    requests: () => log.map((entry) => ({ ...entry })),
    clearRequests() {
      log = [];
    },
    tenants() {
      const now = clock.now();
      return [...tenants.keys()].sort().map((id) => summary(tenantAt(id, now), now));
    },
    tenant(id) {
      const now = clock.now();
      return tenants.has(id) ? summary(tenantAt(id, now), now) : null;
    },
    setTenant: applySeed,
    removeTenant: (id) => tenants.delete(id),
    setLoad(tenantId, load) {
      const now = clock.now();
      const tenant = tenantAt(tenantId, now);
      tenant.loadOverride = load ? overrideFromSetting(load, tenant.readyPodCount(now)) : null;
      tenants.set(tenantId, tenant);
      return summary(tenant, now);
    },
    setQuirks(enabled) {
      quirks = enabled;
    },
    setAuth(next) {
      auth = next;
    },
    reset() {
      faults.clear();
      log = [];
      quirks = options.quirks ?? false;
      auth = options.auth ?? null;
      populate();
    },
  };
}

/** Bytes as sent: no BOM stripping (Go's decoder rejects a BOM), no content-type sniffing. */
async function readBody(request: Request): Promise<string> {
  if (request.body === null) return '';
  const bytes = await request.arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** A `latency` fault: waits in real time, rejecting with the abort reason if the client gives up. */
function delay(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abortReason = () =>
      signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
    if (signal?.aborted) {
      reject(abortReason());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
