import {
  isTransitional,
  type DeploymentStatus,
  type TenantOrchestratorConfig,
} from '../../client/index.js';
import { translate, type Locale } from '../../internal/localize.js';
import { scaleMessages } from './scale-control.messages.js';

/** Pure rules of `<vf-scale-control>`: parsing the typed value, blocking, confirming, settling. */

export const DEFAULT_PRESETS: readonly number[] = [1, 2, 3, 5, 10];

/** The server's default target when it stores 0 (api-contract §1.2). */
export const DEFAULT_TARGET_CPU = 70;

export type DraftCheck =
  | { ok: true; value: number }
  | {
      ok: false;
      message: string;
      /** a number to step from, when the text holds one */ near?: number;
    };

/** Reads the typed text against `min..max`; the message is shown on the input. */
export function checkDraft(locale: Locale, text: string, min: number, max: number): DraftCheck {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, message: translate(scaleMessages, locale, 'invalidEmpty') };
  // Number('') is 0 and Number('0x10') is 16: only plain decimal notation is a number here.
  const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed);
  const value = numeric ? Number(trimmed) : NaN;
  if (!Number.isFinite(value)) {
    return { ok: false, message: translate(scaleMessages, locale, 'invalidNumber', trimmed) };
  }
  if (!Number.isInteger(value)) {
    return { ok: false, message: translate(scaleMessages, locale, 'invalidInteger'), near: value };
  }
  if (value < min) {
    return { ok: false, message: translate(scaleMessages, locale, 'invalidMin', min), near: value };
  }
  if (value > max) {
    return { ok: false, message: translate(scaleMessages, locale, 'invalidMax', max), near: value };
  }
  return { ok: true, value };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Scaling down to half or less of the current target asks first (prior-art §9.2, §10). */
export function needsConfirmation(from: number, to: number): boolean {
  return from > 0 && to < from && to <= from / 2;
}

export type BlockReason =
  | { kind: 'loading' }
  | { kind: 'notDeployed' }
  | { kind: 'notAvailable' }
  | { kind: 'shared' }
  | { kind: 'configUnknown' }
  | { kind: 'autoscaling'; min: number; max: number; target: number }
  | { kind: 'transition'; status: string };

export interface BlockInput {
  status: DeploymentStatus | null;
  statusErrorCode: string | null;
  config: TenantOrchestratorConfig | null | undefined;
  configFailed: boolean;
  /** This control started the running transition (its own scale), which does not block. */
  ownTransition: boolean;
}

/**
 * Why nothing can be sent right now, or `null`. Every kind except `transition` also locks the
 * stepper, the input and the presets; a running transition only disables Apply (the draft stays
 * editable so it is ready when the transition ends).
 */
export function blockReason(input: BlockInput): BlockReason | null {
  const { status, statusErrorCode, config } = input;
  // A 500 on status means "never deployed" (quirk 3); scaling it would fail the same way.
  if (statusErrorCode === 'not_deployed') return { kind: 'notDeployed' };
  if (statusErrorCode === 'not_available') return { kind: 'notAvailable' };
  if (!status) return { kind: 'loading' };
  // The live status says where the tenant runs now; the server refuses scaling anywhere but a
  // dedicated instance ("can only scale dedicated instances" → scaling_not_available).
  if (status.mode === 'shared') return { kind: 'shared' };
  if (input.configFailed && !config) return { kind: 'configUnknown' };
  if (config === undefined) return { kind: 'loading' };
  if (config?.mode === 'shared') return { kind: 'shared' };
  if (config?.autoscaling_enabled) {
    return {
      kind: 'autoscaling',
      min: config.min_replicas,
      max: config.max_replicas,
      target:
        config.target_cpu_utilization > 0 ? config.target_cpu_utilization : DEFAULT_TARGET_CPU,
    };
  }
  if (isTransitional(status.status) && !input.ownTransition) {
    return { kind: 'transition', status: status.status };
  }
  return null;
}

export function describeBlock(locale: Locale, reason: BlockReason): string {
  switch (reason.kind) {
    case 'loading':
      return translate(scaleMessages, locale, 'reasonLoading');
    case 'notDeployed':
      return translate(scaleMessages, locale, 'reasonNotDeployed');
    case 'notAvailable':
      return translate(scaleMessages, locale, 'reasonNotAvailable');
    case 'shared':
      return translate(scaleMessages, locale, 'reasonShared');
    case 'configUnknown':
      return translate(scaleMessages, locale, 'reasonConfigUnknown');
    case 'autoscaling':
      return translate(
        scaleMessages,
        locale,
        'reasonAutoscaling',
        reason.min,
        reason.max,
        reason.target,
      );
    case 'transition': {
      const key = `status_${reason.status}` as 'status_scaling';
      const label = key in scaleMessages.en ? translate(scaleMessages, locale, key) : reason.status;
      return translate(scaleMessages, locale, 'reasonTransition', label);
    }
  }
}

export type Verdict = 'moving' | 'ready' | 'mismatch' | 'error';

/**
 * What a status read says about a scale to `target`:
 * - `ready`: desired and ready replicas are `target` and nothing is transitional;
 * - `moving`: a transition runs, or the server wants `target` but not all of them are ready yet;
 * - `mismatch`: the status is steady at another desired count (the server, or an autoscaler,
 *   disagrees);
 * - `error`: the deployment reports `error`.
 */
export function judge(status: DeploymentStatus, target: number): Verdict {
  if (status.status === 'error') return 'error';
  if (isTransitional(status.status)) return 'moving';
  if (status.replicas !== target) return 'mismatch';
  return status.ready_replicas === target ? 'ready' : 'moving';
}
