import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TenantOrchestratorConfig } from '../../client/index.js';
import { translate, type Locale } from '../../internal/localize.js';
import type { DomainProblem, NamespaceProblem } from './config-validation.js';
import { configMessages } from './orch-config.messages.js';

/** Render helpers of `<vf-orch-config>`: the element holds the state, these only draw it. */

const KNOWN_MODES = ['shared', 'dedicated'] as const;

/** Autoscaling target 0 from the server means "default", which the server applies as 70 %. */
const DEFAULT_TARGET_CPU = 70;

export function namespaceMessage(locale: Locale, problem: NamespaceProblem): string {
  switch (problem.kind) {
    case 'tooLong':
      return translate(configMessages, locale, 'namespaceTooLong', problem.length);
    case 'uppercase':
      return translate(configMessages, locale, 'namespaceUppercase');
    case 'character':
      return translate(configMessages, locale, 'namespaceCharacter', problem.character);
    case 'edge':
      return translate(configMessages, locale, 'namespaceEdge');
  }
}

export function domainMessage(
  locale: Locale,
  problem: DomainProblem | 'pending',
  domain: string,
): string {
  switch (problem) {
    case 'empty':
      return translate(configMessages, locale, 'domainEmpty');
    case 'notHost':
      return translate(configMessages, locale, 'domainNotHost');
    case 'invalid':
      return translate(configMessages, locale, 'domainInvalid', domain);
    case 'duplicate':
      return translate(configMessages, locale, 'domainDuplicate', domain);
    case 'pending':
      return translate(configMessages, locale, 'domainPending');
  }
}

export function renderMode(
  locale: Locale,
  mode: string,
  onSelect: (mode: string) => void,
): TemplateResult {
  const label = { shared: 'modeShared', dedicated: 'modeDedicated' } as const;
  const hint = { shared: 'modeSharedHint', dedicated: 'modeDedicatedHint' } as const;
  const known = (KNOWN_MODES as readonly string[]).includes(mode);
  // Native radios: one tab stop, arrow keys move and select, the group is named by the legend.
  return html`<fieldset part="mode" class="mode">
    <legend>${translate(configMessages, locale, 'modeLegend')}</legend>
    ${KNOWN_MODES.map(
      (value) =>
        html`<label class="choice">
          <input
            type="radio"
            name="mode"
            value=${value}
            .checked=${live(mode === value)}
            aria-describedby=${`mode-${value}-hint`}
            @change=${() => onSelect(value)}
          />
          <span>
            <span class="choice-label">${translate(configMessages, locale, label[value])}</span>
            <span class="hint" id=${`mode-${value}-hint`}
              >${translate(configMessages, locale, hint[value])}</span
            >
          </span>
        </label>`,
    )}
    ${
      known
        ? nothing
        : html`<p class="field-warning">
            ${translate(configMessages, locale, 'modeUnknown', mode)}
          </p>`
    }
  </fieldset>`;
}

export interface NamespaceView {
  value: string;
  placeholder: string;
  /** The problem to show (only once the field was left or a save was tried). */
  problem: NamespaceProblem | null;
  onInput: (value: string) => void;
  onChange: () => void;
}

export function renderNamespace(locale: Locale, view: NamespaceView): TemplateResult {
  const { problem } = view;
  return html`<div class="field">
    <label for="namespace">${translate(configMessages, locale, 'namespaceLabel')}</label>
    <input
      id="namespace"
      part="namespace-input"
      class="mono"
      autocomplete="off"
      autocapitalize="none"
      spellcheck="false"
      maxlength="253"
      placeholder=${view.placeholder}
      .value=${live(view.value)}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${problem ? 'namespace-error namespace-hint' : 'namespace-hint'}
      @input=${(event: Event) => view.onInput((event.target as HTMLInputElement).value)}
      @change=${view.onChange}
    />
    ${
      problem
        ? html`<p class="field-error" id="namespace-error">${namespaceMessage(locale, problem)}</p>`
        : nothing
    }
    <p class="hint" id="namespace-hint">
      ${translate(configMessages, locale, 'namespaceHint', view.placeholder)}
    </p>
  </div>`;
}

export interface DomainsView {
  domains: readonly string[];
  text: string;
  problem: DomainProblem | 'pending' | null;
  onText: (value: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

export function renderDomains(locale: Locale, view: DomainsView): TemplateResult {
  const t = (key: 'domainsLegend' | 'domainsHint' | 'domainsEmpty' | 'removeDomain') =>
    translate(configMessages, locale, key);
  const onKeydown = (event: KeyboardEvent): void => {
    // Enter adds the domain (and never submits a surrounding host form).
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    view.onAdd();
  };
  const problem = view.problem;
  return html`<fieldset part="domains" class="domains" aria-describedby="domains-hint">
    <legend>${t('domainsLegend')}</legend>
    <p class="hint" id="domains-hint">${t('domainsHint')}</p>
    ${
      view.domains.length === 0
        ? html`<p class="empty">${t('domainsEmpty')}</p>`
        : html`<ul class="domain-list">
            ${view.domains.map(
              (domain, index) =>
                html`<li>
                  <span class="mono">${domain}</span>
                  <button
                    type="button"
                    class="remove"
                    part="remove-domain-button"
                    data-index=${index}
                    @click=${() => view.onRemove(index)}
                  >
                    ${t('removeDomain')}<span class="visually-hidden"> ${domain}</span>
                  </button>
                </li>`,
            )}
          </ul>`
    }
    <div class="add-row">
      <label for="domain-input">${translate(configMessages, locale, 'domainInputLabel')}</label>
      <input
        id="domain-input"
        part="domain-input"
        class="mono"
        inputmode="url"
        autocomplete="off"
        autocapitalize="none"
        spellcheck="false"
        placeholder="shop.example.com"
        .value=${live(view.text)}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? 'domain-error' : nothing}
        @input=${(event: Event) => view.onText((event.target as HTMLInputElement).value)}
        @keydown=${onKeydown}
      />
      <button type="button" part="add-domain-button" @click=${view.onAdd}>
        ${translate(configMessages, locale, 'addDomain')}
      </button>
    </div>
    ${
      problem
        ? html`<p class="field-error" id="domain-error">
            ${domainMessage(locale, problem, view.text.trim().toLowerCase())}
          </p>`
        : nothing
    }
  </fieldset>`;
}

export interface SummaryLinks {
  autoscaleHref: string | undefined;
  resourcesHref: string | undefined;
}

/** Read-only: autoscaling and resources have their own editors, which the host can link to. */
export function renderSummary(
  locale: Locale,
  config: TenantOrchestratorConfig,
  links: SummaryLinks,
): TemplateResult {
  const limits = config.resource_limits;
  const target = config.target_cpu_utilization || DEFAULT_TARGET_CPU;
  const autoscaling = config.autoscaling_enabled
    ? translate(
        configMessages,
        locale,
        'autoscalingOn',
        config.min_replicas,
        config.max_replicas,
        target,
      )
    : translate(configMessages, locale, 'autoscalingOff');
  const link = (href: string | undefined, key: 'editAutoscaling' | 'editResources') =>
    href
      ? html`<a part="summary-link" href=${href}>${translate(configMessages, locale, key)}</a>`
      : nothing;
  return html`<section part="summary" class="summary" aria-labelledby="summary-heading">
    <h3 id="summary-heading">${translate(configMessages, locale, 'summaryHeading')}</h3>
    <dl>
      <div>
        <dt>${translate(configMessages, locale, 'autoscaling')}</dt>
        <dd data-field="autoscaling">
          ${autoscaling} ${link(links.autoscaleHref, 'editAutoscaling')}
        </dd>
      </div>
      <div>
        <dt>${translate(configMessages, locale, 'cpu')}</dt>
        <dd class="mono" data-field="cpu">
          ${translate(configMessages, locale, 'requestLimit', limits.cpu_request, limits.cpu_limit)}
        </dd>
      </div>
      <div>
        <dt>${translate(configMessages, locale, 'memory')}</dt>
        <dd data-field="memory">
          <span class="mono"
            >${translate(
              configMessages,
              locale,
              'requestLimit',
              limits.memory_request,
              limits.memory_limit,
            )}</span
          >
          ${link(links.resourcesHref, 'editResources')}
        </dd>
      </div>
    </dl>
  </section>`;
}

export interface DialogView {
  tenantId: string;
  namespace: string;
  onConfirm: () => void;
  onCancel: () => void;
  onClose: () => void;
}

/** The dedicated → shared warning: a native modal dialog (Escape closes it as a cancel). */
export function renderDialog(locale: Locale, view: DialogView): TemplateResult {
  return html`<dialog
    part="dialog"
    aria-labelledby="dialog-title"
    aria-describedby="dialog-text"
    @close=${view.onClose}
  >
    <h2 id="dialog-title">${translate(configMessages, locale, 'dialogTitle')}</h2>
    <p id="dialog-text">
      ${translate(configMessages, locale, 'dialogText', view.tenantId, view.namespace)}
    </p>
    <div class="actions">
      <button type="button" class="cancel" autofocus @click=${view.onCancel}>
        ${translate(configMessages, locale, 'dialogCancel')}
      </button>
      <button type="button" class="danger confirm" @click=${view.onConfirm}>
        ${translate(configMessages, locale, 'dialogConfirm')}
      </button>
    </div>
  </dialog>`;
}
