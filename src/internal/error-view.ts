import { html, nothing, type TemplateResult } from 'lit';
import { isAbortError, type OrchestrationError } from '../client/index.js';
import { translate, type Locale } from './localize.js';
import { commonMessages } from './messages.js';

type ErrorKey = keyof typeof commonMessages.en & `err_${string}`;

/** A person-readable sentence for an error code, in the element's locale. */
export function describeError(locale: Locale, error: unknown): string {
  const code = (error as Partial<OrchestrationError> | null)?.code;
  const key = `err_${code ?? 'unknown'}` as ErrorKey;
  return key in commonMessages.en
    ? translate(commonMessages, locale, key)
    : translate(commonMessages, locale, 'err_unknown');
}

/**
 * The friendly error block: a sentence, the server's own text under "Details" (rendered as text,
 * never HTML), and an optional Retry button.
 */
export function renderError(
  locale: Locale,
  error: unknown,
  options: { operation?: string; onRetry?: () => void } = {},
): TemplateResult | typeof nothing {
  if (!error || isAbortError(error)) return nothing;
  const orchestrationError = error as Partial<OrchestrationError>;
  const summary = orchestrationError.stateUnknown
    ? translate(commonMessages, locale, 'stateUnknown', options.operation ?? '')
    : describeError(locale, error);
  const serverText = orchestrationError.message ?? String(error);
  const status = orchestrationError.status ? `HTTP ${orchestrationError.status} · ` : '';
  // One string, not template whitespace: the build minifies whitespace inside templates.
  const details = [`${status}${orchestrationError.code ?? ''}`, serverText]
    .filter(Boolean)
    .join('\n');
  return html`<div class="notice error" role="alert" part="error">
    <div>${summary}</div>
    <details>
      <summary>${translate(commonMessages, locale, 'details')}</summary>
      <pre class="details">${details}</pre>
    </details>
    ${
      options.onRetry
        ? html`<button type="button" part="retry-button" @click=${options.onRetry}>
            ${translate(commonMessages, locale, 'retry')}
          </button>`
        : nothing
    }
  </div>`;
}
