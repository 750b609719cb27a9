import { html, nothing, type TemplateResult } from 'lit';
import type { DetailedDeploymentStatus, StatusSnapshot } from '../../client/index.js';
import { renderError } from '../../internal/error-view.js';
import { translate, type Locale } from '../../internal/localize.js';
import type { StoredDifference } from './autoscale-draft.js';
import {
  renderReplicaField,
  renderSwitch,
  renderTargetField,
  type FieldsView,
} from './autoscale-fields.js';
import {
  autoscaleMessages,
  type AutoscaleMessageKey,
  type PlainMessageKey,
} from './autoscale-form.messages.js';

/** The outcome line next to Save (an `aria-live` region, so it is announced). */
export type AutoscaleNotice =
  | { kind: 'saved' }
  | { kind: 'differs'; differences: StoredDifference[] }
  | { kind: 'draftKept' }
  | { kind: 'storedAnyway' }
  | { kind: 'fixFirst' };

const FIELD_LABELS: Record<StoredDifference['field'], AutoscaleMessageKey> = {
  enabled: 'autoscalingWord',
  min: 'minLabel',
  max: 'maxLabel',
  target: 'targetLabel',
};

function describe(locale: Locale, value: number | boolean): string {
  if (typeof value === 'boolean') return translate(autoscaleMessages, locale, value ? 'on' : 'off');
  return String(value);
}

export function noticeText(locale: Locale, notice: AutoscaleNotice | null): string {
  if (!notice) return '';
  if (notice.kind !== 'differs') return translate(autoscaleMessages, locale, notice.kind);
  const list = notice.differences
    .map((difference) =>
      translate(
        autoscaleMessages,
        locale,
        'difference',
        translate(autoscaleMessages, locale, FIELD_LABELS[difference.field] as 'on'),
        describe(locale, difference.stored),
        describe(locale, difference.sent),
      ),
    )
    .join('; ');
  return translate(autoscaleMessages, locale, 'storedDiffers', list);
}

/**
 * "CPU now 42 % · target 70 %" from the detailed status; a hint when there is no reading (not
 * deployed, or no metrics yet: a blank figure would look like 0 %). Same height either way.
 */
export function renderCurrentCpu(
  locale: Locale,
  snapshot: StatusSnapshot | null,
  target: number,
): TemplateResult {
  const status = snapshot && !snapshot.error ? (snapshot.status as DetailedDeploymentStatus) : null;
  const cpu = status?.metrics?.cpu_utilization;
  if (typeof cpu !== 'number' || !Number.isFinite(cpu)) {
    return html`<p class="cpu hint" part="current-cpu">
      ${translate(autoscaleMessages, locale, 'cpuUnknown')}
    </p>`;
  }
  const now = Math.round(cpu);
  return html`<p class="cpu ${now > target ? 'over' : ''}" part="current-cpu">
    ${translate(autoscaleMessages, locale, 'cpuNow', now, target)}
  </p>`;
}

export function renderSkeleton(locale: Locale): TemplateResult {
  return html`<div class="card loading" aria-busy="true">
    <span class="skeleton skeleton-row short"
      >${translate(autoscaleMessages, locale, 'loading')}</span
    >
    ${[1, 2, 3, 4].map(() => html`<span class="skeleton skeleton-row" aria-hidden="true"></span>`)}
  </div>`;
}

export function renderNotDedicated(locale: Locale, mode: string): TemplateResult {
  const modeText =
    mode === 'shared' || mode === 'dedicated'
      ? translate(autoscaleMessages, locale, `mode_${mode}`)
      : mode;
  return html`<div class="card" data-state="not-dedicated">
    <div class="title">${translate(autoscaleMessages, locale, 'notDedicatedTitle')}</div>
    <p class="notice" part="explanation">
      ${translate(autoscaleMessages, locale, 'notDedicated', modeText)}
    </p>
  </div>`;
}

/** Everything the form template needs from the element. */
export interface FormView extends FieldsView {
  saving: boolean;
  dirty: boolean;
  notice: AutoscaleNotice | null;
  snapshot: StatusSnapshot | null;
  /** The target the current CPU is compared with (the typed one when valid, else the stored one). */
  cpuTarget: number;
  /** A failed re-read of the config (shown with Retry). */
  configError: unknown;
  saveError: unknown;
  onRetryConfig: () => void;
  onSave: () => void;
  onReset: () => void;
}

export function renderForm(view: FormView): TemplateResult {
  const { locale, saving, dirty } = view;
  const t = (key: PlainMessageKey) => translate(autoscaleMessages, locale, key);
  return html`<div
    class="card"
    role="group"
    aria-labelledby="title"
    aria-busy=${saving ? 'true' : 'false'}
  >
    <div class="title" id="title">${t('heading')}</div>
    ${renderSwitch(view)}
    <div class="fields">
      ${renderReplicaField(view, 'min', t('minLabel'))}
      ${renderReplicaField(view, 'max', t('maxLabel'))} ${renderTargetField(view)}
    </div>
    ${renderCurrentCpu(locale, view.snapshot, view.cpuTarget)}
    ${
      view.configError
        ? renderError(locale, view.configError, { onRetry: view.onRetryConfig })
        : nothing
    }
    ${renderError(locale, view.saveError, { operation: t('operation') })}
    <div class="actions">
      <button
        type="button"
        class="primary"
        part="save-button"
        ?disabled=${view.disabled || !dirty}
        aria-disabled=${saving ? 'true' : nothing}
        @click=${view.onSave}
      >
        ${saving ? t('saving') : t('save')}
      </button>
      <button
        type="button"
        part="reset-button"
        ?disabled=${view.disabled || !dirty || saving}
        @click=${view.onReset}
      >
        ${t('reset')}
      </button>
      <span class="dirty">${dirty ? t('unsaved') : ''}</span>
    </div>
    <p class="hint" role="status" part="notice">${noticeText(locale, view.notice)}</p>
  </div>`;
}

export function renderLoadFailure(locale: Locale, error: unknown, onRetry: () => void) {
  return html`<div class="card">${renderError(locale, error, { onRetry })}</div>`;
}
