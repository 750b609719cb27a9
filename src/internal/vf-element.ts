import { ContextRoot, consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toErrorDetail, type OrchestrationClient } from '../client/index.js';
import { getDefaultClient, getDefaultTenantId, onDefaultsChange } from '../context/configure.js';
import { orchestrationContext, type OrchestrationContextValue } from '../context/context.js';
import type { VfEventDetails, VfEventName } from './events.js';
import { matchLocale, resolveLang, type Locale } from './localize.js';

let contextRootAttached = false;
let documentLangObserver: MutationObserver | undefined;
const langListeners = new Set<VfElement>();

/**
 * A `ContextRoot` on the document replays context requests of elements that upgraded before their
 * `<vf-orch-provider>` did. Attached on the first connect, never at import (SSR-safe).
 */
function attachContextRoot(element: Element): void {
  if (contextRootAttached) return;
  contextRootAttached = true;
  new ContextRoot().attach(element.ownerDocument.documentElement);
}

/** One observer for `<html lang>` shared by every element on the page. */
function watchDocumentLang(element: VfElement): void {
  langListeners.add(element);
  if (documentLangObserver) return;
  documentLangObserver = new MutationObserver(() => {
    for (const listener of langListeners) listener.requestUpdate();
  });
  documentLangObserver.observe(element.ownerDocument.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}

function unwatchDocumentLang(element: VfElement): void {
  langListeners.delete(element);
  if (langListeners.size === 0) {
    documentLangObserver?.disconnect();
    documentLangObserver = undefined;
  }
}

/**
 * Base class of every `vf-*` element: typed events, guarded registration, and resolution of the
 * shared client, the tenant and the language.
 */
export class VfElement extends LitElement {
  /**
   * Registers the element under `tag`. Loading the kit twice (a bundle plus an npm copy, or a
   * page that re-runs its scripts) must not throw "already been used with this registry".
   */
  static define(tag: string): void {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tag);
    if (!existing) {
      registry.define(tag, this);
    } else if (existing !== this) {
      console.warn(
        `<${tag}> is already defined by another copy of the kit; keeping the first one.`,
      );
    }
  }

  /** The client to use, overriding the provider's and the page default. */
  @property({ attribute: false }) client: OrchestrationClient | undefined;

  /** The tenant this element works on; inherited from `<vf-orch-provider>` when absent. */
  @property({ attribute: 'tenant-id', reflect: true }) tenantId: string | undefined;

  /**
   * `en` (default) or `pt-BR` (any `pt-*` tag); inherited from ancestors and the document when
   * absent. No default value: an empty `lang` attribute would stop the inheritance.
   */
  @property({ reflect: true }) override lang!: string;

  @consume({ context: orchestrationContext, subscribe: true })
  @state()
  protected provided: OrchestrationContextValue | undefined;

  private unsubscribeDefaults: (() => void) | undefined;

  override connectedCallback(): void {
    this.cachedLocale = undefined; // a new place in the document may have another `lang`
    attachContextRoot(this);
    super.connectedCallback();
    watchDocumentLang(this);
    this.unsubscribeDefaults = onDefaultsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchDocumentLang(this);
    this.unsubscribeDefaults?.();
    this.unsubscribeDefaults = undefined;
  }

  /** Own `.client` → nearest provider → `configureOrchestration()` → a same-origin default. */
  get resolvedClient(): OrchestrationClient {
    return this.client ?? this.provided?.client ?? getDefaultClient();
  }

  /** Own `tenant-id` → nearest provider → page default; `undefined` when none is set. */
  get resolvedTenantId(): string | undefined {
    return this.tenantId || this.provided?.tenantId || getDefaultTenantId() || undefined;
  }

  private cachedLocale: Locale | undefined;

  /** The locale for this element's text (resolved once per update: it walks the ancestors). */
  get locale(): Locale {
    // The property first: during a render the reflected attribute is not written yet.
    this.cachedLocale ??= matchLocale(this.lang || resolveLang(this));
    return this.cachedLocale;
  }

  /** Every update starts from a fresh locale: `lang` changes on the page request updates. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.cachedLocale = undefined;
    return super.scheduleUpdate();
  }

  /**
   * Dispatches a `vf-*` event that bubbles and crosses shadow roots. Returns `false` when a
   * listener called `preventDefault()` on a cancelable event.
   */
  protected emit<K extends VfEventName>(
    name: K,
    detail: VfEventDetails[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    const event = new CustomEvent(name, {
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
      detail,
    });
    return this.dispatchEvent(event);
  }

  /** Fires `vf-error` for a failed operation (aborts are not errors and are not reported). */
  protected emitError(operation: string, error: unknown): void {
    this.emit('vf-error', {
      tenantId: this.resolvedTenantId ?? '',
      operation,
      error: toErrorDetail(error),
    });
  }
}
