import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { translate, type Locale } from '../../internal/localize.js';
import {
  humanizeCpu,
  humanizeMemory,
  toBytes,
  type Quantity,
  type QuantityUnit,
} from '../../quantity/index.js';
import {
  HUMAN_WORDS_PT,
  QUANTITY_ERRORS_PT,
  resourceMessages,
} from './resource-editor.messages.js';
import {
  UNITS,
  resourceOf,
  roleOf,
  type FieldCheck,
  type FieldDraft,
  type FieldKey,
  type Resource,
} from './resource-model.js';

/** What a field needs from the element that owns the drafts. */
export interface FieldHost {
  editAmount(key: FieldKey, amount: string): void;
  editRaw(key: FieldKey, text: string): void;
  setUnit(key: FieldKey, unit: QuantityUnit): void;
  toggleRaw(key: FieldKey): void;
  commitField(): void;
}

export interface FieldState {
  locale: Locale;
  key: FieldKey;
  draft: FieldDraft;
  check: FieldCheck;
  /** The stored text, shown while the field differs from it. */
  stored: string | undefined;
  disabled: boolean;
  /** A save is in flight: fields are read-only (not disabled, so focus stays put). */
  busy: boolean;
}

type Text = typeof resourceMessages.en;
const t = <K extends keyof Text & string>(
  locale: Locale,
  key: K,
  ...args: Text[K] extends (...a: infer A) => string ? A : []
): string => translate(resourceMessages, locale, key, ...args);

/** "CPU request", "Requisição de memória". */
export function fieldName(locale: Locale, key: FieldKey): string {
  return t(locale, 'fieldName', t(locale, resourceOf(key)), t(locale, roleOf(key)));
}

/** "0.25 core" / "0,25 núcleo", "1.5 GiB". The quantity helpers write English unit words. */
export function humanReading(locale: Locale, resource: Resource, quantity: Quantity): string {
  const text =
    resource === 'cpu' ? humanizeCpu(quantity, locale) : humanizeMemory(quantity, locale);
  if (locale === 'en') return text;
  return text.replace(/[a-z]+$/, (word) => HUMAN_WORDS_PT[word] ?? word);
}

/** The error sentence of a field, or `undefined` when it is valid. */
export function problemText(locale: Locale, check: FieldCheck): string | undefined {
  const problem = check.problem;
  switch (problem?.kind) {
    case undefined:
      return undefined;
    case 'syntax':
      // English: the library's own message names the text and says what to write instead.
      return locale === 'en'
        ? problem.error.message
        : `${JSON.stringify(problem.error.input)}: ${QUANTITY_ERRORS_PT[problem.error.reason]}`;
    case 'negative':
      return t(locale, 'err_negative');
    case 'requestAboveLimit':
      return t(locale, 'err_requestAboveLimit', problem.other);
    case 'limitBelowRequest':
      return t(locale, 'err_limitBelowRequest', problem.other);
  }
}

function warningText(locale: Locale, check: FieldCheck): string | undefined {
  const warning = check.warning;
  if (!warning || !check.quantity) return undefined;
  if (warning.kind === 'limitFarAbove') {
    return t(locale, 'warn_limitFarAbove', new Intl.NumberFormat(locale).format(warning.ratio));
  }
  const bytes = new Intl.NumberFormat(locale, { maximumFractionDigits: 9 }).format(
    toBytes(check.quantity),
  );
  return t(locale, 'warn_fractionalBytes', warning.text, bytes, warning.suggestion ?? '');
}

function unitText(locale: Locale, unit: QuantityUnit): string {
  if (unit === '') return t(locale, 'unit_cores');
  if (unit === 'm') return t(locale, 'unit_m');
  return unit;
}

/**
 * Inner `input` events are composed and would leak out of the shadow root next to the host's own;
 * the host fires one `input` per edit instead (the value it reports is the whole draft).
 */
function stop(event: Event): HTMLInputElement & HTMLSelectElement {
  event.stopPropagation();
  return event.target as HTMLInputElement & HTMLSelectElement;
}

/** One quantity field: number + unit select, or raw text; its live reading and its messages. */
export function renderQuantityField(host: FieldHost, field: FieldState): TemplateResult {
  const { locale, key, draft, check, busy, disabled } = field;
  const name = fieldName(locale, key);
  const resource = resourceOf(key);
  const error = problemText(locale, check);
  const warning = error ? undefined : warningText(locale, check);
  const described = `${key}-reading ${key}-message`;
  const invalid = error ? 'true' : 'false';
  const input = draft.raw
    ? html`<input
        id="${key}-input"
        class="raw"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-label=${t(locale, 'rawLabel', name)}
        aria-invalid=${invalid}
        aria-describedby=${described}
        .value=${live(draft.text)}
        ?readonly=${busy}
        ?disabled=${disabled}
        @input=${(event: Event) => host.editRaw(key, stop(event).value)}
        @change=${() => host.commitField()}
      />`
    : html`<input
          id="${key}-input"
          class="amount"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          aria-label=${t(locale, 'amountLabel', name)}
          aria-invalid=${invalid}
          aria-describedby=${described}
          .value=${live(draft.amount)}
          ?readonly=${busy}
          ?disabled=${disabled}
          @input=${(event: Event) => host.editAmount(key, stop(event).value)}
          @change=${() => host.commitField()}
        /><select
          id="${key}-unit"
          class="unit"
          aria-label=${t(locale, 'unitLabel', name)}
          ?disabled=${disabled || busy}
          @input=${stop}
          @change=${(event: Event) => host.setUnit(key, stop(event).value as QuantityUnit)}
        >
          ${UNITS[resource].map(
            (unit) =>
              html`<option value=${unit} .selected=${unit === draft.unit}>
                ${unitText(locale, unit)}
              </option>`,
          )}
        </select>`;
  return html`<div
    class="field ${error ? 'invalid' : ''}"
    part=${key.replace('_', '-')}
    data-field=${key}
  >
    <label for="${key}-input">${t(locale, roleOf(key))}</label>
    <div class="entry">
      ${input}
      <button
        type="button"
        class="raw-toggle"
        aria-pressed=${draft.raw ? 'true' : 'false'}
        aria-label=${t(locale, 'rawToggle', name)}
        title=${t(locale, 'rawToggleHint', name)}
        ?disabled=${disabled || busy}
        @click=${() => host.toggleRaw(key)}
      >
        ${t(locale, 'raw')}
      </button>
    </div>
    <p id="${key}-reading" class="reading">
      ${
        check.quantity && check.canonical !== undefined
          ? t(locale, 'reading', check.canonical, humanReading(locale, resource, check.quantity))
          : '—'
      }
    </p>
    ${
      field.stored === undefined
        ? nothing
        : html`<p class="hint stored">${t(locale, 'stored', field.stored)}</p>`
    }
    <p
      id="${key}-message"
      class=${error ? 'field-error' : 'field-warning'}
      data-kind=${error ? 'error' : warning ? 'warning' : 'none'}
      aria-live="polite"
    >
      ${error ?? warning ?? nothing}
    </p>
  </div>`;
}
