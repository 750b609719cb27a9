import { Task, TaskStatus } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isAbortError,
  type AutoscalingSettings,
  type AutoscalingUpdated,
  type OrchestrationError,
  type TenantOrchestratorConfig,
} from '../../client/index.js';
import { ConfigController } from '../../internal/config-controller.js';
import { VfFormElement } from '../../internal/form-element.js';
import { translate } from '../../internal/localize.js';
import { commonMessages } from '../../internal/messages.js';
import { StatusController } from '../../internal/status-controller.js';
import {
  FIELDS,
  SERVER_DEFAULT,
  draftFromSettings,
  fieldErrorFromServer,
  isDirty,
  settingsFromConfig,
  settingsFromDraft,
  storedDifferences,
  validateDraft,
  visibleErrors,
  comparedTarget,
  type AutoscaleDraft,
  type AutoscaleField,
  type FieldErrors,
} from './autoscale-draft.js';
import { fieldErrorText } from './autoscale-fields.js';
import { styles } from './autoscale-form.styles.js';
import {
  renderForm,
  renderLoadFailure,
  renderNotDedicated,
  renderSkeleton,
  type AutoscaleNotice,
} from './autoscale-view.js';

/**
 * Edits a tenant's HorizontalPodAutoscaler: an enable switch, minimum and maximum replicas and the
 * target CPU utilization (slider and number, 10–100), checked like the server checks them, with
 * the current CPU next to the target. Save sends `PUT /autoscale`, then re-reads the config and
 * shows what the server stored. Only dedicated tenants can autoscale; others get an explanation.
 *
 * Form-associated: inside a `<form>` it submits the JSON of `value` under `name`, reports its
 * validity, and `form.reset()` restores the stored values.
 *
 * @tag vf-autoscale-form
 * @summary Autoscaling (HPA) settings of one dedicated tenant.
 *
 * @fires {{ tenantId: string; autoscaling: AutoscalingSettings }} vf-autoscale-request - Cancelable: about to send these settings; `preventDefault()` sends nothing.
 * @fires {{ tenantId: string; autoscaling: AutoscalingSettings }} vf-autoscale-saved - Saved; `autoscaling` is what the server stored, read back after the save.
 * @fires {{ tenantId: string; operation: string; error: { status: number; code: string; message: string; retryable: boolean; stateUnknown: boolean } }} vf-error - Saving failed (`operation` `setAutoscaling`) or reading the config failed (`getConfig`).
 * @fires {Event} input - The draft (`value`) changed while editing.
 * @fires {Event} change - An edit was committed (field left, slider released, switch toggled, Reset).
 *
 * @csspart switch - The enable switch (`role="switch"` button).
 * @csspart min-input - The minimum replicas input.
 * @csspart max-input - The maximum replicas input.
 * @csspart target-slider - The target CPU slider.
 * @csspart target-input - The target CPU number input.
 * @csspart current-cpu - The "CPU now … · target …" line.
 * @csspart save-button - The Save button.
 * @csspart reset-button - The Reset button.
 * @csspart notice - The outcome line (saved, stored values differ, changes kept).
 * @csspart error - The error block.
 * @csspart explanation - Why the form is not shown (tenant not in dedicated mode).
 *
 * @cssprop --vf-color-primary - Switch, slider and Save button colour.
 * @cssprop --vf-color-danger - Invalid fields and their messages.
 * @cssprop --vf-color-warning - Unsaved-changes marker, CPU above target.
 * @cssprop --vf-color-surface - Background.
 * @cssprop --vf-color-text - Text colour.
 * @cssprop --vf-radius - Corner radius.
 * @cssprop --vf-focus-ring - Focus ring (a box-shadow).
 */
export class VfAutoscaleForm extends VfFormElement<AutoscalingSettings> {
  static override styles = styles;

  /** Skip the element's (and the client's) checks and let the server validate. */
  @property({ type: Boolean, reflect: true }) novalidate = false;

  /** Seconds between reads of the current CPU while nothing is moving. */
  @property({ type: Number }) interval = 30;

  @state() private draft: AutoscaleDraft = draftFromSettings(SERVER_DEFAULT);
  /** Fields whose client-side message is shown (committed once, or all after a refused save). */
  @state() private touched: ReadonlySet<AutoscaleField> = new Set();
  /** The server's 400, on the field it names; cleared by the next edit. */
  @state() private serverErrors: FieldErrors = {};
  @state() private saveError: unknown = null;
  @state() private notice: AutoscaleNotice | null = null;

  /** What the server stored, from the last config read. */
  private stored: AutoscalingSettings | null = null;
  private storedMode: string | undefined;
  private storedTenant: string | undefined;
  /** The draft holds edits (or a host-set `value`) that a config read must not overwrite. */
  private draftOwned = false;
  private reportedLoadError: unknown;

  private readonly config = new ConfigController(this, (config) => this.onConfig(config));
  private readonly status = new StatusController(this, () => ({
    detailed: true,
    intervalMs: Math.max(1, this.interval || 30) * 1000,
    // From the first render, not after the config arrives: a scale control beside this form then
    // shares one detailed read instead of a plain read followed by a detailed one.
    enabled: this.storedMode !== 'shared',
  }));
  private readonly saveTask = new Task<[string, AutoscalingSettings], void>(this, {
    autoRun: false,
    task: ([tenantId, settings], { signal }) => this.send(tenantId, settings, signal),
  });

  /** The draft: `{enabled, min_replicas, max_replicas, target_cpu_utilization}` (`NaN` when not a number). */
  @property({ attribute: false })
  get value(): AutoscalingSettings {
    return settingsFromDraft(this.draft);
  }
  set value(value: AutoscalingSettings) {
    this.draft = draftFromSettings(value);
    this.draftOwned = true;
    this.serverErrors = {};
  }

  /** The draft differs from what the server stored. */
  get dirty(): boolean {
    return this.stored !== null && isDirty(this.draft, this.stored);
  }

  get saving(): boolean {
    return this.saveTask.status === TaskStatus.PENDING;
  }

  /** Sends the draft (after the checks and `vf-autoscale-request`), then re-reads the config. */
  async save(): Promise<void> {
    const tenantId = this.resolvedTenantId;
    const stored = this.stored;
    if (this.saving || this.disabled || !tenantId || !stored || !this.dirty) return;
    if (this.storedMode !== 'dedicated') return;
    const errors = this.novalidate ? {} : validateDraft(this.draft);
    const firstInvalid = FIELDS.find((field) => errors[field]);
    if (firstInvalid) {
      this.touched = new Set(FIELDS);
      this.notice = { kind: 'fixFirst' };
      await this.updateComplete;
      this.fieldInput(firstInvalid)?.focus();
      return;
    }
    // With autoscaling off the server keeps the stored range and target (api-contract §1.1).
    const settings = this.draft.enabled
      ? settingsFromDraft(this.draft)
      : { ...stored, enabled: false };
    if (
      !this.emit('vf-autoscale-request', { tenantId, autoscaling: settings }, { cancelable: true })
    ) {
      return;
    }
    this.saveError = null;
    this.notice = null;
    this.serverErrors = {};
    await this.saveTask.run([tenantId, settings]);
  }

  /** Puts the stored values back in the form and fires `input` and `change`. */
  reset(): void {
    if (!this.stored) return;
    this.restoreStored();
    this.fireInput();
    this.fireChange();
  }

  formResetCallback(): void {
    if (this.stored) this.restoreStored();
  }

  private restoreStored(): void {
    this.draft = draftFromSettings(this.stored);
    this.draftOwned = false;
    this.touched = new Set();
    this.serverErrors = {};
    this.saveError = null;
    this.notice = null;
  }

  private onConfig(config: TenantOrchestratorConfig): void {
    // The id asked for (the server echoes it as `tenant_id`, api-contract §2.1).
    const tenantId = this.resolvedTenantId ?? config.tenant_id;
    const tenantChanged = this.storedTenant !== undefined && this.storedTenant !== tenantId;
    this.stored = settingsFromConfig(config);
    this.storedMode = config.mode;
    this.storedTenant = tenantId;
    if (tenantChanged) this.draftOwned = false;
    if (!this.draftOwned) this.restoreStored();
  }

  private async send(
    tenantId: string,
    sent: AutoscalingSettings,
    signal: AbortSignal,
  ): Promise<void> {
    let response: AutoscalingUpdated | undefined;
    let failure: unknown;
    try {
      const options = this.novalidate ? { signal, validate: false } : { signal };
      response = await this.resolvedClient.setAutoscaling(tenantId, sent, options);
    } catch (error) {
      if (isAbortError(error)) return;
      failure = error;
      this.showFailure(error);
    }
    // Re-read whatever happened: a 500 may still have saved (quirk 4), a dropped connection leaves
    // the outcome unknown (quirk 7), and the server may store other values than sent (§1.2).
    await this.config.reload();
    if (response) this.showSaved(tenantId, sent, response);
    else if (failure !== undefined) this.showDraftKept();
  }

  private showFailure(error: unknown): void {
    this.saveError = error;
    const { code, message } = error as Partial<OrchestrationError>;
    if (code === 'validation' && message) {
      this.serverErrors = fieldErrorFromServer(message);
    }
    this.emitError('setAutoscaling', error);
  }

  private showSaved(
    tenantId: string,
    sent: AutoscalingSettings,
    response: AutoscalingUpdated,
  ): void {
    // The re-read failed: the PUT's echo is the best account of what was stored.
    if (this.config.error || !this.stored) this.stored = { ...response.autoscaling };
    const stored = this.stored;
    this.restoreStored();
    const differences = storedDifferences(sent, stored);
    this.notice = differences.length ? { kind: 'differs', differences } : { kind: 'saved' };
    this.emit('vf-autoscale-saved', { tenantId, autoscaling: { ...stored } });
    if (differences.length) {
      this.fireInput();
      this.fireChange();
    }
  }

  private showDraftKept(): void {
    // The re-read failed too: its own error block (with Retry) says so.
    if (this.config.error) this.notice = null;
    else if (this.stored && !isDirty(this.draft, this.stored)) {
      this.draftOwned = false;
      this.notice = { kind: 'storedAnyway' };
    } else {
      this.notice = { kind: 'draftKept' };
    }
  }

  private onToggle = (): void => {
    const enabled = !this.draft.enabled;
    // Turned off, the fields show what the server keeps (it ignores them while off).
    const fields = enabled || !this.stored ? this.draft : draftFromSettings(this.stored);
    this.draft = { ...fields, enabled };
    this.edited();
    this.fireInput();
    this.fireChange();
  };

  private onField = (field: AutoscaleField, value: string, commit: boolean): void => {
    if (value !== this.draft[field]) {
      this.draft = { ...this.draft, [field]: value };
      this.edited();
      this.fireInput();
    }
    if (commit) {
      this.touched = new Set([...this.touched, field]);
      this.fireChange();
    }
  };

  private edited(): void {
    this.draftOwned = true;
    this.serverErrors = {};
    this.notice = null;
  }

  private onSaveClick = async (): Promise<void> => {
    await this.save();
    await this.keepFocus();
  };

  private onResetClick = (): void => {
    this.reset();
    void this.keepFocus();
  };

  /** Save and Reset disable themselves once the form is clean: move focus to the switch. */
  private async keepFocus(): Promise<void> {
    await this.updateComplete;
    const active = this.shadowRoot?.activeElement as HTMLButtonElement | null;
    if (!active || active.disabled)
      this.shadowRoot?.querySelector<HTMLElement>('#enabled')?.focus();
  }

  private onRetryConfig = (): void => void this.config.reload();

  private fieldInput(field: AutoscaleField): HTMLInputElement | null {
    return this.shadowRoot?.querySelector<HTMLInputElement>(`#${field}`) ?? null;
  }

  protected override updated(): void {
    const loadError = this.config.error;
    if (loadError && loadError !== this.reportedLoadError && !isAbortError(loadError)) {
      this.emitError('getConfig', loadError);
    }
    this.reportedLoadError = loadError;
    const formShown = this.storedMode === 'dedicated' && !this.novalidate;
    const errors = formShown ? validateDraft(this.draft) : {};
    const first = FIELDS.find((field) => errors[field]);
    const code = first ? errors[first] : undefined;
    const message = first && code ? fieldErrorText(this.locale, code, this.draft) : '';
    this.syncFormValue(message, first ? (this.fieldInput(first) ?? undefined) : undefined);
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    if (!this.resolvedTenantId) {
      return html`<div class="notice" part="error">
        ${translate(commonMessages, locale, 'noTenant')}
      </div>`;
    }
    // A new tenant: nothing of the previous one's stays on screen while its config loads.
    if (!this.stored || this.storedTenant !== this.resolvedTenantId) {
      const error = this.config.error;
      return error ? renderLoadFailure(locale, error, this.onRetryConfig) : renderSkeleton(locale);
    }
    if (this.storedMode !== 'dedicated') return renderNotDedicated(locale, this.storedMode ?? '');
    return this.renderForm();
  }

  private renderForm(): TemplateResult {
    return renderForm({
      locale: this.locale,
      draft: this.draft,
      errors: visibleErrors(this.draft, this.touched, this.serverErrors, this.novalidate),
      disabled: this.disabled,
      saving: this.saving,
      dirty: this.dirty,
      notice: this.notice,
      snapshot: this.status.snapshot,
      cpuTarget: comparedTarget(this.draft, this.stored),
      configError: this.config.error,
      saveError: this.saveError,
      onToggle: this.onToggle,
      onField: this.onField,
      onEnter: () => void this.save(),
      onRetryConfig: this.onRetryConfig,
      onSave: this.onSaveClick,
      onReset: this.onResetClick,
    });
  }
}
