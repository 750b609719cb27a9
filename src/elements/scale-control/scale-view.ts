import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DeploymentStatus, OrchestrationError } from '../../client/index.js';
import { renderError } from '../../internal/error-view.js';
import { translate, type Locale } from '../../internal/localize.js';
import { scaleMessages } from './scale-control.messages.js';

/** Render helpers of `<vf-scale-control>`; the element owns all state and passes it in. */

export type OutcomeKind = 'ready' | 'mismatch' | 'error' | 'timeout';

export interface Outcome {
  kind: OutcomeKind;
  target: number;
  status: DeploymentStatus | null;
}

export interface StepperView {
  locale: Locale;
  text: string;
  /** The typed value when valid. */
  value: number | null;
  min: number;
  max: number;
  /** The stepper, input and presets are locked (not a mere "transition running"). */
  locked: boolean;
  /** Apply would send nothing; `aria-disabled` keeps it focusable so its reason can be read. */
  applyBlocked: boolean;
  busy: boolean;
  /** Inline message on the input (client check or the server's 400), or `''`. */
  fieldError: string;
  presets: readonly number[];
  onInput: (event: InputEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onStep: (delta: number) => void;
  onPreset: (replicas: number) => void;
  onApply: () => void;
}

export function renderStepper(view: StepperView): TemplateResult {
  const t = (key: 'decrement' | 'increment' | 'apply' | 'presets') =>
    translate(scaleMessages, view.locale, key as 'apply');
  const invalid = view.fieldError !== '';
  const presets = view.presets.filter((preset) => preset >= view.min && preset <= view.max);
  const atMin = view.value !== null && view.value <= view.min;
  const atMax = view.value !== null && view.value >= view.max;
  return html`<div class="stepper">
      <button
        type="button"
        class="step"
        part="decrement"
        aria-label=${t('decrement')}
        aria-controls="replicas"
        ?disabled=${view.locked}
        aria-disabled=${atMin ? 'true' : 'false'}
        @click=${() => view.onStep(-1)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <input
        id="replicas"
        part="input"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        role="spinbutton"
        aria-valuemin=${view.min}
        aria-valuemax=${view.max}
        aria-valuenow=${view.value ?? nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="replicas-error reason"
        .value=${live(view.text)}
        ?disabled=${view.locked}
        @input=${view.onInput}
        @keydown=${view.onKeydown}
      />
      <button
        type="button"
        class="step"
        part="increment"
        aria-label=${t('increment')}
        aria-controls="replicas"
        ?disabled=${view.locked}
        aria-disabled=${atMax ? 'true' : 'false'}
        @click=${() => view.onStep(1)}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        class="primary apply"
        part="apply-button"
        aria-describedby="reason"
        aria-busy=${view.busy ? 'true' : 'false'}
        ?disabled=${view.locked}
        aria-disabled=${view.applyBlocked ? 'true' : 'false'}
        @click=${view.onApply}
      >
        ${t('apply')}
      </button>
    </div>
    <p id="replicas-error" class="field-error" aria-live="polite">${view.fieldError}</p>
    <div class="presets" part="presets" role="group" aria-label=${t('presets')}>
      ${presets.map(
        (preset) =>
          html`<button
            type="button"
            class="preset"
            data-replicas=${preset}
            aria-pressed=${view.value === preset ? 'true' : 'false'}
            ?disabled=${view.locked}
            @click=${() => view.onPreset(preset)}
          >
            ${preset}
          </button>`,
      )}
    </div>`;
}

/** `ready/desired`, and "Scaling to N…" while a scale this control sent has not settled. */
export function renderCurrent(
  locale: Locale,
  status: DeploymentStatus | null,
  progress: { pending: number | null; sending: number | null },
  readFailed = false,
): TemplateResult {
  if (!status) {
    // A failed read (not deployed, not available, signed out) is not "still loading": the reason
    // is shown below the stepper, and the figure is simply unknown.
    return readFailed
      ? html`<span class="current" part="status">—</span>`
      : html`<span class="current skeleton" part="status">
          ${translate(scaleMessages, locale, 'currentUnknown')}</span
        >`;
  }
  const figure = translate(
    scaleMessages,
    locale,
    'current',
    status.ready_replicas,
    status.replicas,
  );
  const label =
    progress.pending !== null
      ? translate(scaleMessages, locale, 'scalingTo', progress.pending)
      : progress.sending !== null
        ? translate(scaleMessages, locale, 'sending', progress.sending)
        : '';
  return html`<span class="current" part="status" data-pending=${progress.pending ?? nothing}>
    ${label ? html`<strong class="progress">${label}</strong>` : nothing}
    <span class="figure">${figure}</span>
  </span>`;
}

/** The result of the last scale, in words; the server's own message is shown as text. */
export function renderOutcome(locale: Locale, outcome: Outcome | null, timeoutS: number) {
  if (!outcome) return nothing;
  const { kind, status } = outcome;
  const text = outcomeText(locale, outcome, timeoutS);
  const tone = kind === 'ready' ? 'success' : kind === 'error' ? 'error' : 'warning';
  return html`<div class="notice ${tone}" part="outcome" data-outcome=${kind}>
    <div>${text}</div>
    ${
      kind !== 'ready' && status?.message
        ? html`<p class="server-message">${status.message}</p>`
        : nothing
    }
  </div>`;
}

/** `45 s`, `5 min`: the same in both locales. */
function formatWait(seconds: number): string {
  return seconds >= 120
    ? `${Math.round(seconds / 60)} min`
    : `${Math.max(1, Math.round(seconds))} s`;
}

export function outcomeText(locale: Locale, outcome: Outcome, timeoutS: number): string {
  const { kind, target, status } = outcome;
  if (kind === 'ready') return translate(scaleMessages, locale, 'settledReady', target);
  if (kind === 'mismatch') {
    return translate(scaleMessages, locale, 'settledMismatch', target, status?.replicas ?? 0);
  }
  if (kind === 'error') return translate(scaleMessages, locale, 'settledError', target);
  return translate(scaleMessages, locale, 'settledTimeout', target, formatWait(timeoutS));
}

export interface ConfirmView {
  locale: Locale;
  from: number;
  to: number;
  onCancel: () => void;
  onConfirm: () => void;
  onClose: (event: Event) => void;
}

/**
 * The confirmation of a large scale-down: a native modal `<dialog>` (focus trap, Escape closes it
 * as a cancel, the page behind is inert). Always in the DOM so it can be opened at once.
 */
export function renderConfirm(view: ConfirmView): TemplateResult {
  const { locale, from, to } = view;
  return html`<dialog
    part="dialog"
    aria-labelledby="confirm-title"
    aria-describedby="confirm-body"
    @close=${view.onClose}
  >
    <h2 id="confirm-title">${translate(scaleMessages, locale, 'confirmTitle')}</h2>
    <p id="confirm-body">${translate(scaleMessages, locale, 'confirmBody', from, to)}</p>
    <div class="dialog-actions">
      <button type="button" class="cancel" autofocus @click=${view.onCancel}>
        ${translate(scaleMessages, locale, 'cancel')}
      </button>
      <button type="button" class="danger confirm" @click=${view.onConfirm}>
        ${translate(scaleMessages, locale, 'confirmAction', to)}
      </button>
    </div>
  </dialog>`;
}

/** A refused value (the server's 400, or the client's own check) is shown on the input. */
export function refusalText(locale: Locale, error: OrchestrationError | undefined): string {
  if (error?.code !== 'validation') return '';
  // Status 0: the client's own check, which already speaks the server's words.
  return error.status
    ? translate(scaleMessages, locale, 'serverRefused', error.message)
    : error.message;
}

/** Any other failure: the friendly block; no Retry after "state unknown" (quirk 7). */
export function renderFailure(locale: Locale, error: OrchestrationError, onRetry: () => void) {
  return renderError(locale, error, {
    operation: translate(scaleMessages, locale, 'operation'),
    onRetry: error.stateUnknown ? undefined : onRetry,
  });
}

/** Why Apply waits when nothing blocks scaling: a queued value, or nothing to change. */
export function waitingText(
  locale: Locale,
  state: { queued: number | null; equal: number | null; own: boolean },
): string {
  if (state.queued !== null) return translate(scaleMessages, locale, 'queued', state.queued);
  if (state.equal === null) return '';
  const key = state.own ? 'reasonEqualPending' : 'reasonEqual';
  return translate(scaleMessages, locale, key, state.equal);
}
