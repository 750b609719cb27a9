import { html, type TemplateResult } from 'lit';
import { renderError } from '../../internal/error-view.js';
import { translate, type Locale } from '../../internal/localize.js';
import { commonMessages } from '../../internal/messages.js';
import { resourceMessages } from './resource-editor.messages.js';
import {
  PRESETS,
  fieldKey,
  type FieldCheck,
  type FieldKey,
  type Preset,
  type Resource,
} from './resource-model.js';

type Checks = Record<FieldKey, FieldCheck>;

/**
 * Request as a share of the limit, exactly (BigInt), with one decimal; `undefined` when either
 * side is missing or the limit is zero.
 */
export function requestShare(checks: Checks, resource: Resource): string | undefined {
  const request = checks[fieldKey(resource, 'request')].quantity?.nanos;
  const limit = checks[fieldKey(resource, 'limit')].quantity?.nanos;
  if (request === undefined || limit === undefined || limit <= 0n || request < 0n) {
    return undefined;
  }
  const tenths = (request * 1000n) / limit;
  const whole = tenths / 10n;
  const fraction = tenths % 10n;
  return fraction === 0n ? `${whole}` : `${whole}.${fraction}`;
}

/** The request-vs-limit bar of one resource; the visual bar is decorative, the sentence says it. */
export function renderBar(locale: Locale, checks: Checks, resource: Resource): TemplateResult {
  const share = requestShare(checks, resource);
  const width = share === undefined ? 0 : Math.min(100, Number(share));
  const shown = share === undefined ? '' : new Intl.NumberFormat(locale).format(Number(share));
  return html`<div class="bar" part="bar" data-resource=${resource}>
    <div class="track" aria-hidden="true"><div class="fill" style="width:${width}%"></div></div>
    <p class="hint">
      ${
        share === undefined
          ? translate(resourceMessages, locale, 'barUnknown')
          : translate(resourceMessages, locale, 'barText', shown)
      }
    </p>
  </div>`;
}

/** The preset buttons; the one equal by value to the draft is pressed (highlighted). */
export function renderPresets(
  locale: Locale,
  matched: Preset | undefined,
  disabled: boolean,
  apply: (preset: Preset) => void,
  loading = false,
): TemplateResult {
  const name = (preset: Preset): string =>
    translate(resourceMessages, locale, `preset_${preset.id}`);
  const status = loading
    ? '\u00a0'
    : matched
      ? translate(resourceMessages, locale, 'presetMatch', name(matched))
      : translate(resourceMessages, locale, 'presetNone');
  const button = (preset: Preset) =>
    html`<button
      type="button"
      class="preset"
      data-preset=${preset.id}
      aria-pressed=${preset === matched ? 'true' : 'false'}
      ?disabled=${disabled}
      @click=${() => apply(preset)}
    >
      <span class="name">${name(preset)}</span>
      <small>
        CPU ${preset.limits.cpu_request}/${preset.limits.cpu_limit} ·
        ${preset.limits.memory_request}/${preset.limits.memory_limit}
      </small>
    </button>`;
  return html`<div part="presets" class="preset-section">
    <span class="label" id="presets-label">${translate(resourceMessages, locale, 'presets')}</span>
    <div
      class="presets"
      role="group"
      aria-labelledby="presets-label"
      aria-describedby="presets-status"
    >
      ${PRESETS.map(button)}
    </div>
    <p class="hint preset-status" id="presets-status" role="status">${status}</p>
  </div>`;
}

/** Same-size placeholder while the config loads (no layout shift, elements.md §4). */
function renderSkeleton(locale: Locale): TemplateResult {
  const t = (key: 'loading' | 'cpu' | 'memory' | 'save' | 'reset') =>
    translate(resourceMessages, locale, key);
  const field = html`<div class="field">
    <span class="skeleton skeleton-label">&nbsp;</span>
    <div class="entry"><span class="skeleton skeleton-input"></span></div>
    <p class="reading">&nbsp;</p>
    <p class="field-warning">&nbsp;</p>
  </div>`;
  const fieldset = (resource: 'cpu' | 'memory') =>
    html`<fieldset disabled>
      <legend>${t(resource)}</legend>
      ${field} ${field}
      <div class="bar">
        <div class="track"></div>
        <p class="hint">&nbsp;</p>
      </div>
    </fieldset>`;
  return html`<div class="card" aria-busy="true">
    <h3>${t('loading')}</h3>
    <div class="resources">${fieldset('cpu')} ${fieldset('memory')}</div>
    ${renderPresets(locale, undefined, true, () => undefined, true)}
    <div class="actions">
      <button type="button" class="primary" disabled>${t('save')}</button>
      <button type="button" disabled>${t('reset')}</button>
    </div>
  </div>`;
}

/** Everything but the editor: no tenant, loading, a failed first read, a shared-mode tenant. */
export function renderState(
  locale: Locale,
  state: 'noTenant' | 'loading' | 'loadError' | 'shared',
  loadError: unknown,
  reload: () => void,
): TemplateResult {
  switch (state) {
    case 'noTenant':
      return html`<div class="notice" part="error">
        ${translate(commonMessages, locale, 'noTenant')}
      </div>`;
    case 'loading':
      return renderSkeleton(locale);
    case 'loadError':
      return html`<div class="card">${renderError(locale, loadError, { onRetry: reload })}</div>`;
    case 'shared':
      // The server refuses resources outside dedicated mode (api-contract §3): explain instead.
      return html`<div class="card">
        <p class="notice" data-state="shared">
          ${translate(resourceMessages, locale, 'sharedMode')}
        </p>
      </div>`;
  }
}
