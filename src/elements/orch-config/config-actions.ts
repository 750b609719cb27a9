import { html, nothing, type TemplateResult } from 'lit';
import { renderError } from '../../internal/error-view.js';
import { translate, type Locale } from '../../internal/localize.js';
import { configMessages } from './orch-config.messages.js';

export type SaveNotice = 'saved' | 'savedRebuild' | 'storedDespiteError' | null;

export interface ActionsView {
  dirty: boolean;
  busy: boolean;
  /** The request is on its way (not merely awaiting the confirmation). */
  saving: boolean;
  saveError: unknown;
  notice: SaveNotice;
  /** Called on every click: the element decides (from its live state) whether to act. */
  onSave: () => void;
  onReset: () => void;
}

/** Save / Reset, the unsaved marker, and the outcome of the last save. */
export function renderActions(locale: Locale, view: ActionsView): TemplateResult {
  const { dirty, busy, saveError, notice } = view;
  const inactive = !dirty || busy ? 'true' : 'false';
  // aria-disabled rather than disabled: a focused Save button must keep the focus while saving and
  // after the draft is reset, or keyboard users are thrown back to the top of the page.
  return html`<div class="actions">
      <button
        type="button"
        class="primary"
        part="save-button"
        aria-disabled=${inactive}
        @click=${view.onSave}
      >
        ${translate(configMessages, locale, view.saving ? 'saving' : 'save')}
      </button>
      <button type="button" part="reset-button" aria-disabled=${inactive} @click=${view.onReset}>
        ${translate(configMessages, locale, 'reset')}
      </button>
      ${
        dirty
          ? html`<span class="unsaved">${translate(configMessages, locale, 'unsaved')}</span>`
          : nothing
      }
    </div>
    ${
      saveError
        ? html`${renderError(locale, saveError, {
            operation: translate(configMessages, locale, 'saveOperation'),
          })}${
            dirty
              ? html`<p class="hint">${translate(configMessages, locale, 'draftKept')}</p>`
              : nothing
          }`
        : nothing
    }
    ${
      notice
        ? html`<p class="notice success" role="status">
            ${translate(configMessages, locale, notice)}
          </p>`
        : nothing
    }`;
}

/** Blocks of the size of the form's sections, so nothing moves when the config arrives. */
export function renderLoading(locale: Locale): TemplateResult {
  return html`<div class="card" aria-busy="true">
    <span class="visually-hidden" role="status"
      >${translate(configMessages, locale, 'loading')}</span
    >
    ${[5.5, 3.5, 5, 4].map(
      (height) => html`<div class="skeleton block" style="height:${height}em"></div>`,
    )}
  </div>`;
}
