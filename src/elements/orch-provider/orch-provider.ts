import { provide } from '@lit/context';
import { css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createOrchestrationClient, type OrchestrationClient } from '../../client/index.js';
import { orchestrationContext, type OrchestrationContextValue } from '../../context/context.js';
import { VfElement } from '../../internal/vf-element.js';

/**
 * Shares one orchestration client (and a default tenant) with every `vf-*` element inside it.
 * It renders its children only.
 *
 * @tag vf-orch-provider
 * @summary Shares one client and a default tenant with the elements inside it.
 *
 * @slot - The elements that use this provider's client and tenant.
 *
 * @fires {{ status: number; message: string }} vf-auth-required - The server answered 401: sign-in
 * is needed. Fired once per wave of 401 answers, not once per element.
 */
export class VfOrchProvider extends VfElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Origin and path prefix of the VeloFlux server (`""` for same origin). */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** `same-origin` (default) or `include`, to send the `auth_token` cookie to another origin. */
  @property() credentials: RequestCredentials = 'same-origin';

  /** A bearer token, or a function returning one (called per request, so refreshed tokens are used). */
  @property({ attribute: false }) token:
    string | null | (() => string | null | undefined | Promise<string | null | undefined>) = null;

  @provide({ context: orchestrationContext })
  @state()
  protected contextValue: OrchestrationContextValue | undefined;

  private ownClient: OrchestrationClient | undefined;
  private ownClientKey = '';
  private watchedClient: OrchestrationClient | undefined;

  private readonly onAuthRequired = (event: Event): void => {
    const detail = (event as CustomEvent<{ error?: { status?: number; message?: string } }>).detail;
    this.emit('vf-auth-required', {
      status: detail?.error?.status ?? 401,
      message: detail?.error?.message ?? '',
    });
  };

  /** The client this provider shares: its `.client` property, or one built from its attributes. */
  get providedClient(): OrchestrationClient {
    if (this.client) return this.client;
    const key = `${this.baseUrl}|${this.credentials}`;
    if (!this.ownClient || key !== this.ownClientKey) {
      this.ownClientKey = key;
      this.ownClient = createOrchestrationClient({
        baseUrl: this.baseUrl,
        credentials: this.credentials,
        token: () => (typeof this.token === 'function' ? this.token() : this.token),
      });
    }
    return this.ownClient;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateContext();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watchClient(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('client') ||
      changed.has('baseUrl') ||
      changed.has('credentials') ||
      changed.has('tenantId')
    ) {
      this.updateContext();
    }
  }

  private updateContext(): void {
    const client = this.providedClient;
    // A provider nested in another inherits the outer tenant when it sets none of its own.
    const tenantId = this.tenantId || this.provided?.tenantId || undefined;
    if (this.contextValue?.client !== client || this.contextValue?.tenantId !== tenantId) {
      this.contextValue = { client, tenantId };
    }
    this.watchClient(client);
  }

  private watchClient(client: OrchestrationClient | undefined): void {
    if (this.watchedClient === client) return;
    this.watchedClient?.removeEventListener('auth-required', this.onAuthRequired);
    this.watchedClient = client;
    client?.addEventListener('auth-required', this.onAuthRequired);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
