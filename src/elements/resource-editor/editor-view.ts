import { html, nothing, type TemplateResult } from 'lit';
import type { ResourceLimits } from '../../client/index.js';
import { renderError } from '../../internal/error-view.js';
import { translate, type Locale } from '../../internal/localize.js';
import { renderQuantityField, type FieldHost } from './quantity-field.js';
import { resourceMessages } from './resource-editor.messages.js';
import {
  draftText,
  fieldKey,
  matchPreset,
  sameValue,
  type Drafts,
  type FieldCheck,
  type FieldKey,
  type Preset,
  type Resource,
} from './resource-model.js';
import { renderBar, renderPresets } from './resource-sections.js';

/** Everything the editor form shows. */
export interface EditorView {
  locale: Locale;
  drafts: Drafts;
  checks: Record<FieldKey, FieldCheck>;
  stored: ResourceLimits | undefined;
  loadError: unknown;
  saveError: unknown;
  saving: boolean;
  disabled: boolean;
  dirty: boolean;
  /** Save was pressed with an invalid field. */
  blocked: boolean;
  /** What the server stored after the last successful save. */
  saved: ResourceLimits | undefined;
}

export interface EditorActions extends FieldHost {
  save(): void;
  reset(): void;
  reload(): void;
  applyPreset(preset: Preset): void;
}

function statusLine(locale: Locale, view: EditorView): TemplateResult | string | typeof nothing {
  const text = (key: 'fixErrors' | 'unsaved') => translate(resourceMessages, locale, key);
  if (view.blocked) return html`<span class="field-error">${text('fixErrors')}</span>`;
  const saved = view.saved;
  if (saved) {
    const summary = translate(
      resourceMessages,
      locale,
      'summary',
      saved.cpu_request,
      saved.cpu_limit,
      saved.memory_request,
      saved.memory_limit,
    );
    return translate(resourceMessages, locale, 'saved', summary);
  }
  return view.dirty ? text('unsaved') : nothing;
}

/** The editor: two fieldsets of two quantity fields and a bar, presets, errors, Save / Reset. */
export function renderEditorForm(view: EditorView, actions: EditorActions): TemplateResult {
  const locale = view.locale;
  const t = (key: 'title' | 'cpu' | 'memory' | 'saveOperation' | 'save' | 'saving' | 'reset') =>
    translate(resourceMessages, locale, key);
  const { drafts, checks, saving: busy, disabled, dirty } = view;
  const field = (key: FieldKey) => {
    const stored = view.stored?.[key];
    const differs = stored !== undefined && !sameValue(draftText(drafts[key]), stored);
    return renderQuantityField(actions, {
      locale,
      key,
      draft: drafts[key],
      check: checks[key],
      stored: differs ? stored : undefined,
      disabled,
      busy,
    });
  };
  const fieldset = (resource: Resource) =>
    html`<fieldset>
      <legend>${t(resource)}</legend>
      ${field(fieldKey(resource, 'request'))} ${field(fieldKey(resource, 'limit'))}
      ${renderBar(locale, checks, resource)}
    </fieldset>`;
  // Enter in a field submits this inner form, i.e. saves (keyboard use).
  const submit = (event: Event) => {
    event.preventDefault();
    actions.save();
  };
  return html`<form class="card" novalidate @submit=${submit}>
    <h3>${t('title')}</h3>
    ${
      view.loadError
        ? renderError(locale, view.loadError, { onRetry: () => actions.reload() })
        : nothing
    }
    <div class="resources">${fieldset('cpu')} ${fieldset('memory')}</div>
    ${renderPresets(locale, matchPreset(checks), disabled || busy, (preset) =>
      actions.applyPreset(preset),
    )}
    ${renderError(locale, view.saveError, { operation: t('saveOperation') })}
    <div class="actions">
      <button
        type="submit"
        class="primary"
        part="save-button"
        ?disabled=${disabled || !dirty}
        aria-disabled=${busy ? 'true' : 'false'}
      >
        ${busy ? t('saving') : t('save')}
      </button>
      <button
        type="button"
        part="reset-button"
        ?disabled=${disabled || busy || !dirty}
        @click=${() => actions.reset()}
      >
        ${t('reset')}
      </button>
      <p class="hint" role="status">${statusLine(locale, view)}</p>
    </div>
  </form>`;
}
