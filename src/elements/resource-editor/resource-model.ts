/**
 * The pure logic of `<vf-resource-editor>`: drafts of the four quantity fields, exact unit
 * conversion, validation and preset recognition. No DOM, no Lit. Every comparison goes through
 * `src/quantity` (BigInt nanos): the server checks neither syntax nor request ≤ limit
 * (api-contract §1.1), and a malformed quantity makes it panic, so this is the only safeguard.
 */
import type { ResourceLimits } from '../../client/index.js';
import {
  QuantityError,
  formatQuantity,
  parseQuantity,
  quantityFromUnit,
  quantityToUnit,
  type Quantity,
  type QuantityUnit,
} from '../../quantity/index.js';

export type FieldKey = keyof ResourceLimits;
export type Resource = 'cpu' | 'memory';
export type Role = 'request' | 'limit';

export const FIELD_KEYS: readonly FieldKey[] = [
  'cpu_request',
  'cpu_limit',
  'memory_request',
  'memory_limit',
];

/** CPU: whole cores ('' suffix) or millicores; memory: the binary units people actually use. */
export const UNITS: Readonly<Record<Resource, readonly QuantityUnit[]>> = {
  cpu: ['', 'm'],
  memory: ['Ki', 'Mi', 'Gi', 'Ti'],
};

export function resourceOf(key: FieldKey): Resource {
  return key.startsWith('cpu') ? 'cpu' : 'memory';
}

export function roleOf(key: FieldKey): Role {
  return key.endsWith('request') ? 'request' : 'limit';
}

export function fieldKey(resource: Resource, role: Role): FieldKey {
  return `${resource}_${role}`;
}

/**
 * One field being edited: a number and a unit, or (raw mode) any quantity text. Raw mode keeps
 * stored values that no unit can show as a whole number ("1e9", "500m" memory) exactly as they
 * are, instead of normalising them the way a number + dropdown editor would.
 */
export interface FieldDraft {
  readonly raw: boolean;
  readonly amount: string;
  readonly unit: QuantityUnit;
  readonly text: string;
}

export type Drafts = Readonly<Record<FieldKey, FieldDraft>>;

/** The quantity text a draft stands for ("1.5" + "Gi" → "1.5Gi"). */
export function draftText(draft: FieldDraft): string {
  return draft.raw ? draft.text : `${draft.amount.trim()}${draft.unit}`;
}

/** Parses a draft; the amount field gets `quantityFromUnit`'s amount-specific messages. */
export function parseDraft(draft: FieldDraft): Quantity | QuantityError {
  try {
    return draft.raw ? parseQuantity(draft.text) : quantityFromUnit(draft.amount, draft.unit);
  } catch (error) {
    if (error instanceof QuantityError) return error;
    throw error;
  }
}

const isWhole = (amount: string): boolean => !amount.includes('.');

/** The unit that shows `quantity` as a whole number ≥ 1, largest first ("1.5Gi" → 1536 Mi). */
function wholeUnit(resource: Resource, quantity: Quantity): QuantityUnit | undefined {
  if (quantity.nanos === 0n) return resource === 'cpu' ? 'm' : 'Mi';
  const largestFirst: readonly QuantityUnit[] =
    resource === 'cpu' ? ['', 'm'] : ['Ti', 'Gi', 'Mi', 'Ki'];
  return largestFirst.find((unit) => {
    const { amount } = quantityToUnit(quantity, unit);
    return isWhole(amount) && amount.replace('-', '') !== '0';
  });
}

function inUnit(quantity: Quantity, unit: QuantityUnit): FieldDraft {
  const { amount } = quantityToUnit(quantity, unit);
  return { raw: false, amount, unit, text: `${amount}${unit}` };
}

/**
 * The draft for a stored or assigned value: number + unit when a unit shows it as a whole number,
 * otherwise raw mode with the text untouched (so an invalid stored value is shown, not lost).
 */
export function draftFromText(key: FieldKey, text: string): FieldDraft {
  const resource = resourceOf(key);
  const fallbackUnit = resource === 'cpu' ? 'm' : 'Mi';
  let quantity: Quantity;
  try {
    quantity = parseQuantity(text);
  } catch {
    return { raw: true, amount: '', unit: fallbackUnit, text };
  }
  const unit = wholeUnit(resource, quantity);
  return unit === undefined
    ? { raw: true, amount: '', unit: fallbackUnit, text }
    : inUnit(quantity, unit);
}

export function draftsFromLimits(limits: ResourceLimits): Drafts {
  const entries = FIELD_KEYS.map((key) => [key, draftFromText(key, String(limits[key] ?? ''))]);
  return Object.fromEntries(entries) as Record<FieldKey, FieldDraft>;
}

export function draftsToLimits(drafts: Drafts): ResourceLimits {
  const entries = FIELD_KEYS.map((key) => [key, draftText(drafts[key])]);
  return Object.fromEntries(entries) as unknown as ResourceLimits;
}

/**
 * Changes the unit without changing the value: 1 core → 1000 m, never 1 → 1 m (the bug of
 * rancher/dashboard#11955). An amount that does not parse keeps its text.
 */
export function withUnit(draft: FieldDraft, unit: QuantityUnit): FieldDraft {
  const parsed = parseDraft(draft);
  if (parsed instanceof QuantityError) return { ...draft, unit, text: `${draft.amount}${unit}` };
  return inUnit(parsed, unit);
}

/** Number + unit → raw text (the same quantity, as typed). */
export function toRaw(draft: FieldDraft): FieldDraft {
  return { ...draft, raw: true, text: draftText(draft) };
}

/** Raw text → number + unit, exactly; `undefined` while the text does not parse. */
export function toUnits(key: FieldKey, draft: FieldDraft): FieldDraft | undefined {
  const parsed = parseDraft(draft);
  if (parsed instanceof QuantityError) return undefined;
  const resource = resourceOf(key);
  return inUnit(parsed, wholeUnit(resource, parsed) ?? (resource === 'cpu' ? 'm' : 'Mi'));
}

export type FieldProblem =
  | { kind: 'syntax'; error: QuantityError }
  | { kind: 'negative' }
  | { kind: 'requestAboveLimit'; other: string }
  | { kind: 'limitBelowRequest'; other: string };

export type FieldWarning =
  | { kind: 'fractionalBytes'; text: string; suggestion: string | undefined }
  | { kind: 'limitFarAbove'; ratio: number };

export interface FieldCheck {
  quantity: Quantity | undefined;
  /** Canonical Kubernetes form, when the field parses. */
  canonical: string | undefined;
  problem: FieldProblem | undefined;
  warning: FieldWarning | undefined;
}

/** A limit more than this many times its request gets a warning (not an error). */
export const FAR_ABOVE_RATIO = 10n;

const NANOS = 1_000_000_000n;

/**
 * Checks all four fields. `lastEdited` says which field of each resource changed last: a
 * request > limit conflict is reported there (default: on the limit).
 */
export function checkDrafts(
  drafts: Drafts,
  lastEdited: Readonly<Partial<Record<Resource, Role>>>,
): Record<FieldKey, FieldCheck> {
  const checks = {} as Record<FieldKey, FieldCheck>;
  for (const key of FIELD_KEYS) {
    const parsed = parseDraft(drafts[key]);
    const quantity = parsed instanceof QuantityError ? undefined : parsed;
    checks[key] = {
      quantity,
      canonical: quantity && formatQuantity(quantity),
      problem:
        parsed instanceof QuantityError
          ? { kind: 'syntax', error: parsed }
          : parsed.nanos < 0n
            ? { kind: 'negative' }
            : undefined,
      warning: undefined,
    };
    const text = draftText(drafts[key]).trim();
    // "500m" of memory is half a byte: the classic typo for "500Mi". Allowed, but flagged.
    if (quantity && resourceOf(key) === 'memory' && quantity.nanos % NANOS !== 0n) {
      const suggestion = /^[0-9.]+m$/.test(text) ? `${text.slice(0, -1)}Mi` : undefined;
      checks[key].warning = { kind: 'fractionalBytes', text, suggestion };
    }
  }
  for (const resource of ['cpu', 'memory'] as const) {
    const request = checks[fieldKey(resource, 'request')];
    const limit = checks[fieldKey(resource, 'limit')];
    if (!request.quantity || !limit.quantity || request.problem || limit.problem) continue;
    const requestNanos = request.quantity.nanos;
    const limitNanos = limit.quantity.nanos;
    if (requestNanos > limitNanos) {
      if (lastEdited[resource] === 'request') {
        request.problem = { kind: 'requestAboveLimit', other: limit.canonical ?? '' };
      } else {
        limit.problem = { kind: 'limitBelowRequest', other: request.canonical ?? '' };
      }
    } else if (
      requestNanos > 0n &&
      limitNanos > FAR_ABOVE_RATIO * requestNanos &&
      // A half-byte request already has its own warning; the ratio would only add noise.
      !request.warning
    ) {
      limit.warning ??= {
        kind: 'limitFarAbove',
        ratio: Number((limitNanos * 10n) / requestNanos) / 10,
      };
    }
  }
  return checks;
}

/** The canonical strings that are sent (call only when no field has a problem). */
export function canonicalLimits(checks: Record<FieldKey, FieldCheck>): ResourceLimits {
  const entries = FIELD_KEYS.map((key) => [key, checks[key].canonical ?? '']);
  return Object.fromEntries(entries) as unknown as ResourceLimits;
}

export interface Preset {
  id: 'basic' | 'standard' | 'premium' | 'enterprise';
  limits: ResourceLimits;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'basic',
    limits: {
      cpu_request: '100m',
      cpu_limit: '200m',
      memory_request: '128Mi',
      memory_limit: '256Mi',
    },
  },
  {
    id: 'standard',
    limits: {
      cpu_request: '200m',
      cpu_limit: '500m',
      memory_request: '256Mi',
      memory_limit: '512Mi',
    },
  },
  {
    id: 'premium',
    limits: {
      cpu_request: '500m',
      cpu_limit: '1000m',
      memory_request: '512Mi',
      memory_limit: '1Gi',
    },
  },
  {
    id: 'enterprise',
    limits: {
      cpu_request: '1000m',
      cpu_limit: '2000m',
      memory_request: '1Gi',
      memory_limit: '2Gi',
    },
  },
];

/** The preset whose four values equal these, by value ("1Gi" matches "1024Mi", "1" matches "1000m"). */
export function matchPreset(checks: Record<FieldKey, FieldCheck>): Preset | undefined {
  return PRESETS.find((preset) =>
    FIELD_KEYS.every((key) => {
      const quantity = checks[key].quantity;
      return quantity !== undefined && quantity.nanos === parseQuantity(preset.limits[key]).nanos;
    }),
  );
}

/** True when two texts are the same quantity, or the same text when either does not parse. */
export function sameValue(a: string, b: string): boolean {
  try {
    return parseQuantity(a).nanos === parseQuantity(b).nanos;
  } catch {
    return a === b;
  }
}
