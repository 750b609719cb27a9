import { html, nothing, type TemplateResult } from 'lit';
import type { DetailedDeploymentStatus } from '../../client/index.js';
import { formatAge, parseTimestamp } from '../../internal/clock-controller.js';
import { translate, type Locale } from '../../internal/localize.js';
import { statusMessages } from './orch-status.messages.js';

type Key = keyof typeof statusMessages.en;

function table(
  locale: Locale,
  caption: Key,
  empty: Key,
  headers: Key[],
  rows: TemplateResult[],
  part: string,
): TemplateResult {
  const t = (key: Key) => translate(statusMessages, locale, key as 'mode');
  return html`<section class="detail" part=${part}>
    <h3>${t(caption)}</h3>
    ${
      rows.length === 0
        ? html`<p class="hint empty">${t(empty)}</p>`
        : html`<div class="table-scroll">
            <table>
              <thead>
                <tr>
                  ${headers.map((header) => html`<th scope="col">${t(header)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}

function age(locale: Locale, timestamp: string | undefined, now: number): string {
  const ms = parseTimestamp(timestamp);
  return ms === null ? '—' : formatAge(locale, ms, now);
}

function meter(label: string, percent: number | undefined, part: string): TemplateResult {
  const value = Math.max(0, Math.min(100, Math.round(percent ?? 0)));
  return html`<div class="meter" part=${part}>
    <span>${label}</span>
    <div
      class="bar"
      role="meter"
      aria-label=${label}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${value}
    >
      <div class="fill ${value >= 85 ? 'hot' : ''}" style="width:${value}%"></div>
    </div>
    <span class="figure">${value}%</span>
  </div>`;
}

/** Conditions, events, pods and CPU/memory meters of a detailed status, each with an empty state. */
export function renderDetails(
  locale: Locale,
  status: DetailedDeploymentStatus,
  now: number,
): TemplateResult {
  const t = (key: Key) => translate(statusMessages, locale, key as 'mode');
  const conditions = status.conditions ?? [];
  const events = [...(status.events ?? [])].sort(
    (a, b) => (parseTimestamp(b.last_seen) ?? 0) - (parseTimestamp(a.last_seen) ?? 0),
  );
  const pods = status.pods ?? [];
  return html`
    <section class="detail" part="metrics">
      <h3>${t('metrics')}</h3>
      ${meter(t('cpu'), status.metrics?.cpu_utilization, 'cpu-meter')}
      ${meter(t('memory'), status.metrics?.memory_utilization, 'memory-meter')}
    </section>
    ${table(
      locale,
      'conditions',
      'noConditions',
      ['colType', 'colStatus', 'colReason', 'colMessage'],
      conditions.map(
        (condition) =>
          html`<tr>
            <td>${condition.type}</td>
            <td>
              <span class="chip ${condition.status === 'True' ? 'ok' : 'off'}"
                >${condition.status}</span
              >
            </td>
            <td>${condition.reason ?? ''}</td>
            <td>${condition.message ?? ''}</td>
          </tr>`,
      ),
      'conditions',
    )}
    ${table(
      locale,
      'events',
      'noEvents',
      ['colType', 'colReason', 'colMessage', 'colCount', 'colLastSeen'],
      events.map(
        (event) =>
          html`<tr class=${event.type === 'Warning' ? 'warning' : ''}>
            <td>${event.type}</td>
            <td>${event.reason}</td>
            <td>${event.message}</td>
            <td>${event.count}</td>
            <td>${age(locale, event.last_seen, now)}</td>
          </tr>`,
      ),
      'events',
    )}
    ${table(
      locale,
      'pods',
      'noPods',
      ['colName', 'colPhase', 'colReady', 'colRestarts', 'colNode', 'colAge'],
      pods.map((pod) => {
        const containers = pod.containers ?? [];
        const ready = containers.filter((container) => container.ready).length;
        const restarts = containers.reduce((sum, container) => sum + container.restart_count, 0);
        return html`<tr>
          <td class="mono">${pod.name}</td>
          <td>${pod.status}</td>
          <td>${ready}/${containers.length}</td>
          <td>${restarts}</td>
          <td>${pod.node_name ?? nothing}</td>
          <td>${age(locale, pod.creation_time, now)}</td>
        </tr>`;
      }),
      'pods',
    )}
  `;
}
