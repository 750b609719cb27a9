import { html, nothing, type TemplateResult } from 'lit';
import type { DeploymentStatus } from '../../client/index.js';
import { formatElapsed } from '../../internal/clock-controller.js';
import type { SettleOutcome } from '../../internal/events.js';
import { translate, type Locale } from '../../internal/localize.js';
import { statusLabel } from '../orch-status/status-badge.js';
import { actionsMessages } from './orch-actions.messages.js';
import type { ActionKind, OperationTracker } from './operation-tracker.js';

export interface SettledResult {
  kind: ActionKind;
  outcome: SettleOutcome;
  status: DeploymentStatus | null;
  /** How long the operation waited, for the timeout sentence. */
  waitedMs: number;
}

/** The sentence announced and shown when an operation ends. */
export function resultSentence(locale: Locale, result: SettledResult): string {
  const { kind, outcome } = result;
  if (outcome === 'timeout') {
    const key = kind === 'deploy' ? 'timeout_deploy' : 'timeout_drain';
    return translate(actionsMessages, locale, key, formatElapsed(result.waitedMs));
  }
  return translate(actionsMessages, locale, `${outcome}_${kind}`);
}

/** Progress of a running operation: what it is doing, the live status and the elapsed time. */
export function renderProgress(locale: Locale, operation: OperationTracker): TemplateResult {
  const t = actionsMessages[locale];
  const status = operation.latest;
  const label =
    operation.phase === 'sending'
      ? t.progressSending
      : translate(actionsMessages, locale, `progress_${operation.kind}`);
  const desired = Math.max(0, status?.replicas ?? 0);
  const ready = Math.min(desired, Math.max(0, status?.ready_replicas ?? 0));
  // A bar that moves with the ready pods when there are some to count, else indeterminate.
  const measured = status !== null && desired > 0;
  const name = translate(
    actionsMessages,
    locale,
    'progressLabel',
    translate(actionsMessages, locale, `operation_${operation.kind}`),
  );
  return html`<div class="progress" part="progress" data-kind=${operation.kind}>
    <div class="progress-line">
      <span class="label">${label}</span>
      <span class="elapsed" part="elapsed"
        >${translate(actionsMessages, locale, 'elapsed', formatElapsed(operation.elapsed()))}</span
      >
    </div>
    <div
      class="track"
      role="progressbar"
      aria-label=${name}
      aria-valuemin=${measured ? 0 : nothing}
      aria-valuemax=${measured ? desired : nothing}
      aria-valuenow=${measured ? ready : nothing}
    >
      <div
        class="fill ${measured ? '' : 'indeterminate'}"
        style=${measured ? `width:${Math.round((ready / desired) * 100)}%` : ''}
      ></div>
    </div>
    ${
      status
        ? html`<div class="hint status-line">
            ${translate(
              actionsMessages,
              locale,
              'progressStatus',
              statusLabel(locale, status.status),
              Math.max(0, status.ready_replicas),
              desired,
            )}
          </div>`
        : nothing
    }
  </div>`;
}

/** The outcome of the last operation; the server's status message is shown as text. */
export function renderResult(locale: Locale, result: SettledResult): TemplateResult {
  const tone =
    result.outcome === 'ready' ? 'success' : result.outcome === 'error' ? 'error' : 'warning';
  return html`<div
    class="notice ${tone} result"
    part="result"
    data-outcome=${result.outcome}
    data-kind=${result.kind}
  >
    <p>${resultSentence(locale, result)}</p>
    ${
      result.outcome !== 'ready' && result.status?.message
        ? html`<p class="server-message">${result.status.message}</p>`
        : nothing
    }
  </div>`;
}

export interface DrainDialogHandlers {
  onConfirm: () => void;
  onCancel: () => void;
  onClose: () => void;
}

/**
 * The drain confirmation: a native modal `<dialog>` (the page behind is inert, Escape closes it)
 * that says what drain really does (quirk 8: a rolling restart of all pods).
 */
export function renderDrainDialog(
  locale: Locale,
  tenantId: string,
  handlers: DrainDialogHandlers,
): TemplateResult {
  const t = actionsMessages[locale];
  return html`<dialog
    part="dialog"
    aria-labelledby="drain-title"
    aria-describedby="drain-body"
    @close=${handlers.onClose}
  >
    <h2 id="drain-title">${translate(actionsMessages, locale, 'dialogTitle', tenantId)}</h2>
    <p id="drain-body">${t.dialogBody}</p>
    <div class="dialog-actions">
      <button type="button" part="cancel-button" class="cancel" @click=${handlers.onCancel}>
        ${t.dialogCancel}
      </button>
      <button
        type="button"
        part="confirm-button"
        class="danger confirm"
        @click=${handlers.onConfirm}
      >
        ${t.dialogConfirm}
      </button>
    </div>
  </dialog>`;
}
