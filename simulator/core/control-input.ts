/**
 * Validation of the JSON the control API and `POST /__sim/sessions` accept, into typed values.
 */
import type {
  FaultKind,
  FaultSpec,
  LoadSetting,
  SessionOptions,
  SimulatorAuth,
  SimulatorSpeeds,
  StatusSeed,
  TenantSeed,
} from './types.js';

export class ControlInputError extends Error {}

type JsonRecord = Record<string, unknown>;

const FAULT_KINDS: readonly FaultKind[] = [
  'status',
  'latency',
  'drop',
  'malformed',
  'truncated',
  'unauthorized',
  'forbidden',
];
const SPEED_KEYS: readonly (keyof SimulatorSpeeds)[] = [
  'deploy',
  'replicaStep',
  'drain',
  'removing',
  'hpaInterval',
];

function fail(message: string): never {
  throw new ControlInputError(message);
}

export function parseJsonText(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fail('body is not valid JSON');
  }
}

export function record(value: unknown, what: string): JsonRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail(`${what} must be an object`);
  return value as JsonRecord;
}

function optional<T>(
  value: JsonRecord,
  key: string,
  check: (input: unknown, what: string) => T,
): T | undefined {
  return value[key] === undefined ? undefined : check(value[key], key);
}

export function string(input: unknown, what: string): string {
  return typeof input === 'string' ? input : fail(`${what} must be a string`);
}

export function finiteNumber(input: unknown, what: string): number {
  return typeof input === 'number' && Number.isFinite(input)
    ? input
    : fail(`${what} must be a number`);
}

function nonNegative(input: unknown, what: string): number {
  const value = finiteNumber(input, what);
  return value >= 0 ? value : fail(`${what} must be >= 0`);
}

function integer(input: unknown, what: string): number {
  const value = finiteNumber(input, what);
  return Number.isInteger(value) ? value : fail(`${what} must be an integer`);
}

export function boolean(input: unknown, what: string): boolean {
  return typeof input === 'boolean' ? input : fail(`${what} must be a boolean`);
}

function stringList(input: unknown, what: string): string[] {
  if (!Array.isArray(input)) return fail(`${what} must be an array of strings`);
  return input.map((item, index) => string(item, `${what}[${index}]`));
}

export function parseFault(input: unknown): FaultSpec {
  const value = record(input, 'fault');
  const kind = string(value.kind, 'kind') as FaultKind;
  if (!FAULT_KINDS.includes(kind)) fail(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  const status = optional(value, 'status', integer);
  if (status !== undefined && (status < 200 || status > 599))
    fail('status must be within 200..599');
  const times = optional(value, 'times', integer);
  if (times !== undefined && times < 1) fail('times must be at least 1');
  const contentType = value.contentType === null ? null : optional(value, 'contentType', string);
  const fault: FaultSpec = { kind };
  const fields: Partial<FaultSpec> = {
    tenantId: optional(value, 'tenantId', string),
    method: optional(value, 'method', string),
    path: optional(value, 'path', string),
    status,
    body: optional(value, 'body', string),
    contentType,
    latencyMs: optional(value, 'latencyMs', nonNegative),
    applyFirst: optional(value, 'applyFirst', boolean),
    times,
  };
  for (const [key, field] of Object.entries(fields)) {
    if (field !== undefined) Object.assign(fault, { [key]: field });
  }
  return fault;
}

export function parseLoad(input: unknown): { tenantId: string; load: LoadSetting | null } {
  const value = record(input, 'load');
  const tenantId = string(value.tenantId, 'tenantId');
  if (value.cpu === null) return { tenantId, load: null };
  const load: LoadSetting = { cpu: nonNegative(value.cpu, 'cpu') };
  const amplitude = optional(value, 'amplitude', nonNegative);
  const periodMs = optional(value, 'periodMs', nonNegative);
  if (amplitude !== undefined) load.amplitude = amplitude;
  if (periodMs !== undefined && periodMs > 0) load.periodMs = periodMs;
  return { tenantId, load };
}

export function parseAuth(input: unknown): SimulatorAuth | null {
  if (input === null) return null;
  const value = record(input, 'auth');
  const token = value.token === null ? null : optional(value, 'token', string);
  let tokens: SimulatorAuth['tokens'];
  if (value.tokens !== undefined && value.tokens !== null) {
    tokens = {};
    for (const [key, tenants] of Object.entries(record(value.tokens, 'tokens'))) {
      tokens[key] = tenants === '*' ? '*' : stringList(tenants, `tokens.${key}`);
    }
  }
  if (!token && !tokens) return null;
  return { ...(token ? { token } : {}), ...(tokens ? { tokens } : {}) };
}

export function parseSpeeds(input: unknown): Partial<SimulatorSpeeds> {
  const value = record(input, 'speeds');
  const speeds: Partial<SimulatorSpeeds> = {};
  for (const key of SPEED_KEYS) {
    const speed = optional(value, key, nonNegative);
    if (speed !== undefined) speeds[key] = speed;
  }
  return speeds;
}

function parseStatusSeed(input: unknown): StatusSeed {
  const value = record(input, 'status');
  const seed: StatusSeed = { status: string(value.status, 'status.status') };
  for (const key of ['message', 'mode', 'namespace', 'version', 'last_updated'] as const) {
    const field = optional(value, key, string);
    if (field !== undefined) seed[key] = field;
  }
  for (const key of ['replicas', 'ready_replicas'] as const) {
    const field = optional(value, key, integer);
    if (field !== undefined) seed[key] = field;
  }
  return seed;
}

export function parseTenantSeed(input: unknown): TenantSeed {
  const value = record(input, 'tenant');
  const seed: TenantSeed = {};
  if (value.config !== undefined)
    seed.config = value.config === null ? null : parseConfigSeed(value.config);
  if (value.status !== undefined)
    seed.status = value.status === null ? null : parseStatusSeed(value.status);
  const stuck = optional(value, 'stuck', boolean);
  if (stuck !== undefined) seed.stuck = stuck;
  if (value.load !== undefined) {
    seed.load = value.load === null ? null : pickLoad(value.load);
  }
  return seed;
}

function pickLoad(input: unknown): LoadSetting {
  const parsed = parseLoad({ ...record(input, 'load'), tenantId: '' }).load;
  return parsed ?? fail('load.cpu must be a number');
}

function parseConfigSeed(input: unknown): NonNullable<TenantSeed['config']> {
  const value = record(input, 'config');
  const config: NonNullable<TenantSeed['config']> = {};
  for (const key of ['mode', 'dedicated_namespace'] as const) {
    const field = optional(value, key, string);
    if (field !== undefined) config[key] = field;
  }
  for (const key of ['min_replicas', 'max_replicas', 'target_cpu_utilization'] as const) {
    const field = optional(value, key, integer);
    if (field !== undefined) config[key] = field;
  }
  const autoscaling = optional(value, 'autoscaling_enabled', boolean);
  if (autoscaling !== undefined) config.autoscaling_enabled = autoscaling;
  if (value.custom_domains !== undefined) {
    config.custom_domains =
      value.custom_domains === null ? null : stringList(value.custom_domains, 'custom_domains');
  }
  if (value.resource_limits !== undefined) {
    const limits = record(value.resource_limits, 'resource_limits');
    config.resource_limits = {};
    for (const key of ['cpu_request', 'cpu_limit', 'memory_request', 'memory_limit'] as const) {
      const field = optional(limits, key, string);
      if (field !== undefined) config.resource_limits[key] = field;
    }
  }
  return config;
}

export function parseSessionOptions(input: unknown): SessionOptions {
  const value = record(input, 'session');
  const options: SessionOptions = {};
  const seed = optional(value, 'seed', boolean);
  if (seed !== undefined) options.seed = seed;
  const quirks = optional(value, 'quirks', boolean);
  if (quirks !== undefined) options.quirks = quirks;
  if (value.clock !== undefined) {
    if (value.clock !== 'manual' && value.clock !== 'real')
      fail("clock must be 'manual' or 'real'");
    options.clock = value.clock;
  }
  if (value.startTime !== undefined) {
    options.startTime =
      typeof value.startTime === 'string'
        ? value.startTime
        : finiteNumber(value.startTime, 'startTime');
  }
  if (value.speeds !== undefined) options.speeds = parseSpeeds(value.speeds);
  if (value.auth !== undefined) options.auth = parseAuth(value.auth);
  if (value.tenants !== undefined) {
    options.tenants = {};
    for (const [id, tenant] of Object.entries(record(value.tenants, 'tenants'))) {
      options.tenants[id] = parseTenantSeed(tenant);
    }
  }
  return options;
}
