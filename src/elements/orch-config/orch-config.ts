import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError, type TenantOrchestratorConfig } from '../../client/index.js';
import { ConfigController } from '../../internal/config-controller.js';
import { renderError } from '../../internal/error-view.js';
import { translate } from '../../internal/localize.js';
import { commonMessages } from '../../internal/messages.js';
import { VfElement } from '../../internal/vf-element.js';
import { renderActions, renderLoading, type SaveNotice } from './config-actions.js';
import { draftFrom, sameDraft, type ConfigDraft } from './config-draft.js';
import { ModalConfirm, putConfig, type SaveResult } from './config-save.js';
import {
  renderDialog,
  renderDomains,
  renderMode,
  renderNamespace,
  renderSummary,
} from './config-sections.js';
import {
  checkDomain,
  checkNamespace,
  normalizeDomain,
  type DomainProblem,
} from './config-validation.js';
import { configMessages } from './orch-config.messages.js';
import { styles } from './orch-config.styles.js';

/**
 * Edits a tenant's orchestration configuration: the mode (shared or dedicated), the dedicated
 * namespace and the custom domains, with a read-only summary of autoscaling and resource limits.
 *
 * Saving always reads the stored config again, changes only the three edited fields and PUTs the
 * whole object (the PUT replaces it, api-contract quirk 6), so values set meanwhile by
 * `<vf-autoscale-form>` or `<vf-resource-editor>` are never lost. After a save, or a failed one,
 * the config is re-read (quirk 4) and shown as stored; a failed save keeps the unsaved edits.
 * Switching dedicated → shared asks first: it removes the dedicated instance.
 *
 * Custom domains are checked as Ingress hosts (see `checkDomain`): lowercased, RFC 1123 labels,
 * at least two of them, a leading `*.` wildcard accepted, IP addresses and duplicates refused.
 * An empty list is sent as `[]`; an empty namespace is left out of the body.
 *
 * @tag vf-orch-config
 * @summary Mode, dedicated namespace and custom domains of one tenant.
 *
 * @fires {{ tenantId: string; config: TenantOrchestratorConfig }} vf-config-request - Cancelable. The full object about to be PUT; `preventDefault()` sends nothing.
 * @fires {{ tenantId: string; config: TenantOrchestratorConfig }} vf-config-saved - The server accepted the save; `config` is the config as re-read afterwards.
 * @fires {{ tenantId: string; operation: string; error: { status: number; code: string; message: string; retryable: boolean; stateUnknown: boolean } }} vf-error - Loading (`getConfig`) or saving (`setConfig`) failed.
 *
 * @csspart mode - The fieldset of the two mode radios.
 * @csspart namespace-input - The dedicated namespace text field.
 * @csspart domains - The custom domains fieldset.
 * @csspart remove-domain-button - Each domain's Remove button.
 * @csspart domain-input - The field for a new domain.
 * @csspart add-domain-button - The Add button.
 * @csspart summary - The read-only autoscaling and resources summary.
 * @csspart summary-link - The links to the autoscaling and resources editors.
 * @csspart save-button - The Save button.
 * @csspart reset-button - The Reset button.
 * @csspart dialog - The dedicated → shared confirmation dialog.
 * @csspart error - The error block.
 * @csspart retry-button - Retry in the error block when loading failed.
 *
 * @cssprop --vf-color-primary - Save button and links.
 * @cssprop --vf-color-danger - Field errors and the confirm button.
 * @cssprop --vf-color-warning - The unsaved changes marker.
 * @cssprop --vf-color-surface - Background.
 * @cssprop --vf-color-border - Borders.
 * @cssprop --vf-color-text - Text colour.
 * @cssprop --vf-color-neutral - Tint of the dialog backdrop.
 * @cssprop --vf-radius - Corner radius.
 */
export class VfOrchConfig extends VfElement {
  static override styles = styles;

  /** Where the autoscaling summary links to (e.g. `#scaling`); plain text when unset. */
  @property({ attribute: 'autoscale-href' }) autoscaleHref: string | undefined;

  /** Where the resources summary links to (e.g. `#resources`); plain text when unset. */
  @property({ attribute: 'resources-href' }) resourcesHref: string | undefined;

  /** The config as the server stored it (last successful read). */
  @state() private stored: TenantOrchestratorConfig | undefined;
  @state() private draft: ConfigDraft | undefined;
  @state() private domainText = '';
  @state() private domainProblem: DomainProblem | 'pending' | null = null;
  /** Namespace errors show once the field was left or a save was tried, then live. */
  @state() private namespaceChecked = false;
  /** From the click on Save to the end of the re-read, the confirmation included. */
  @state() private busy = false;
  @state() private saveError: unknown;
  @state() private notice: SaveNotice = null;
  @state() private announcement = '';

  private readonly configs = new ConfigController(this, (config) => this.onLoaded(config));
  private readonly saveTask = new Task(this, {
    autoRun: false,
    task: async ([tenantId, draft]: [string, ConfigDraft], { signal }) => {
      const result = await putConfig(this.resolvedClient, tenantId, draft, signal, (config) =>
        this.emit('vf-config-request', { tenantId, config }, { cancelable: true }),
      );
      await this.afterSave(tenantId, draft, result);
      return result.outcome;
    },
  });
  private readonly confirmation = new ModalConfirm();
  /** Set before the re-read that follows a successful save: the draft restarts from it. */
  private resetOnLoad = false;
  /** The tenant `stored` belongs to (the element may be pointed at another tenant). */
  private loadedTenant: string | undefined;
  private reportedLoadError: unknown;

  /** The configuration as last read from the server, or `undefined` before it loaded. */
  get config(): TenantOrchestratorConfig | undefined {
    return this.stored;
  }

  /** True when the mode, namespace or domains differ from what the server stored. */
  get dirty(): boolean {
    return Boolean(this.stored && this.draft && !sameDraft(this.draft, draftFrom(this.stored)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.confirmation.settle(false);
    this.saveTask.abort();
  }

  /** Reads the configuration again; unsaved edits are kept. */
  async reload(): Promise<void> {
    await this.configs.reload();
  }

  /** Drops the unsaved edits and shows the stored configuration. */
  reset(): void {
    if (this.stored) this.draft = draftFrom(this.stored);
    this.domainText = '';
    this.domainProblem = null;
    this.namespaceChecked = false;
    this.saveError = undefined;
    this.notice = null;
  }

  /**
   * Saves the edits, after a confirmation when leaving dedicated mode. Resolves `true` when the
   * server accepted them; does nothing while a save runs or while a field is invalid.
   */
  async save(): Promise<boolean> {
    const tenantId = this.resolvedTenantId;
    const { stored, draft } = this;
    if (this.busy || !tenantId || !stored || !draft || !this.validateForSave()) return false;
    this.busy = true;
    this.saveError = undefined;
    this.notice = null;
    try {
      if (stored.mode === 'dedicated' && draft.mode === 'shared') {
        const dialog = this.renderRoot.querySelector('dialog');
        const opener = (this.shadowRoot?.activeElement as HTMLElement | null) ?? null;
        if (!dialog || !(await this.confirmation.ask(dialog, opener))) return false;
      }
      return (
        (await this.saveTask.run([tenantId, draft]).then(() => this.saveTask.value)) === 'saved'
      );
    } finally {
      this.busy = false;
    }
  }

  private onLoaded(config: TenantOrchestratorConfig): void {
    const tenantId = this.resolvedTenantId;
    const otherTenant = this.loadedTenant !== undefined && this.loadedTenant !== tenantId;
    const keepDraft = !otherTenant && !this.resetOnLoad && this.dirty;
    this.loadedTenant = tenantId;
    this.stored = config;
    if (otherTenant) this.reset();
    else if (!keepDraft) {
      this.draft = draftFrom(config);
      this.namespaceChecked = false;
    }
  }

  private async afterSave(tenantId: string, draft: ConfigDraft, result: SaveResult): Promise<void> {
    if (result.outcome === 'cancelled') return;
    if (result.outcome === 'failed') {
      this.saveError = result.error;
      this.emitError(result.operation, result.error);
      if (result.operation === 'getConfig') return; // nothing was sent
      // A 500 may still have stored the value, and a dropped connection leaves it unknown
      // (quirks 4 and 7): show what the server holds now; the draft stays where it differs.
      await this.configs.reload();
      if (this.stored && sameDraft(draft, draftFrom(this.stored))) {
        this.notice = 'storedDespiteError';
      }
      return;
    }
    // Edits made while the request was in flight are not thrown away by the re-read.
    this.resetOnLoad = this.draft === draft;
    await this.configs.reload();
    this.resetOnLoad = false;
    this.notice = result.sent.mode === 'dedicated' ? 'savedRebuild' : 'saved';
    // When the re-read failed its error is shown, and the event carries what was sent.
    const reread = this.configs.error ? undefined : this.configs.config;
    this.emit('vf-config-saved', { tenantId, config: reread ?? result.sent });
  }

  private validateForSave(): boolean {
    this.namespaceChecked = true;
    const namespaceProblem = checkNamespace((this.draft?.namespace ?? '').trim());
    // Text typed in the add field but never added would be silently lost: ask what to do with it.
    if (this.domainText.trim() === '') this.domainProblem = null;
    else this.domainProblem ??= 'pending';
    const invalid = namespaceProblem ? '#namespace' : this.domainProblem ? '#domain-input' : '';
    if (invalid) this.focusAfterUpdate(invalid);
    return !invalid;
  }

  private focusAfterUpdate(selector: string | (() => HTMLElement | null | undefined)): void {
    void this.updateComplete.then(() => {
      const target =
        typeof selector === 'string'
          ? this.renderRoot.querySelector<HTMLElement>(selector)
          : selector();
      target?.focus();
    });
  }

  private edit(changes: Partial<ConfigDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...changes };
    this.notice = null;
  }

  private addDomain(): void {
    if (!this.draft) return;
    this.domainProblem = checkDomain(this.domainText, this.draft.domains);
    if (this.domainProblem) {
      this.focusAfterUpdate('#domain-input');
      return;
    }
    const domain = normalizeDomain(this.domainText);
    this.edit({ domains: [...this.draft.domains, domain] });
    this.domainText = '';
    this.announcement = translate(configMessages, this.locale, 'domainAdded', domain);
  }

  private removeDomain(index: number): void {
    if (!this.draft) return;
    const domain = this.draft.domains[index] ?? '';
    this.edit({ domains: this.draft.domains.filter((_, position) => position !== index) });
    this.announcement = translate(configMessages, this.locale, 'domainRemoved', domain);
    // Keep the keyboard in the list: the next Remove button, else the previous, else the field.
    this.focusAfterUpdate(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.domain-list .remove');
      return (
        buttons[Math.min(index, buttons.length - 1)] ??
        this.renderRoot.querySelector<HTMLElement>('#domain-input')
      );
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const loadError = this.configs.error;
    if (loadError && loadError !== this.reportedLoadError && !isAbortError(loadError)) {
      this.emitError('getConfig', loadError);
    }
    this.reportedLoadError = loadError;
  }

  protected override render(): TemplateResult {
    const { locale } = this;
    const tenantId = this.resolvedTenantId;
    if (!tenantId) {
      return html`<div class="card">
        <p class="notice" part="error">${translate(commonMessages, locale, 'noTenant')}</p>
      </div>`;
    }
    const loadError = this.configs.error;
    const retry = { onRetry: () => void this.reload() };
    const { stored, draft } = this;
    if (!stored || !draft || this.loadedTenant !== tenantId) {
      return loadError
        ? html`<div class="card">${renderError(locale, loadError, retry)}</div>`
        : renderLoading(locale);
    }
    return html`<div class="card" aria-busy=${this.busy ? 'true' : 'false'}>
      ${renderMode(locale, draft.mode, (mode) => this.edit({ mode }))}
      ${renderNamespace(locale, {
        value: draft.namespace,
        placeholder: `veloflux-${tenantId}`,
        problem: this.namespaceChecked ? checkNamespace(draft.namespace.trim()) : null,
        onInput: (namespace) => this.edit({ namespace }),
        onChange: () => (this.namespaceChecked = true),
      })}
      ${renderDomains(locale, {
        domains: draft.domains,
        text: this.domainText,
        problem: this.domainProblem,
        onText: (text) => {
          this.domainText = text;
          this.domainProblem = null;
        },
        onAdd: () => this.addDomain(),
        onRemove: (index) => this.removeDomain(index),
      })}
      ${renderSummary(locale, stored, {
        autoscaleHref: this.autoscaleHref,
        resourcesHref: this.resourcesHref,
      })}
      ${renderActions(locale, {
        dirty: this.dirty,
        busy: this.busy,
        saving: this.saveTask.status === TaskStatus.PENDING,
        saveError: this.saveError,
        notice: this.notice,
        onSave: () => void (this.dirty ? this.save() : undefined),
        onReset: () => (this.dirty && !this.busy ? this.reset() : undefined),
      })}
      ${loadError && !this.busy ? renderError(locale, loadError, retry) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${renderDialog(locale, {
        tenantId,
        namespace: stored.dedicated_namespace || `veloflux-${tenantId}`,
        onConfirm: () => this.confirmation.settle(true),
        onCancel: () => this.confirmation.settle(false),
        // Escape closes the dialog without a button: that is a cancel.
        onClose: () => this.confirmation.settle(false),
      })}
    </div>`;
  }
}
