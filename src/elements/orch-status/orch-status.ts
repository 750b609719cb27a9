import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  isTransitional,
  type DeploymentStatus,
  type DetailedDeploymentStatus,
  type StatusSnapshot,
} from '../../client/index.js';
import { ClockController, formatAge, parseTimestamp } from '../../internal/clock-controller.js';
import { renderError } from '../../internal/error-view.js';
import { translate } from '../../internal/localize.js';
import { commonMessages } from '../../internal/messages.js';
import { StatusController } from '../../internal/status-controller.js';
import { VfElement } from '../../internal/vf-element.js';
import { renderDetails } from './detail-sections.js';
import { statusMessages } from './orch-status.messages.js';
import { styles } from './orch-status.styles.js';
import { renderBadge, statusLabel, statusTone } from './status-badge.js';

/** Codes that are states of the tenant, shown with their own wording rather than as errors. */
const STATE_CODES = new Set(['not_deployed', 'not_available']);

/**
 * Shows a tenant's deployment status, live: a badge, mode, namespace, version, ready/desired
 * replicas, the server's message and how old the status is. `detailed` adds conditions, events,
 * pods and CPU/memory meters. Every status element of a tenant shares one poll.
 *
 * @tag vf-orch-status
 * @summary Live deployment status of one tenant.
 *
 * @fires {{ tenantId: string; status: string; previous: string | null; snapshot: DeploymentStatus }} vf-status-change - The status string changed (not fired on the first load).
 * @fires {{ tenantId: string; operation: string; error: { status: number; code: string; message: string; retryable: boolean; stateUnknown: boolean } }} vf-error - Reading the status failed (once per failure, not once per poll).
 *
 * @csspart badge - The status badge.
 * @csspart summary - The grid of status fields.
 * @csspart replicas - The ready/desired replicas figure and bar.
 * @csspart message - The server's status message.
 * @csspart refresh-button - The manual refresh button.
 * @csspart error - The error block.
 * @csspart metrics - The CPU and memory meters (detailed).
 * @csspart conditions - The conditions table (detailed).
 * @csspart events - The events table (detailed).
 * @csspart pods - The pods table (detailed).
 *
 * @cssprop --vf-color-success - Colour of healthy states.
 * @cssprop --vf-color-info - Colour of transitional states.
 * @cssprop --vf-color-warning - Colour of draining and removing.
 * @cssprop --vf-color-danger - Colour of errors.
 * @cssprop --vf-color-neutral - Colour of unknown states.
 * @cssprop --vf-color-surface - Background.
 * @cssprop --vf-color-text - Text colour.
 * @cssprop --vf-radius - Corner radius.
 */
export class VfOrchStatus extends VfElement {
  static override styles = styles;

  /** Read `detailed_status` and show conditions, events, pods and metrics. */
  @property({ type: Boolean, reflect: true }) detailed = false;

  /** Seconds between polls while nothing is moving (the kit polls every 2 s during transitions). */
  @property({ type: Number }) interval = 30;

  /** Show only the badge. */
  @property({ type: Boolean, reflect: true }) compact = false;

  private readonly status = new StatusController(
    this,
    () => ({ detailed: this.detailed, intervalMs: Math.max(1, this.interval || 30) * 1000 }),
    (snapshot) => this.onSnapshot(snapshot),
  );
  private readonly clock = new ClockController(this, 15_000);
  private lastStatus: string | null = null;
  private lastErrorKey = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lastStatus = null;
    this.lastErrorKey = '';
  }

  /** Reads the status now (shared with every element watching this tenant). */
  refresh(): void {
    this.status.refresh();
  }

  /** The latest status the element shows, or `null`. */
  get current(): DeploymentStatus | DetailedDeploymentStatus | null {
    return this.status.snapshot?.status ?? null;
  }

  private onSnapshot(snapshot: StatusSnapshot): void {
    const tenantId = snapshot.tenantId;
    if (snapshot.status && !snapshot.error) {
      const next = snapshot.status.status;
      if (this.lastStatus !== null && next !== this.lastStatus) {
        this.emit('vf-status-change', {
          tenantId,
          status: next,
          previous: this.lastStatus,
          snapshot: snapshot.status,
        });
      }
      this.lastStatus = next;
    }
    const error = snapshot.error;
    const errorKey = error && !STATE_CODES.has(error.code) ? `${error.code}|${error.message}` : '';
    if (errorKey && errorKey !== this.lastErrorKey) this.emitError('status', error);
    this.lastErrorKey = errorKey;
  }

  private get t() {
    return <K extends keyof typeof statusMessages.en>(key: K) =>
      translate(statusMessages, this.locale, key as 'mode');
  }

  protected override render(): TemplateResult {
    const tenantId = this.resolvedTenantId;
    this.clock.active = !this.compact && Boolean(tenantId);
    if (!tenantId) {
      return html`<div class="notice" part="error">
        ${translate(commonMessages, this.locale, 'noTenant')}
      </div>`;
    }
    const snapshot = this.status.snapshot;
    const status = snapshot?.status ?? null;
    const error = snapshot?.error ?? null;
    // A 500 on status means "never deployed" (quirk 3), even after an older successful read.
    if (error?.code === 'not_deployed') return this.renderState('notDeployed', 'notDeployedHint');
    if (error?.code === 'not_available')
      return this.renderState('notAvailable', 'notAvailableHint');
    if (!status) return error ? this.renderFailure(error) : this.renderLoading();
    return this.compact ? this.renderBadgeFor(status.status) : this.renderStatus(status, error);
  }

  private renderBadgeFor(status: string): TemplateResult {
    return html`<span
      role="status"
      aria-label=${`${this.t('statusLabel')}: ${statusLabel(this.locale, status)}`}
      >${renderBadge(statusTone(status), statusLabel(this.locale, status), isTransitional(status))}</span
    >`;
  }

  private renderLoading(): TemplateResult {
    if (this.compact)
      return html`<span class="badge skeleton" part="badge">${this.t('loading')}</span>`;
    return html`<div class="card" aria-busy="true">
      <div class="header">
        <span class="badge skeleton" part="badge">${this.t('loading')}</span>
      </div>
      <dl class="summary skeleton-grid" part="summary">
        ${[1, 2, 3, 4].map(
          () =>
            html`<div>
              <dt class="skeleton">&nbsp;</dt>
              <dd class="skeleton">&nbsp;</dd>
            </div>`,
        )}
      </dl>
    </div>`;
  }

  private renderState(
    title: 'notDeployed' | 'notAvailable',
    hint: 'notDeployedHint' | 'notAvailableHint',
  ) {
    const badge = renderBadge('neutral', this.t(title));
    if (this.compact) return html`<span role="status">${badge}</span>`;
    return html`<div class="card" role="status" data-state=${title}>
      <div class="header">${badge}${this.renderRefresh()}</div>
      <p class="hint">${this.t(hint)}</p>
    </div>`;
  }

  private renderFailure(error: unknown): TemplateResult {
    if (this.compact)
      return renderBadge('danger', translate(commonMessages, this.locale, 'err_unknown'));
    return html`<div class="card">
      ${renderError(this.locale, error, { onRetry: () => this.refresh() })}
    </div>`;
  }

  private renderRefresh(): TemplateResult {
    return html`<button
      type="button"
      class="refresh"
      part="refresh-button"
      aria-label=${translate(statusMessages, this.locale, 'refreshStatus', this.resolvedTenantId ?? '')}
      @click=${() => this.refresh()}
    >
      ${this.t('refresh')}
    </button>`;
  }

  private renderStatus(status: DeploymentStatus, error: unknown): TemplateResult {
    const now = Date.now();
    const updated = parseTimestamp(status.last_updated);
    const fetchedAt = this.status.snapshot?.fetchedAt ?? null;
    const desired = Math.max(0, status.replicas);
    const ready = Math.max(0, status.ready_replicas);
    const percent = desired > 0 ? Math.min(100, Math.round((ready / desired) * 100)) : 0;
    const mode =
      status.mode === 'shared'
        ? this.t('mode_shared')
        : status.mode === 'dedicated'
          ? this.t('mode_dedicated')
          : status.mode;
    return html`<div class="card" data-status=${status.status}>
      <div class="header">${this.renderBadgeFor(status.status)} ${this.renderRefresh()}</div>
      ${
        error && !STATE_CODES.has((error as { code?: string }).code ?? '')
          ? html`<div class="notice warning stale">
              ${this.t('staleWarning')} ${renderError(this.locale, error)}
            </div>`
          : nothing
      }
      <dl class="summary" part="summary">
        <div>
          <dt>${this.t('mode')}</dt>
          <dd>${mode}</dd>
        </div>
        <div>
          <dt>${this.t('namespace')}</dt>
          <dd class="mono">${status.namespace || '—'}</dd>
        </div>
        <div>
          <dt>${this.t('version')}</dt>
          <dd>${status.version || '—'}</dd>
        </div>
        <div part="replicas">
          <dt>${this.t('replicas')}</dt>
          <dd>
            <span class="figure">${ready}/${desired}</span>
            <div
              class="bar"
              role="progressbar"
              aria-label=${this.t('replicas')}
              aria-valuemin="0"
              aria-valuemax=${desired}
              aria-valuenow=${Math.min(ready, desired)}
              aria-valuetext=${translate(statusMessages, this.locale, 'replicasValue', ready, desired)}
            >
              <div class="fill" style="width:${percent}%"></div>
            </div>
          </dd>
        </div>
        <div>
          <dt>${this.t('updated')}</dt>
          <dd>
            <time
              datetime=${updated === null ? nothing : status.last_updated}
              title=${updated === null ? nothing : new Date(updated).toLocaleString(this.locale)}
              >${updated === null ? this.t('unknownTime') : formatAge(this.locale, updated, now)}</time
            >
          </dd>
        </div>
        <div>
          <dt>${this.t('lastRefresh')}</dt>
          <dd>
            ${fetchedAt === null ? this.t('unknownTime') : new Date(fetchedAt).toLocaleTimeString(this.locale)}
          </dd>
        </div>
      </dl>
      ${
        status.message
          ? html`<p class="message ${status.status === 'error' ? 'error' : ''}" part="message">
              ${status.message}
            </p>`
          : nothing
      }
      ${this.detailed ? renderDetails(this.locale, status as DetailedDeploymentStatus, now) : nothing}
    </div>`;
  }
}
