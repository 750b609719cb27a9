import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { StatusSnapshot } from '../../client/index.js';
import { ConfigController } from '../../internal/config-controller.js';
import { renderError } from '../../internal/error-view.js';
import { translate } from '../../internal/localize.js';
import { commonMessages } from '../../internal/messages.js';
import { StatusController } from '../../internal/status-controller.js';
import { VfElement } from '../../internal/vf-element.js';
import { scaleMessages } from './scale-control.messages.js';
import { styles } from './scale-control.styles.js';
import {
  DEFAULT_PRESETS,
  blockReason,
  checkDraft,
  clamp,
  describeBlock,
  needsConfirmation,
  type BlockReason,
} from './scale-logic.js';
import { ScaleOperation } from './scale-operation.js';
import {
  outcomeText,
  refusalText,
  renderConfirm,
  renderCurrent,
  renderFailure,
  renderOutcome,
  renderStepper,
  waitingText,
} from './scale-view.js';

const KEY_STEPS: Record<string, number> = { ArrowUp: 1, ArrowDown: -1, PageUp: 5, PageDown: -5 };

/**
 * Manual scaling of a dedicated tenant: a − / + stepper, a typed number, presets, and Apply.
 *
 * The draft is local: the stepper, the presets, the arrow keys and typing change it; only Apply
 * (or Enter) sends it, and status polls never overwrite a draft being edited. After the 202 the
 * control shows "Scaling to N…" until the status reports N desired and N ready with nothing
 * transitional; a status steady at another count, or `error`, is shown as the server's verdict
 * (confirmed by a second read unless a transition was seen, so a read that raced the request
 * cannot end it). Scaling down to half or less asks for confirmation in a modal dialog.
 *
 * **One request at a time (trailing rule).** While a scale request is in flight no other is
 * sent. Applying during that time records the value applied last, replacing any earlier one;
 * when the in-flight request is accepted, that last value is sent once (if it differs from the
 * one just sent and nothing blocks scaling by then). If the in-flight request fails, the recorded
 * value is dropped (it stays in the draft): a failure, above all "state unknown", must be read
 * before anything else is sent (quirk 7). So rapid clicks end in at most one request after the
 * first, for the last value. Once accepted, the "scaling" transition this control started does
 * not block it: a new Apply re-targets the scale (and only the last target is reported settled).
 *
 * Keyboard, in the field: ArrowUp/ArrowDown step by 1, PageUp/PageDown by 5, Home/End jump to
 * `min`/`max`, Enter applies. Apply stays focusable when it would send nothing
 * (`aria-disabled`, the reason linked with `aria-describedby`).
 *
 * Disabled, with the reason shown, in shared mode, while autoscaling is on (the HPA's range and
 * target are shown instead), while another operation's transition runs, and (Apply only) while
 * the draft equals the current target.
 *
 * @tag vf-scale-control
 * @summary Scale a dedicated tenant's replicas by hand.
 *
 * @fires {{ tenantId: string; replicas: number; previous: number }} vf-scale-request - Cancelable: about to send a scale; `preventDefault()` sends nothing.
 * @fires {{ tenantId: string; replicas: number; response: { status: string; message: string } }} vf-scale-accepted - The server accepted the scale (202).
 * @fires {{ tenantId: string; replicas: number; outcome: 'ready' | 'error' | 'timeout'; status: DeploymentStatus | null }} vf-scale-settled - An accepted scale ended: `ready` (N of N ready), `error` (status `error`, or the server settled at another count: see `status.replicas`) or `timeout`.
 * @fires {{ tenantId: string; operation: string; error: { status: number; code: string; message: string; retryable: boolean; stateUnknown: boolean } }} vf-error - The scale request failed (`operation` is `scale`).
 *
 * @csspart status - The current `ready/desired` figure and the "Scaling to N…" label.
 * @csspart decrement - The − button.
 * @csspart increment - The + button.
 * @csspart input - The typed replicas field.
 * @csspart apply-button - The Apply button.
 * @csspart presets - The group of preset buttons.
 * @csspart reason - Why scaling (or Apply) is disabled.
 * @csspart outcome - The result of the last scale.
 * @csspart dialog - The scale-down confirmation dialog.
 * @csspart error - The error block of a failed request.
 * @csspart retry-button - Retry in the error block.
 *
 * @cssprop --vf-color-primary - Apply button and focus colour.
 * @cssprop --vf-color-danger - Invalid input, errors, the confirm button.
 * @cssprop --vf-color-success - A scale that reached its target.
 * @cssprop --vf-color-warning - A scale the server settled differently.
 * @cssprop --vf-color-surface - Background.
 * @cssprop --vf-color-border - Borders.
 * @cssprop --vf-color-text - Text colour.
 * @cssprop --vf-radius - Corner radius.
 */
export class VfScaleControl extends VfElement {
  static override styles = styles;

  /** Lowest value the control lets you send (the server refuses below 1). */
  @property({ type: Number }) min = 1;

  /** Highest value the control lets you send (the server has no upper bound). */
  @property({ type: Number }) max = 50;

  /** Seconds to wait for the replicas to converge before reporting `timeout`. */
  @property({ type: Number }) timeout = 300;

  /** Preset buttons; those outside `min..max` are hidden. */
  @property({ attribute: false }) presets: readonly number[] = DEFAULT_PRESETS;

  /** What was typed or stepped to; `null` follows the server's value. */
  @state() private draftText: string | null = null;
  @state() private confirming: { from: number; to: number } | null = null;
  @state() private announcement = '';
  @query('dialog') private dialog!: HTMLDialogElement | null;

  /** The draft was edited since the last Apply: a settle must not reset it. */
  private draftDirty = false;
  private returnFocus: HTMLElement | null = null;
  private boundTenant: string | undefined;
  private lastMode: string | null = null;

  private readonly status = new StatusController(
    this,
    () => ({ detailed: false }),
    (snapshot) => this.onSnapshot(snapshot),
  );
  private readonly config = new ConfigController(this);
  private readonly operation = new ScaleOperation(this, {
    client: () => this.resolvedClient,
    tenantId: () => this.boundTenant,
    timeoutMs: () => this.timeoutSeconds * 1000,
    status: () => this.status.snapshot?.status ?? null,
    canSend: () => this.block === null,
    request: (tenantId, replicas, previous) => {
      const sent = this.emit(
        'vf-scale-request',
        { tenantId, replicas, previous },
        { cancelable: true },
      );
      if (sent) this.draftDirty = false;
      return sent;
    },
    accepted: (tenantId, replicas, response) => {
      this.announcement = translate(scaleMessages, this.locale, 'scalingTo', replicas);
      this.emit('vf-scale-accepted', { tenantId, replicas, response });
      // Scale does not rebuild the deployment (quirk 5 is about other operations), but the
      // config may have changed since it was read (autoscaling turned on elsewhere).
      void this.config.reload();
    },
    failed: (error) => {
      this.emitError('scale', error);
      // Quirk 7: a state-unknown scale may have been applied; the client re-reads the status
      // after every mutation, and the config is read again here.
      if (error.stateUnknown) void this.config.reload();
    },
    settled: (tenantId, outcome) => {
      this.announcement = outcomeText(this.locale, outcome, this.timeoutSeconds);
      if (!this.draftDirty) this.draftText = null;
      // Another owner of the replicas (an autoscaler turned on meanwhile?): re-read.
      if (outcome.kind === 'mismatch') void this.config.reload();
      this.emit('vf-scale-settled', {
        tenantId,
        replicas: outcome.target,
        outcome: outcome.kind === 'mismatch' ? 'error' : outcome.kind,
        status: outcome.status,
      });
    },
    refreshStatus: () => this.status.refresh(),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const tenant = this.resolvedTenantId;
    if (tenant === this.boundTenant) return;
    // Another tenant: nothing of the previous one's draft or scale applies any more.
    this.boundTenant = tenant;
    this.draftText = null;
    this.draftDirty = false;
    this.lastMode = null;
    this.operation.reset();
  }

  private get timeoutSeconds(): number {
    return this.timeout > 0 ? this.timeout : 300;
  }

  /** The replicas the server is (or will shortly be) asked for: what "equal" and "previous" mean. */
  private get currentTarget(): number | null {
    return this.operation.target ?? this.status.snapshot?.status?.replicas ?? null;
  }

  private get block(): BlockReason | null {
    const snapshot = this.status.snapshot;
    return blockReason({
      status: snapshot?.status ?? null,
      statusErrorCode: snapshot?.error?.code ?? null,
      config: this.config.config,
      configFailed: this.config.error !== undefined,
      ownTransition: this.operation.target !== null,
    });
  }

  private onSnapshot(snapshot: StatusSnapshot): void {
    const status = snapshot.status;
    if (status && !snapshot.error) {
      // A mode switch rebuilds the deployment and may change autoscaling: read the config again.
      if (this.lastMode !== null && status.mode !== this.lastMode) void this.config.reload();
      this.lastMode = status.mode;
    }
    this.operation.observe(snapshot);
  }

  /** The typed text, or the server's value while nothing has been typed. */
  private get shownText(): string {
    const replicas = this.status.snapshot?.status?.replicas;
    return this.draftText ?? (replicas === undefined ? '' : String(replicas));
  }

  private setDraft(text: string): void {
    this.draftText = text;
    this.draftDirty = true;
    if (this.operation.failure?.error.code === 'validation') this.operation.failure = null;
  }

  private step(delta: number): void {
    const check = checkDraft(this.locale, this.shownText, this.min, this.max);
    const base = check.ok ? check.value : Math.round(check.near ?? this.currentTarget ?? this.min);
    this.setDraft(String(clamp(base + delta, this.min, this.max)));
  }

  private onKeydown(event: KeyboardEvent): void {
    const step = KEY_STEPS[event.key];
    if (event.key === 'Enter') this.apply();
    else if (step !== undefined) this.step(step);
    else if (event.key === 'Home') this.setDraft(String(this.min));
    else if (event.key === 'End') this.setDraft(String(this.max));
    else return;
    event.preventDefault();
  }

  /** Apply / Enter: check the draft, then confirm a large scale-down, then send or queue. */
  private apply(replicas?: number): void {
    let value = replicas;
    if (value === undefined) {
      const check = checkDraft(this.locale, this.shownText, this.min, this.max);
      if (!check.ok) {
        this.draftText = this.shownText; // show the message even on an untouched draft
        return;
      }
      value = check.value;
    }
    const previous = this.currentTarget;
    if (this.block || previous === null || value === previous) return;
    if (!needsConfirmation(previous, value)) {
      this.operation.commit(value, previous);
      return;
    }
    this.returnFocus = (this.shadowRoot?.activeElement as HTMLElement | null) ?? null;
    this.confirming = { from: previous, to: value };
    void this.updateComplete.then(() => {
      if (!this.dialog || this.dialog.open) return;
      this.dialog.returnValue = '';
      this.dialog.showModal();
    });
  }

  private onDialogClose(): void {
    const confirmed = this.dialog?.returnValue === 'confirm';
    const target = this.confirming;
    this.confirming = null;
    const focus = this.returnFocus;
    this.returnFocus = null;
    // Back where the person was (Apply or the input), even across the shadow root.
    const input = this.shadowRoot?.querySelector<HTMLInputElement>('#replicas');
    (focus && !(focus as HTMLButtonElement).disabled ? focus : input)?.focus();
    if (confirmed && target) this.operation.commit(target.to, this.currentTarget ?? target.from);
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    if (!this.boundTenant) {
      return html`<div class="notice" part="reason">
        ${translate(commonMessages, locale, 'noTenant')}
      </div>`;
    }
    const operation = this.operation;
    const status = this.status.snapshot?.status ?? null;
    const block = this.block;
    const text = this.shownText;
    const check = checkDraft(locale, text, this.min, this.max);
    const failure = operation.failure;
    const serverFieldError = refusalText(locale, failure?.error);
    // A value the server shows is never "invalid": messages appear once someone types.
    const fieldError = this.draftText !== null && !check.ok ? check.message : serverFieldError;
    const value = check.ok ? check.value : null;
    const target = this.currentTarget;
    const equal = value !== null && value === target;
    const reason = block
      ? describeBlock(locale, block)
      : waitingText(locale, {
          queued: operation.queued,
          equal: equal ? value : null,
          own: operation.target !== null,
        });
    return html`<div class="card" data-block=${block?.kind ?? nothing}>
      <div class="header">
        <label for="replicas">${translate(scaleMessages, locale, 'label')}</label>
        ${renderCurrent(
          locale,
          status,
          { pending: operation.pending?.target ?? null, sending: operation.inFlight },
          Boolean(this.status.snapshot?.error),
        )}
      </div>
      ${renderStepper({
        locale,
        text,
        value,
        min: this.min,
        max: this.max,
        locked: block !== null && block.kind !== 'transition',
        applyBlocked: block !== null || value === null || equal || target === null,
        busy: operation.inFlight !== null,
        fieldError,
        presets: this.presets,
        onInput: (event) => this.setDraft((event.target as HTMLInputElement).value),
        onKeydown: (event) => this.onKeydown(event),
        onStep: (delta) => this.step(delta),
        onPreset: (replicas) => this.setDraft(String(replicas)),
        onApply: () => this.apply(),
      })}
      <p
        id="reason"
        class="hint reason"
        part="reason"
        data-reason=${block?.kind ?? (equal ? 'equal' : nothing)}
      >
        ${reason}
      </p>
      ${
        this.config.error && !this.config.config
          ? renderError(locale, this.config.error, { onRetry: () => void this.config.reload() })
          : nothing
      }
      ${renderOutcome(locale, operation.outcome, this.timeoutSeconds)}
      ${
        failure && !serverFieldError
          ? renderFailure(locale, failure.error, () => this.apply(failure.replicas))
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
      ${renderConfirm({
        locale,
        from: this.confirming?.from ?? 0,
        to: this.confirming?.to ?? 0,
        onCancel: () => this.dialog?.close('cancel'),
        onConfirm: () => this.dialog?.close('confirm'),
        onClose: () => this.onDialogClose(),
      })}
    </div>`;
  }
}
