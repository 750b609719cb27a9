import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { translate, type Locale } from '../../internal/localize.js';
import {
  DEFAULT_TARGET,
  TARGET_MAX,
  TARGET_MIN,
  parseField,
  type AutoscaleDraft,
  type AutoscaleField,
  type FieldErrorCode,
  type FieldErrors,
} from './autoscale-draft.js';
import { autoscaleMessages } from './autoscale-form.messages.js';

/** What the field templates need from the element. */
export interface FieldsView {
  locale: Locale;
  draft: AutoscaleDraft;
  /** Errors to show now (touched fields, or every field after a refused save). */
  errors: FieldErrors;
  /** The whole form is disabled (`disabled` attribute or a disabled fieldset). */
  disabled: boolean;
  onToggle: () => void;
  /** `commit` is true for `change` (blur, Enter, slider release), false for `input`. */
  onField: (field: AutoscaleField, value: string, commit: boolean) => void;
  onEnter: () => void;
}

export function fieldErrorText(
  locale: Locale,
  code: FieldErrorCode,
  draft: AutoscaleDraft,
): string {
  if (code === 'maxBelowMin') {
    return translate(autoscaleMessages, locale, 'err_maxBelowMin', draft.min.trim());
  }
  return translate(autoscaleMessages, locale, `err_${code}`);
}

/** Native `input` events are composed: keep the inner ones inside, the host fires its own. */
function handler(view: FieldsView, field: AutoscaleField, commit: boolean) {
  return (event: Event) => {
    event.stopPropagation();
    view.onField(field, (event.target as HTMLInputElement).value, commit);
  };
}

function onKeydown(view: FieldsView) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    view.onEnter();
  };
}

function errorSlot(view: FieldsView, field: AutoscaleField): TemplateResult {
  const code = view.errors[field];
  // The slot keeps its height when empty: a message appearing does not push the layout around.
  return html`<div class="slot">
    ${
      code
        ? html`<p id="${field}-error" class="field-error">
            ${fieldErrorText(view.locale, code, view.draft)}
          </p>`
        : nothing
    }
  </div>`;
}

export function renderSwitch(view: FieldsView): TemplateResult {
  const t = (key: 'enable' | 'onHint' | 'offHint') =>
    translate(autoscaleMessages, view.locale, key);
  const enabled = view.draft.enabled;
  return html`<button
      type="button"
      role="switch"
      id="enabled"
      class="switch"
      part="switch"
      aria-checked=${enabled ? 'true' : 'false'}
      aria-describedby="enabled-hint"
      ?disabled=${view.disabled}
      @click=${view.onToggle}
    >
      <span class="track" aria-hidden="true"><span class="thumb"></span></span>
      <span>${t('enable')}</span>
    </button>
    <p id="enabled-hint" class="hint">${enabled ? t('onHint') : t('offHint')}</p>`;
}

export function renderReplicaField(
  view: FieldsView,
  field: 'min' | 'max',
  label: string,
): TemplateResult {
  const invalid = Boolean(view.errors[field]);
  return html`<div class="field">
    <label for=${field}>${label}</label>
    <input
      id=${field}
      part="${field}-input"
      type="number"
      inputmode="numeric"
      min="1"
      step="1"
      .value=${live(view.draft[field])}
      ?disabled=${view.disabled || !view.draft.enabled}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `${field}-error` : nothing}
      @input=${handler(view, field, false)}
      @change=${handler(view, field, true)}
      @keydown=${onKeydown(view)}
    />
    ${errorSlot(view, field)}
  </div>`;
}

export function renderTargetField(view: FieldsView): TemplateResult {
  const t = (key: 'targetLabel' | 'targetSlider' | 'targetHint') =>
    translate(autoscaleMessages, view.locale, key);
  const invalid = Boolean(view.errors.target);
  const parsed = parseField(view.draft.target);
  // The slider cannot show an out-of-range or missing value: it rests at the nearest valid one
  // while the number input holds what was typed (and its message).
  const sliderValue = Number.isFinite(parsed)
    ? Math.min(TARGET_MAX, Math.max(TARGET_MIN, Math.round(parsed)))
    : DEFAULT_TARGET;
  const fieldDisabled = view.disabled || !view.draft.enabled;
  const describedBy = invalid ? 'target-hint target-error' : 'target-hint';
  return html`<div class="field target">
    <label for="target">${t('targetLabel')}</label>
    <div class="target-row">
      <input
        id="target-slider"
        part="target-slider"
        type="range"
        min=${TARGET_MIN}
        max=${TARGET_MAX}
        step="1"
        .value=${live(String(sliderValue))}
        ?disabled=${fieldDisabled}
        aria-label=${t('targetSlider')}
        aria-valuetext=${translate(autoscaleMessages, view.locale, 'percent', sliderValue)}
        aria-describedby="target-hint"
        @input=${handler(view, 'target', false)}
        @change=${handler(view, 'target', true)}
      />
      <input
        id="target"
        part="target-input"
        type="number"
        inputmode="numeric"
        min=${TARGET_MIN}
        max=${TARGET_MAX}
        step="1"
        .value=${live(view.draft.target)}
        ?disabled=${fieldDisabled}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @input=${handler(view, 'target', false)}
        @change=${handler(view, 'target', true)}
        @keydown=${onKeydown(view)}
      />
    </div>
    <span id="target-hint" class="hint">${t('targetHint')}</span>
    ${errorSlot(view, 'target')}
  </div>`;
}
