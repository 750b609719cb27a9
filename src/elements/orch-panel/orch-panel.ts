import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { translate } from '../../internal/localize.js';
import { commonMessages } from '../../internal/messages.js';
import { VfElement } from '../../internal/vf-element.js';
import '../autoscale-form/define.js';
import '../orch-actions/define.js';
import '../orch-config/define.js';
import '../orch-status/define.js';
import '../resource-editor/define.js';
import '../scale-control/define.js';
import { panelMessages } from './orch-panel.messages.js';
import { styles } from './orch-panel.styles.js';

export const PANEL_TABS = ['status', 'lifecycle', 'scaling', 'resources', 'configuration'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/**
 * The whole tenant console in one tag: a header with the live status badge and tabs for Status,
 * Lifecycle, Scaling, Resources and Configuration, composed from the kit's elements. They share
 * one client, so one status poll serves the badge and the open tab.
 *
 * @tag vf-orch-panel
 * @summary A complete console for one tenant.
 *
 * @fires {{ tenantId: string; operation: string; error: object }} vf-error - From the elements inside (they bubble out of the panel).
 *
 * @csspart header - The title bar with the status badge.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart tabpanel - The open section.
 *
 * @cssprop --vf-color-primary - Colour of the selected tab's underline.
 * @cssprop --vf-color-surface - Background.
 * @cssprop --vf-color-border - Borders and separators.
 * @cssprop --vf-radius - Corner radius.
 */
export class VfOrchPanel extends VfElement {
  static override styles = styles;

  /** The open section: `status`, `lifecycle`, `scaling`, `resources` or `configuration`. */
  @property({ reflect: true }) tab: PanelTab = 'status';

  private selectTab(tab: PanelTab, focus: boolean): void {
    this.tab = tab;
    if (focus) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus(),
      );
    }
  }

  /** A click on the configuration summary's `#scaling` / `#resources` link opens that tab. */
  private readonly onSummaryLinkClick = (event: MouseEvent): void => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const tab = link?.getAttribute('href')?.slice(1) as PanelTab | undefined;
    if (!tab || !PANEL_TABS.includes(tab)) return;
    event.preventDefault();
    this.selectTab(tab, true);
  };

  /** Arrow keys, Home and End move between tabs (ARIA tabs pattern, automatic activation). */
  private onTabKeydown(event: KeyboardEvent): void {
    const index = PANEL_TABS.indexOf(this.tab);
    const last = PANEL_TABS.length - 1;
    const next: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    this.selectTab(PANEL_TABS[next[event.key]!]!, true);
  }

  protected override render(): TemplateResult {
    const tenantId = this.resolvedTenantId;
    const locale = this.locale;
    if (!tenantId) {
      return html`<div class="notice">${translate(commonMessages, locale, 'noTenant')}</div>`;
    }
    const current = PANEL_TABS.includes(this.tab) ? this.tab : 'status';
    const lang = this.lang || undefined;
    return html`<div class="panel">
      <header part="header">
        <h2>${translate(panelMessages, locale, 'title', tenantId)}</h2>
        <vf-orch-status
          compact
          .client=${this.client}
          tenant-id=${tenantId}
          lang=${ifDefined(lang)}
        ></vf-orch-status>
      </header>
      <div
        role="tablist"
        part="tabs"
        aria-label=${translate(panelMessages, locale, 'tabs')}
        @keydown=${this.onTabKeydown}
      >
        ${PANEL_TABS.map(
          (tab) =>
            html`<button
              type="button"
              role="tab"
              part="tab"
              id="tab-${tab}"
              aria-selected=${tab === current ? 'true' : 'false'}
              aria-controls="panel-${tab}"
              tabindex=${tab === current ? 0 : -1}
              @click=${() => this.selectTab(tab, false)}
            >
              ${translate(panelMessages, locale, `tab_${tab}`)}
            </button>`,
        )}
      </div>
      <div
        role="tabpanel"
        part="tabpanel"
        id="panel-${current}"
        aria-labelledby="tab-${current}"
        tabindex="0"
      >
        ${this.renderSection(current, tenantId, lang)}
      </div>
    </div>`;
  }

  /** Only the open section is rendered, so hidden sections make no requests. */
  private renderSection(
    tab: PanelTab,
    tenantId: string,
    lang: string | undefined,
  ): TemplateResult | typeof nothing {
    const client = this.client;
    switch (tab) {
      case 'status':
        return html`<vf-orch-status
          detailed
          .client=${client}
          tenant-id=${tenantId}
          lang=${ifDefined(lang)}
        ></vf-orch-status>`;
      case 'lifecycle':
        return html`<vf-orch-actions
            .client=${client}
            tenant-id=${tenantId}
            lang=${ifDefined(lang)}
          ></vf-orch-actions>
          <vf-orch-status
            .client=${client}
            tenant-id=${tenantId}
            lang=${ifDefined(lang)}
          ></vf-orch-status>`;
      case 'scaling':
        return html`<vf-scale-control
            .client=${client}
            tenant-id=${tenantId}
            lang=${ifDefined(lang)}
          ></vf-scale-control>
          <vf-autoscale-form
            .client=${client}
            tenant-id=${tenantId}
            lang=${ifDefined(lang)}
          ></vf-autoscale-form>`;
      case 'resources':
        return html`<vf-resource-editor
          .client=${client}
          tenant-id=${tenantId}
          lang=${ifDefined(lang)}
        ></vf-resource-editor>`;
      case 'configuration':
        // The configuration summary links to the editors: here they are the panel's own tabs.
        return html`<vf-orch-config
          .client=${client}
          tenant-id=${tenantId}
          lang=${ifDefined(lang)}
          autoscale-href="#scaling"
          resources-href="#resources"
          @click=${this.onSummaryLinkClick}
        ></vf-orch-config>`;
    }
  }
}
