/**
 * The simulator hub: one URL space for the demo's default simulator and isolated test sessions.
 *
 * - `/api/tenants/...`                 the default simulator (seeded; real clock for the demo)
 * - `/__sim/control/...`               its control API
 * - `POST /__sim/sessions`             a new isolated simulator → 201 `{ id, baseUrl }`
 * - `/__sim/s/<id>/api/tenants/...`    that session's API
 * - `/__sim/s/<id>/control/...`        that session's control API
 * - `DELETE /__sim/s/<id>`             ends the session
 */
import { createManualClock, createRealClock } from './core/clock.js';
import { controlError, controlJson, handleControl } from './core/control.js';
import { ControlInputError, parseJsonText, parseSessionOptions } from './core/control-input.js';
import { parseTime } from './core/go-time.js';
import { createSimulator, type Simulator } from './core/simulator.js';
import type { SessionOptions, SimulatorOptions } from './core/types.js';

export interface SimulatorHubOptions {
  /** Clock of the default simulator: `real` for the demo, `manual` for deterministic stories. */
  defaultClock?: 'real' | 'manual';
  /** Other options of the default simulator (seeded unless `seed: false`). */
  defaults?: Omit<SimulatorOptions, 'clock'>;
  /** Live sessions beyond this evict the oldest (default 200). */
  maxSessions?: number;
}

export interface SimulatorSession {
  readonly id: string;
  /** Prefix of the session's API and control routes: `/__sim/s/<id>`. */
  readonly baseUrl: string;
  readonly simulator: Simulator;
}

export interface SimulatorHub {
  readonly defaultSimulator: Simulator;
  /** Whether the hub answers this path (adapters pass everything else on). */
  owns(pathname: string): boolean;
  /** The answer, or `null` for a path the hub does not own. `path` overrides the URL's path. */
  handle(request: Request, options?: { path?: string }): Promise<Response | null>;
  createSession(options?: SessionOptions): SimulatorSession;
  session(id: string): SimulatorSession | undefined;
  endSession(id: string): boolean;
  sessions(): SimulatorSession[];
}

const SIM_PREFIX = '/__sim/';
const API_PREFIX = '/api/tenants/';
const SESSION_PATH = /^\/__sim\/s\/([^/]+)(\/.*)?$/;

export function createSimulatorHub(options: SimulatorHubOptions = {}): SimulatorHub {
  const maxSessions = Math.max(1, options.maxSessions ?? 200);
  const defaultSimulator = createSimulator({
    ...options.defaults,
    clock: options.defaultClock === 'manual' ? createManualClock() : createRealClock(),
  });
  // Insertion order is creation order: the first key is the oldest session.
  const sessions = new Map<string, SimulatorSession>();
  let serial = 0;

  function createSession(sessionOptions: SessionOptions = {}): SimulatorSession {
    serial += 1;
    const id = `${serial.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    const start = startTimeOf(sessionOptions.startTime);
    const simulator = createSimulator({
      clock: sessionOptions.clock === 'real' ? createRealClock() : createManualClock(start),
      seed: sessionOptions.seed ?? true,
      ...(sessionOptions.speeds ? { speeds: sessionOptions.speeds } : {}),
      ...(sessionOptions.auth !== undefined ? { auth: sessionOptions.auth } : {}),
      ...(sessionOptions.quirks !== undefined ? { quirks: sessionOptions.quirks } : {}),
      ...(sessionOptions.tenants ? { tenants: sessionOptions.tenants } : {}),
    });
    const session: SimulatorSession = { id, baseUrl: `/__sim/s/${id}`, simulator };
    sessions.set(id, session);
    while (sessions.size > maxSessions) {
      const oldest = sessions.keys().next().value;
      if (oldest === undefined) break;
      sessions.delete(oldest);
    }
    return session;
  }

  function owns(pathname: string): boolean {
    return (
      pathname.startsWith(API_PREFIX) || pathname.startsWith(SIM_PREFIX) || pathname === '/__sim'
    );
  }

  async function handleSim(request: Request, path: string): Promise<Response> {
    if (path === '/__sim/sessions') {
      if (request.method === 'GET') {
        return controlJson([...sessions.values()].map(({ id, baseUrl }) => ({ id, baseUrl })));
      }
      if (request.method !== 'POST') return controlError(`${request.method} not allowed`, 405);
      try {
        const session = createSession(parseSessionOptions(parseJsonText(await request.text())));
        return controlJson({ id: session.id, baseUrl: session.baseUrl }, 201);
      } catch (error) {
        if (error instanceof ControlInputError) return controlError(error.message, 400);
        throw error;
      }
    }
    if (path.startsWith('/__sim/control/') || path === '/__sim/control') {
      return handleControl(defaultSimulator, request, path.slice('/__sim/control'.length));
    }
    const match = SESSION_PATH.exec(path);
    if (!match) return controlError(`unknown simulator route: ${path}`, 404);
    const id = match[1] as string;
    const rest = match[2] ?? '';
    const session = sessions.get(id);
    if (!session) return controlError(`no simulator session ${id} (ended or evicted)`, 404);
    if (rest === '' || rest === '/') {
      if (request.method !== 'DELETE') return controlError(`${request.method} not allowed`, 405);
      sessions.delete(id);
      return new Response(null, { status: 204 });
    }
    if (rest.startsWith('/control/') || rest === '/control') {
      return handleControl(session.simulator, request, rest.slice('/control'.length));
    }
    return session.simulator.handle(request, { path: rest });
  }

  return {
    defaultSimulator,
    owns,
    async handle(request, handleOptions = {}) {
      const path = handleOptions.path ?? new URL(request.url).pathname;
      if (!owns(path)) return null;
      if (path.startsWith(API_PREFIX)) return defaultSimulator.handle(request, { path });
      return handleSim(request, path);
    },
    createSession,
    session: (id) => sessions.get(id),
    endSession: (id) => sessions.delete(id),
    sessions: () => [...sessions.values()],
  };
}

function startTimeOf(startTime: number | string | undefined): number {
  if (typeof startTime === 'number') return startTime;
  if (typeof startTime === 'string') return parseTime(startTime) ?? Date.now();
  return Date.now();
}
