import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { StatusSnapshot } from '../../client/index.js';
import { ClockController } from '../../internal/clock-controller.js';
import { describeError, renderError } from '../../internal/error-view.js';
import type { SettleOutcome } from '../../internal/events.js';
import { translate } from '../../internal/localize.js';
import { commonMessages } from '../../internal/messages.js';
import { StatusController } from '../../internal/status-controller.js';
import { VfElement } from '../../internal/vf-element.js';
import { blockReason, deepActiveElement } from './action-rules.js';
import {
  renderDrainDialog,
  renderProgress,
  renderResult,
  resultSentence,
  type SettledResult,
} from './actions-view.js';
import { OperationTracker, type ActionKind } from './operation-tracker.js';
import { actionsMessages } from './orch-actions.messages.js';
import { styles } from './orch-actions.styles.js';

type Key = keyof typeof actionsMessages.en;

/**
 * Deploy and drain one tenant, with a confirmation for drain, live progress and the outcome.
 * Deploy is refused while a transition runs (and allowed when the tenant was never deployed);
 * drain only exists in dedicated mode. After the server accepts, the element follows the shared
 * status until it leaves the transitional states or `timeout` seconds pass.
 *
 * @tag vf-orch-actions
 * @summary Deploy and drain buttons with confirmation, progress and outcome.
 *
 * @fires {{ tenantId: string }} vf-deploy-request - Deploy was asked for. Cancelable: `preventDefault()` sends nothing.
 * @fires {{ tenantId: string; response: OperationAccepted }} vf-deploy-accepted - The server accepted the deploy (202), with its body.
 * @fires {{ tenantId: string; outcome: 'ready' | 'error' | 'timeout'; status: DeploymentStatus | null }} vf-deploy-settled - The deploy finished, failed or timed out.
 * @fires {{ tenantId: string }} vf-drain-request - Drain was confirmed. Cancelable: `preventDefault()` sends nothing.
 * @fires {{ tenantId: string; response: OperationAccepted }} vf-drain-accepted - The server accepted the drain (202), with its body.
 * @fires {{ tenantId: string; outcome: 'ready' | 'error' | 'timeout'; status: DeploymentStatus | null }} vf-drain-settled - The drain finished, failed or timed out.
 * @fires {{ tenantId: string; operation: string; error: { status: number; code: string; message: string; retryable: boolean; stateUnknown: boolean } }} vf-error - A deploy or drain request failed (`stateUnknown` when no answer came back).
 *
 * @csspart deploy-button - The Deploy button.
 * @csspart drain-button - The Drain button.
 * @csspart reason - Why a button is disabled.
 * @csspart progress - Progress of the running operation.
 * @csspart elapsed - Elapsed time of the running operation.
 * @csspart result - The outcome of the last operation.
 * @csspart error - The error block of a failed request.
 * @csspart retry-button - Retry in the error block.
 * @csspart dialog - The drain confirmation dialog.
 * @csspart cancel-button - Cancel in the confirmation dialog.
 * @csspart confirm-button - Confirm in the confirmation dialog.
 *
 * @cssprop --vf-color-primary - Deploy button colour.
 * @cssprop --vf-color-danger - Drain button and error colour.
 * @cssprop --vf-color-info - Progress bar colour.
 * @cssprop --vf-color-success - Colour of a ready outcome.
 * @cssprop --vf-color-warning - Colour of a timed-out outcome.
 * @cssprop --vf-color-surface - Background of the card and the dialog.
 * @cssprop --vf-color-text - Text colour.
 * @cssprop --vf-color-backdrop - Backdrop behind the confirmation dialog.
 * @cssprop --vf-radius - Corner radius.
 */
export class VfOrchActions extends VfElement {
  static override styles = styles;

  /** Seconds to follow an accepted operation before settling it as `timeout` (api-contract §3). */
  @property({ type: Number }) timeout = 300;

  @state() private operation: OperationTracker | null = null;
  @state() private result: SettledResult | null = null;
  @state() private failure: { kind: ActionKind; error: unknown } | null = null;
  @state() private announcement = '';

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('[part="drain-button"]') private drainButton!: HTMLButtonElement | null;

  private readonly status = new StatusController(
    this,
    () => ({ detailed: false, intervalMs: 30_000 }),
    (snapshot) => this.onSnapshot(snapshot),
  );
  private readonly clock = new ClockController(this, 1000);
  /** Whether the store had a read in flight at the last snapshot (to see new reads start). */
  private statusReadInFlight = false;
  private drainConfirmed = false;
  private focusAfterDialog: HTMLElement | null = null;

  override connectedCallback(): void {
    // A new subscription starts with a read, which counts as a fresh one for a running operation.
    this.statusReadInFlight = false;
    super.connectedCallback();
  }

  /** The operation in progress (`'deploy'` or `'drain'`), or `null`. */
  get activeOperation(): ActionKind | null {
    return this.operation?.kind ?? null;
  }

  /**
   * Deploys the tenant, as the Deploy button does. Resolves `true` once the server accepted it;
   * `false` when it is not allowed now, was prevented by a `vf-deploy-request` listener, or failed.
   */
  deploy(): Promise<boolean> {
    return this.run('deploy');
  }

  /** Opens the drain confirmation, as the Drain button does; nothing is sent until it is confirmed. */
  drain(): void {
    if (this.blockReason('drain') || !this.dialog || this.dialog.open) return;
    this.focusAfterDialog = deepActiveElement();
    this.drainConfirmed = false;
    this.dialog.showModal();
    // Focus the harmless choice first: Enter on a freshly opened dialog must not drain.
    this.dialog.querySelector<HTMLButtonElement>('.cancel')?.focus();
  }

  private t(key: Key): string {
    return translate(actionsMessages, this.locale, key as 'deploy');
  }

  private async run(kind: ActionKind): Promise<boolean> {
    const tenantId = this.resolvedTenantId;
    if (!tenantId || this.blockReason(kind)) return false;
    // Set before any await (and before the request event, whose listeners may call back): a
    // double click, or a listener calling deploy() again, sends one request.
    const operation = new OperationTracker(kind, tenantId);
    this.operation = operation;
    const allowed =
      kind === 'deploy'
        ? this.emit('vf-deploy-request', { tenantId }, { cancelable: true })
        : this.emit('vf-drain-request', { tenantId }, { cancelable: true });
    if (!allowed) {
      this.operation = null;
      return false;
    }
    this.failure = null;
    this.result = null;
    this.announcement = this.t(`started_${kind}`);
    try {
      const client = this.resolvedClient;
      const response =
        kind === 'deploy' ? await client.deploy(tenantId) : await client.drain(tenantId);
      operation.accept();
      if (kind === 'deploy') this.emit('vf-deploy-accepted', { tenantId, response });
      else this.emit('vf-drain-accepted', { tenantId, response });
      // The client re-reads the status after a mutation, but a read already in flight may have
      // left before the POST landed. Asking again queues a read that surely starts after the 202,
      // and only such a read may settle the operation (quirk 9: deploy says "deploying" even when
      // a shared tenant is ready at once).
      this.status.refresh();
      this.requestUpdate();
      return true;
    } catch (error) {
      this.operation = null;
      this.failure = { kind, error };
      // The error block is an alert of its own; the live region must not say it twice.
      this.announcement = '';
      // No refresh here: the client already re-reads the status after any mutation, which is
      // what a network failure needs (quirk 7: the outcome is unknown, never retried blindly).
      this.emitError(kind, error);
      return false;
    }
  }

  private onSnapshot(snapshot: StatusSnapshot): void {
    const readStarted = snapshot.loading && !this.statusReadInFlight;
    this.statusReadInFlight = snapshot.loading;
    const operation = this.operation;
    if (!operation) return;
    const outcome = operation.observe(snapshot, readStarted);
    if (outcome) this.settle(operation, outcome);
  }

  private settle(operation: OperationTracker, outcome: SettleOutcome): void {
    if (this.operation !== operation) return;
    const status = operation.latest ?? this.status.snapshot?.status ?? null;
    this.operation = null;
    this.result = { kind: operation.kind, outcome, status, waitedMs: operation.elapsed() };
    this.announcement = resultSentence(this.locale, this.result);
    const detail = { tenantId: operation.tenantId, outcome, status };
    if (operation.kind === 'deploy') this.emit('vf-deploy-settled', detail);
    else this.emit('vf-drain-settled', detail);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Checked on every tick of the 1 s clock that runs while an operation is followed.
    const operation = this.operation;
    const limitMs = Math.max(0, Number(this.timeout) || 300) * 1000;
    if (operation?.phase !== 'tracking') return;
    if (operation.elapsed() >= limitMs) this.settle(operation, 'timeout');
    else if (operation.shouldNudge(this.status.snapshot)) this.status.refresh();
  }

  private blockReason(kind: ActionKind): string | null {
    return blockReason(this.locale, kind, this.operation, this.status.snapshot);
  }

  private onDrainConfirm = (): void => {
    this.drainConfirmed = true;
    this.dialog?.close();
  };

  private onDrainCancel = (): void => {
    this.drainConfirmed = false;
    this.dialog?.close();
  };

  /** Cancel, Escape and confirm all end here: focus goes back where it was (the Drain button). */
  private onDialogClose = (): void => {
    const target = this.focusAfterDialog?.isConnected ? this.focusAfterDialog : this.drainButton;
    this.focusAfterDialog = null;
    target?.focus();
    if (this.drainConfirmed) {
      this.drainConfirmed = false;
      void this.run('drain');
    }
  };

  protected override render(): TemplateResult {
    const tenantId = this.resolvedTenantId;
    this.clock.active = this.operation !== null;
    if (!tenantId) {
      return html`<div class="notice" part="error">
        ${translate(commonMessages, this.locale, 'noTenant')}
      </div>`;
    }
    const deployReason = this.blockReason('deploy');
    const drainReason = this.blockReason('drain');
    const sameReason = deployReason !== null && deployReason === drainReason;
    const statusError = this.status.snapshot?.error;
    const unreadable =
      statusError && !['not_deployed', 'not_available'].includes(statusError.code)
        ? translate(
            actionsMessages,
            this.locale,
            'statusUnreadable',
            describeError(this.locale, statusError),
          )
        : null;
    const failure = this.failure;
    return html`<div class="card" data-busy=${this.operation ? 'true' : 'false'}>
      <div class="actions" role="group" aria-label=${this.t('groupLabel')}>
        <button
          type="button"
          class="primary"
          part="deploy-button"
          aria-disabled=${deployReason ? 'true' : 'false'}
          aria-describedby=${deployReason ? 'deploy-reason' : nothing}
          @click=${() => void this.run('deploy')}
        >
          ${this.t('deploy')}
        </button>
        <button
          type="button"
          class="danger"
          part="drain-button"
          aria-disabled=${drainReason ? 'true' : 'false'}
          aria-haspopup="dialog"
          aria-describedby=${drainReason ? (sameReason ? 'deploy-reason' : 'drain-reason') : nothing}
          @click=${() => this.drain()}
        >
          ${this.t('drain')}
        </button>
      </div>
      <div class="reasons hint" part="reason">
        ${deployReason ? html`<p id="deploy-reason">${deployReason}</p>` : nothing}
        ${drainReason && !sameReason ? html`<p id="drain-reason">${drainReason}</p>` : nothing}
        ${unreadable ? html`<p class="status-unreadable">${unreadable}</p>` : nothing}
      </div>
      <div class="activity">
        ${this.operation ? renderProgress(this.locale, this.operation) : nothing}
        ${this.result ? renderResult(this.locale, this.result) : nothing}
        ${
          failure
            ? html`<div class="failure" data-kind=${failure.kind}>
                ${
                  (failure.error as { stateUnknown?: boolean }).stateUnknown
                    ? nothing
                    : html`<p class="failure-title">${this.t(`failed_${failure.kind}`)}</p>`
                }
                ${renderError(this.locale, failure.error, {
                  operation: this.t(`operation_${failure.kind}`),
                  onRetry: () =>
                    failure.kind === 'deploy' ? void this.run('deploy') : this.drain(),
                })}
              </div>`
            : nothing
        }
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${renderDrainDialog(this.locale, tenantId, {
        onConfirm: this.onDrainConfirm,
        onCancel: this.onDrainCancel,
        onClose: this.onDialogClose,
      })}
    </div>`;
  }
}
