// The "floor": minimal hand-written Lit elements that show the same status from the same data as
// the kit, with one shared fetch per tenant (like the kit's store) and nothing else: no i18n, no
// error states, no polling, no context, no controllers. Bundled by bench/lib/server.mjs with
// production Lit. What the kit costs beyond this is the price of its features.
import { LitElement, css, html, svg } from 'lit';

let baseUrl = '';
export function setBaseUrl(url) {
  baseUrl = url;
}

/** One read per tenant and kind, shared by every element (first subscriber starts it). */
const reads = new Map();
function watch(tenantId, detailed, listener) {
  const key = `${tenantId}|${detailed}`;
  let read = reads.get(key);
  if (!read) {
    read = { listeners: new Set(), data: null };
    reads.set(key, read);
    const current = read;
    queueMicrotask(() => {
      const path = detailed ? '/detailed_status' : '/status';
      fetch(`${baseUrl}/api/tenants/${encodeURIComponent(tenantId)}/orchestration${path}`)
        .then((response) => response.json())
        .then((data) => {
          current.data = data;
          for (const each of current.listeners) each(data);
        });
    });
  }
  read.listeners.add(listener);
  if (read.data) queueMicrotask(() => listener(read.data));
  return () => read.listeners.delete(listener);
}

const TONES = { ready: 'success', deploying: 'info', scaling: 'info', error: 'danger' };
const LABELS = { ready: 'Ready', deploying: 'Deploying', scaling: 'Scaling', error: 'Error' };
const check = svg`<path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2"/>`;

const badge = (status) =>
  html`<span role="status" aria-label="Status: ${LABELS[status] ?? status}"
    ><span class="badge ${TONES[status] ?? 'neutral'}" part="badge"
      ><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">${check}</svg
      >${LABELS[status] ?? status}</span
    ></span
  >`;

const badgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 8px;
    border-radius: 999px;
    font:
      600 12px/1.4 system-ui,
      sans-serif;
    background: #e7f6ec;
    color: #126b34;
  }
`;

class FloorBase extends LitElement {
  static properties = { tenantId: { attribute: 'tenant-id' }, data: { state: true } };
  detailed = false;
  connectedCallback() {
    super.connectedCallback();
    this.unwatch = watch(this.tenantId, this.detailed, (data) => (this.data = data));
  }
  disconnectedCallback() {
    super.disconnectedCallback();
    this.unwatch?.();
  }
}

/** Same as `<vf-orch-status compact>`: the badge. */
class FloorBadge extends FloorBase {
  static styles = badgeStyles;
  render() {
    return this.data ? badge(this.data.status) : html`<span class="badge">Loading…</span>`;
  }
}
customElements.define('floor-badge', FloorBadge);

const age = (timestamp, now) => {
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) || timestamp.startsWith('0001')
    ? '—'
    : `${Math.round((now - ms) / 60000)} min ago`;
};
const table = (title, headers, rows) =>
  html`<section>
    <h3>${title}</h3>
    <table>
      <thead>
        <tr>
          ${headers.map((h) => html`<th>${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </section>`;
const meter = (label, value) =>
  html`<div class="meter">
    <span>${label}</span>
    <div class="bar" role="meter" aria-valuenow=${value}>
      <div class="fill" style="width:${value}%"></div>
    </div>
    <span>${value}%</span>
  </div>`;

/** Same as `<vf-orch-panel>` on its Status tab: title + badge, five tabs, detailed status card. */
class FloorPanel extends FloorBase {
  detailed = true;
  static styles = [
    badgeStyles,
    css`
      :host {
        display: block;
        font:
          14px/1.5 system-ui,
          sans-serif;
        border: 1px solid #d0d5dd;
        border-radius: 8px;
      }
      header {
        display: flex;
        justify-content: space-between;
        align-items: center;
        padding: 8px 12px;
      }
      h2 {
        font-size: 16px;
        margin: 0;
      }
      [role='tablist'] {
        display: flex;
        gap: 4px;
        border-bottom: 1px solid #d0d5dd;
      }
      button {
        font: inherit;
        border: 0;
        background: none;
        padding: 6px 10px;
      }
      button[aria-selected='true'] {
        border-bottom: 2px solid #2563eb;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
        gap: 8px;
      }
      dd {
        margin: 0;
      }
      .bar {
        height: 6px;
        background: #eee;
        border-radius: 3px;
      }
      .fill {
        height: 100%;
        background: #16a34a;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: 4px;
        border-bottom: 1px solid #eee;
      }
    `,
  ];
  render() {
    const s = this.data;
    const tabs = ['Status', 'Lifecycle', 'Scaling', 'Resources', 'Configuration'];
    const now = Date.now();
    return html`<header>
        <h2>Tenant ${this.tenantId}</h2>
        ${s ? badge(s.status) : 'Loading…'}
      </header>
      <div role="tablist">
        ${tabs.map((tab, i) => html`<button role="tab" aria-selected=${i === 0}>${tab}</button>`)}
      </div>
      <div role="tabpanel">
        ${
          s
            ? html`<div class="card" data-status=${s.status}>
                <dl>
                  <div>
                    <dt>Mode</dt>
                    <dd>${s.mode}</dd>
                  </div>
                  <div>
                    <dt>Namespace</dt>
                    <dd>${s.namespace}</dd>
                  </div>
                  <div>
                    <dt>Version</dt>
                    <dd>${s.version}</dd>
                  </div>
                  <div>
                    <dt>Replicas</dt>
                    <dd>
                      ${s.ready_replicas}/${s.replicas}
                      <div class="bar">
                        <div
                          class="fill"
                          style="width:${Math.round((100 * s.ready_replicas) / s.replicas)}%"
                        ></div>
                      </div>
                    </dd>
                  </div>
                  <div>
                    <dt>Updated</dt>
                    <dd>${age(s.last_updated, now)}</dd>
                  </div>
                  <div>
                    <dt>Last refresh</dt>
                    <dd>${new Date(now).toLocaleTimeString()}</dd>
                  </div>
                </dl>
                ${s.message ? html`<p>${s.message}</p>` : ''}
                <section>
                  <h3>Metrics</h3>
                  ${meter('CPU', s.metrics?.cpu_utilization ?? 0)}${meter('Memory', s.metrics?.memory_utilization ?? 0)}
                </section>
                ${table(
                  'Conditions',
                  ['Type', 'Status', 'Reason', 'Message'],
                  (s.conditions ?? []).map(
                    (c) =>
                      html`<tr>
                        <td>${c.type}</td>
                        <td>${c.status}</td>
                        <td>${c.reason}</td>
                        <td>${c.message}</td>
                      </tr>`,
                  ),
                )}
                ${table(
                  'Events',
                  ['Type', 'Reason', 'Message', 'Count', 'Last seen'],
                  (s.events ?? []).map(
                    (e) =>
                      html`<tr>
                        <td>${e.type}</td>
                        <td>${e.reason}</td>
                        <td>${e.message}</td>
                        <td>${e.count}</td>
                        <td>${age(e.last_seen, now)}</td>
                      </tr>`,
                  ),
                )}
                ${table(
                  'Pods',
                  ['Name', 'Phase', 'Ready', 'Restarts', 'Node', 'Age'],
                  (s.pods ?? []).map(
                    (p) =>
                      html`<tr>
                        <td>${p.name}</td>
                        <td>${p.status}</td>
                        <td>
                          ${p.containers.filter((c) => c.ready).length}/${p.containers.length}
                        </td>
                        <td>${p.containers.reduce((n, c) => n + c.restart_count, 0)}</td>
                        <td>${p.node_name}</td>
                        <td>${age(p.creation_time, now)}</td>
                      </tr>`,
                  ),
                )}
              </div>`
            : html`<div class="card">Loading…</div>`
        }
      </div>`;
  }
}
customElements.define('floor-panel', FloorPanel);

/** Same job as the `+` of `<vf-scale-control>`: a stepper whose draft starts at the replicas. */
class FloorStepper extends FloorBase {
  static properties = { draft: { state: true } };
  render() {
    const value = this.draft ?? this.data?.replicas ?? '';
    return html`<button part="decrement" @click=${() => (this.draft = Number(value) - 1)}>−</button>
      <input part="input" type="number" .value=${String(value)} />
      <button part="increment" @click=${() => (this.draft = Number(value) + 1)}>+</button>`;
  }
}
customElements.define('floor-stepper', FloorStepper);
