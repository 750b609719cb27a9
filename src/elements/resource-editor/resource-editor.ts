import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ResourceLimits, TenantOrchestratorConfig } from '../../client/index.js';
import { ConfigController } from '../../internal/config-controller.js';
import { VfFormElement } from '../../internal/form-element.js';
import type { QuantityUnit } from '../../quantity/index.js';
import { renderEditorForm, type EditorActions } from './editor-view.js';
import { fieldName, problemText } from './quantity-field.js';
import { styles } from './resource-editor.styles.js';
import {
  FIELD_KEYS,
  canonicalLimits,
  checkDrafts,
  draftText,
  draftsFromLimits,
  draftsToLimits,
  resourceOf,
  roleOf,
  sameValue,
  toRaw,
  toUnits,
  withUnit,
  type Drafts,
  type FieldCheck,
  type FieldDraft,
  type FieldKey,
  type Preset,
  type Resource,
  type Role,
} from './resource-model.js';
import { renderState } from './resource-sections.js';

const EMPTY: ResourceLimits = {
  cpu_request: '',
  cpu_limit: '',
  memory_request: '',
  memory_limit: '',
};

/**
 * Edits a dedicated tenant's CPU and memory requests and limits with exact Kubernetes quantities:
 * number + unit (switching unit keeps the value) or raw text (`1.5Gi`, `1e9`), the canonical form
 * and a human reading live, request ≤ limit both ways, warnings for half-byte memory and limits far
 * above requests, presets recognised by value, Save / Reset. A malformed quantity is never sent:
 * the real server panics on one (api-contract §1.1).
 *
 * @tag vf-resource-editor
 * @summary CPU and memory requests and limits of one dedicated tenant.
 *
 * @fires {{ tenantId: string; resources: ResourceLimits }} vf-resources-request - Before saving (cancelable: `preventDefault()` sends nothing). `resources` holds canonical quantities.
 * @fires {{ tenantId: string; resources: ResourceLimits }} vf-resources-saved - The server accepted the values; `resources` is what it stored (re-read).
 * @fires {{ tenantId: string; operation: string; error: { status: number; code: string; message: string; retryable: boolean; stateUnknown: boolean } }} vf-error - Saving or reading failed.
 * @fires input - The draft changed (read `value`).
 * @fires change - An edit was committed (field left, unit or preset chosen).
 *
 * @csspart cpu-request - The CPU request field.
 * @csspart cpu-limit - The CPU limit field.
 * @csspart memory-request - The memory request field.
 * @csspart memory-limit - The memory limit field.
 * @csspart presets - The preset buttons.
 * @csspart bar - The request-vs-limit bar of each resource.
 * @csspart save-button - The Save button.
 * @csspart reset-button - The Reset button.
 * @csspart error - The error block.
 *
 * @cssprop --vf-color-primary - Bars, the selected preset and the Save button.
 * @cssprop --vf-color-danger - Field errors.
 * @cssprop --vf-color-warning - Field warnings.
 * @cssprop --vf-color-surface - Background.
 * @cssprop --vf-color-text - Text colour.
 * @cssprop --vf-radius - Corner radius.
 */
export class VfResourceEditor extends VfFormElement<ResourceLimits> {
  static override styles = styles;

  private readonly config = new ConfigController(this, (config) => this.onConfigLoaded(config));

  /** The four fields being edited; `undefined` until the config (or a `value`) arrives. */
  @state() private drafts: Drafts | undefined;
  /** What the server stored, from the last read. */
  @state() private stored: ResourceLimits | undefined;
  @state() private storedMode: string | undefined;
  @state() private saving = false;
  @state() private saveError: unknown;
  @state() private savedResources: ResourceLimits | undefined;
  /** Save was pressed while a field is invalid: say that nothing was sent. */
  @state() private blocked = false;
  /** Which field of each resource changed last: a request/limit conflict is reported there. */
  private lastEdited: Partial<Record<Resource, Role>> = {};
  private storedTenant: string | undefined;
  /** The next config read replaces the draft (after a successful save: show what was stored). */
  private adoptNextRead = false;
  private checks: Record<FieldKey, FieldCheck> | undefined;

  /** The handlers the rendered form calls (kept off the public API). */
  private readonly actions: EditorActions = {
    editAmount: (key, amount) => this.editText(key, amount, false),
    editRaw: (key, text) => this.editText(key, text, true),
    setUnit: (key, unit) => this.setUnit(key, unit),
    toggleRaw: (key) => this.toggleRaw(key),
    commitField: () => this.fireChange(),
    save: () => void this.save(),
    reset: () => {
      this.saveError = undefined;
      this.restoreStored(true);
    },
    reload: () => void this.reload(),
    applyPreset: (preset) => this.applyPreset(preset),
  };

  /** The draft (quantity strings as typed), submitted by a form as JSON under `name`. */
  @property({ attribute: false })
  get value(): ResourceLimits {
    return this.drafts ? draftsToLimits(this.drafts) : { ...(this.stored ?? EMPTY) };
  }
  set value(limits: ResourceLimits) {
    this.drafts = draftsFromLimits({ ...EMPTY, ...limits });
    this.lastEdited = {};
  }

  /** True when the draft differs in value from what the server stored. */
  get dirty(): boolean {
    const { drafts, stored } = this;
    if (!drafts) return false;
    if (!stored) return true;
    return FIELD_KEYS.some((key) => !sameValue(draftText(drafts[key]), stored[key]));
  }

  /** True when all four fields hold valid quantities and each request ≤ its limit. */
  get valid(): boolean {
    const checks = this.drafts && checkDrafts(this.drafts, this.lastEdited);
    return !checks || FIELD_KEYS.every((key) => !checks[key].problem);
  }

  /** Re-reads the stored values (keeps unsaved edits). */
  reload(): Promise<unknown> {
    return this.config.reload();
  }

  formResetCallback(): void {
    this.saveError = undefined;
    this.restoreStored();
  }

  private onConfigLoaded(config: TenantOrchestratorConfig): void {
    const tenantChanged = this.storedTenant !== undefined && this.storedTenant !== config.tenant_id;
    const keepDraft =
      this.drafts !== undefined && this.dirty && !tenantChanged && !this.adoptNextRead;
    this.stored = { ...EMPTY, ...config.resource_limits };
    this.storedMode = config.mode;
    this.storedTenant = config.tenant_id;
    this.adoptNextRead = false;
    // An unsaved draft survives a re-read (after a failed save, quirk 4); a clean one follows it.
    if (!keepDraft) this.restoreStored(false);
  }

  private restoreStored(notify = false): void {
    this.drafts = this.stored ? draftsFromLimits(this.stored) : undefined;
    this.lastEdited = {};
    this.blocked = false;
    if (notify) this.notifyEdit(true);
  }

  private updateDraft(key: FieldKey, draft: FieldDraft, edited: boolean): void {
    if (!this.drafts) return;
    this.drafts = { ...this.drafts, [key]: draft };
    if (edited) this.lastEdited = { ...this.lastEdited, [resourceOf(key)]: roleOf(key) };
    this.blocked = false;
    this.savedResources = undefined;
  }

  private notifyEdit(committed: boolean): void {
    this.fireInput();
    if (committed) this.fireChange();
  }

  /** Typing in the amount (`raw` false) or the raw text (`raw` true) of a field. */
  private editText(key: FieldKey, value: string, raw: boolean): void {
    const draft = this.drafts?.[key];
    if (!draft) return;
    const next = raw ? { ...draft, text: value } : { ...draft, amount: value };
    this.updateDraft(key, next, true);
    this.notifyEdit(false);
  }

  /** A new unit converts the amount: the value stays the same (1 core → 1000 m). */
  private setUnit(key: FieldKey, unit: QuantityUnit): void {
    const draft = this.drafts?.[key];
    if (!draft) return;
    this.updateDraft(key, withUnit(draft, unit), false);
    this.notifyEdit(true);
  }

  private toggleRaw(key: FieldKey): void {
    const draft = this.drafts?.[key];
    if (!draft) return;
    // Raw text that does not parse cannot become number + unit: it stays raw, error shown.
    const next = draft.raw ? toUnits(key, draft) : toRaw(draft);
    if (next) this.updateDraft(key, next, false);
    void this.updateComplete.then(() => this.fieldInput(key)?.focus());
  }

  private applyPreset(preset: Preset): void {
    this.drafts = draftsFromLimits(preset.limits);
    this.lastEdited = {};
    this.blocked = false;
    this.savedResources = undefined;
    this.notifyEdit(true);
  }

  /** Validates, asks the host (`vf-resources-request`), sends canonical strings, re-reads. */
  async save(): Promise<void> {
    const tenantId = this.resolvedTenantId;
    // One save in flight: a double click sends one request.
    if (this.saving || this.disabled || !this.drafts || !tenantId) return;
    const checks = checkDrafts(this.drafts, this.lastEdited);
    const invalid = FIELD_KEYS.find((key) => checks[key].problem);
    if (invalid) {
      this.blocked = true;
      this.fieldInput(invalid)?.focus();
      return;
    }
    const resources = canonicalLimits(checks);
    if (!this.emit('vf-resources-request', { tenantId, resources }, { cancelable: true })) return;
    this.saving = true;
    this.saveError = undefined;
    this.savedResources = undefined;
    try {
      const answer = await this.resolvedClient.updateResources(tenantId, resources);
      this.adoptNextRead = true;
      // The server may store something else than was sent: show what a re-read returns.
      const config = await this.config.reload();
      if (!config) {
        this.adoptNextRead = false;
        this.stored = { ...EMPTY, ...answer.resource_limits };
        this.restoreStored();
      }
      this.savedResources = { ...(this.stored ?? answer.resource_limits) };
      this.emit('vf-resources-saved', { tenantId, resources: this.savedResources });
    } catch (error) {
      this.saveError = error;
      this.emitError('updateResources', error);
      // A failed PUT may still have been applied (quirk 4), and a dropped one is unknown (quirk 7):
      // re-read what is stored; the draft stays unless it now matches.
      await this.config.reload();
    } finally {
      this.saving = false;
    }
  }

  private fieldInput(key: FieldKey): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${key}-input`);
  }

  private firstProblem(): FieldKey | undefined {
    const checks = this.checks;
    return checks && FIELD_KEYS.find((key) => checks[key].problem);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Another tenant: drop the previous one's values at once, so they can never be saved onto it.
    if (this.storedTenant !== undefined && this.resolvedTenantId !== this.storedTenant) {
      this.drafts = this.stored = this.storedMode = this.storedTenant = undefined;
      this.saveError = this.savedResources = undefined;
      this.lastEdited = {};
    }
    this.checks = this.drafts ? checkDrafts(this.drafts, this.lastEdited) : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const invalid = this.firstProblem();
    const message =
      invalid && this.checks ? (problemText(this.locale, this.checks[invalid]) ?? '') : '';
    this.syncFormValue(
      message && `${fieldName(this.locale, invalid!)}: ${message}`,
      (invalid && this.fieldInput(invalid)) || undefined,
    );
  }

  protected override render(): TemplateResult {
    const loadError = this.config.error;
    const reload = () => void this.reload();
    if (!this.resolvedTenantId) return renderState(this.locale, 'noTenant', loadError, reload);
    if (!this.drafts || !this.checks) {
      return renderState(this.locale, loadError ? 'loadError' : 'loading', loadError, reload);
    }
    if (this.storedMode !== undefined && this.storedMode !== 'dedicated') {
      return renderState(this.locale, 'shared', loadError, reload);
    }
    return renderEditorForm(
      {
        locale: this.locale,
        drafts: this.drafts,
        checks: this.checks,
        stored: this.stored,
        loadError,
        saveError: this.saveError,
        saving: this.saving,
        disabled: this.disabled,
        dirty: this.dirty,
        blocked: this.blocked,
        saved: this.savedResources,
      },
      this.actions,
    );
  }
}
