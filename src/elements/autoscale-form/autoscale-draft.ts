import type { AutoscalingSettings, TenantOrchestratorConfig } from '../../client/index.js';

/** The three numeric fields of the form. */
export type AutoscaleField = 'min' | 'max' | 'target';
export const FIELDS: readonly AutoscaleField[] = ['min', 'max', 'target'];

/** What the person is editing: the switch and the fields as typed (they may not be numbers yet). */
export interface AutoscaleDraft {
  enabled: boolean;
  min: string;
  max: string;
  target: string;
}

/** Why a field is refused; each has a message in the catalog (`err_<code>`). */
export type FieldErrorCode =
  | 'required'
  | 'minInteger'
  | 'minAtLeastOne'
  | 'maxInteger'
  | 'maxBelowMin'
  | 'targetInteger'
  | 'targetRange';

export type FieldErrors = Partial<Record<AutoscaleField, FieldErrorCode>>;

/** The server's default target, used when it stores 0 (api-contract §1.2). */
export const DEFAULT_TARGET = 70;
export const TARGET_MIN = 10;
export const TARGET_MAX = 100;

/** The server answers GET config with this when nothing is stored (api-contract §1.2). */
export const SERVER_DEFAULT: AutoscalingSettings = {
  enabled: false,
  min_replicas: 1,
  max_replicas: 3,
  target_cpu_utilization: 0,
};

/** Target 0 (or absent) means "the default": show and compare it as 70. */
export function effectiveTarget(target: number): number {
  return Number.isFinite(target) && target > 0 ? target : DEFAULT_TARGET;
}

export function settingsFromConfig(config: TenantOrchestratorConfig): AutoscalingSettings {
  return {
    enabled: Boolean(config.autoscaling_enabled),
    min_replicas: config.min_replicas,
    max_replicas: config.max_replicas,
    target_cpu_utilization: config.target_cpu_utilization,
  };
}

function text(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

export function draftFromSettings(
  settings: Partial<AutoscalingSettings> | null | undefined,
): AutoscaleDraft {
  const source = { ...SERVER_DEFAULT, ...(settings ?? {}) };
  return {
    enabled: Boolean(source.enabled),
    min: text(source.min_replicas),
    max: text(source.max_replicas),
    target: text(effectiveTarget(Number(source.target_cpu_utilization))),
  };
}

/** A typed field as a number: `NaN` when empty or not a number (`abc`). */
export function parseField(value: string): number {
  const trimmed = value.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** The draft as the wire object (a field that is not a number is `NaN`, `null` in JSON). */
export function settingsFromDraft(draft: AutoscaleDraft): AutoscalingSettings {
  return {
    enabled: draft.enabled,
    min_replicas: parseField(draft.min),
    max_replicas: parseField(draft.max),
    target_cpu_utilization: parseField(draft.target),
  };
}

/**
 * The server's checks (api-contract §1.1), in its order, but per field so each message lands on
 * the field at fault. With autoscaling off the server checks nothing, and neither do we.
 */
export function validateDraft(draft: AutoscaleDraft): FieldErrors {
  if (!draft.enabled) return {};
  const errors: FieldErrors = {};
  const min = parseField(draft.min);
  const max = parseField(draft.max);
  const target = parseField(draft.target);
  if (Number.isNaN(min)) errors.min = 'required';
  else if (!Number.isInteger(min)) errors.min = 'minInteger';
  else if (min < 1) errors.min = 'minAtLeastOne';
  if (Number.isNaN(max)) errors.max = 'required';
  else if (!Number.isInteger(max)) errors.max = 'maxInteger';
  else if (errors.min === undefined && max < min) errors.max = 'maxBelowMin';
  if (Number.isNaN(target)) errors.target = 'required';
  else if (!Number.isInteger(target)) errors.target = 'targetInteger';
  else if (target < TARGET_MIN || target > TARGET_MAX) errors.target = 'targetRange';
  return errors;
}

/** Maps the server's 400 text onto the field it is about (api-contract §1.1). */
export function fieldErrorFromServer(message: string): FieldErrors {
  if (/^\s*MinReplicas/i.test(message)) return { min: 'minAtLeastOne' };
  if (/^\s*MaxReplicas/i.test(message)) return { max: 'maxBelowMin' };
  if (/^\s*TargetCPUUtilization/i.test(message)) return { target: 'targetRange' };
  return {};
}

/** The draft differs from what is stored. Off on both sides: the fields do not matter. */
export function isDirty(draft: AutoscaleDraft, stored: AutoscalingSettings): boolean {
  const storedDraft = draftFromSettings(stored);
  if (draft.enabled !== storedDraft.enabled) return true;
  if (!draft.enabled) return false;
  return FIELDS.some(
    (field) => !Object.is(parseField(draft[field]), parseField(storedDraft[field])),
  );
}

export interface StoredDifference {
  field: 'enabled' | AutoscaleField;
  sent: number | boolean;
  stored: number | boolean;
}

/**
 * What the server stored differently from what was sent (it may change values, api-contract
 * §1.2); targets compare as shown (0 = 70), and with autoscaling off only the switch matters.
 */
export function storedDifferences(
  sent: AutoscalingSettings,
  stored: AutoscalingSettings,
): StoredDifference[] {
  const differences: StoredDifference[] = [];
  if (sent.enabled !== stored.enabled) {
    differences.push({ field: 'enabled', sent: sent.enabled, stored: stored.enabled });
  }
  if (!sent.enabled || !stored.enabled) return differences;
  const pairs: [AutoscaleField, number, number][] = [
    ['min', sent.min_replicas, stored.min_replicas],
    ['max', sent.max_replicas, stored.max_replicas],
    [
      'target',
      effectiveTarget(sent.target_cpu_utilization),
      effectiveTarget(stored.target_cpu_utilization),
    ],
  ];
  for (const [field, sentValue, storedValue] of pairs) {
    if (sentValue !== storedValue)
      differences.push({ field, sent: sentValue, stored: storedValue });
  }
  return differences;
}

/** Client messages for touched fields (none with `novalidate`), and the server's 400 anyway. */
export function visibleErrors(
  draft: AutoscaleDraft,
  touched: ReadonlySet<AutoscaleField>,
  serverErrors: FieldErrors,
  novalidate: boolean,
): FieldErrors {
  const errors = novalidate ? {} : validateDraft(draft);
  const shown: FieldErrors = {};
  for (const field of FIELDS) {
    const code = serverErrors[field] ?? (touched.has(field) ? errors[field] : undefined);
    if (code) shown[field] = code;
  }
  return shown;
}

/** The target the current CPU is compared with: the typed one when valid, else the stored one. */
export function comparedTarget(draft: AutoscaleDraft, stored: AutoscalingSettings | null): number {
  const typed = parseField(draft.target);
  const valid = Number.isInteger(typed) && typed >= TARGET_MIN && typed <= TARGET_MAX;
  return valid ? typed : effectiveTarget(stored?.target_cpu_utilization ?? 0);
}
