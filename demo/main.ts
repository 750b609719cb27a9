// The demo console: a tenant list, the panel for the selected tenant, fault injection against the
// embedded simulator, and a live log of the DOM events the elements emit.
import '../src/index.js';
import type { VfOrchPanel } from '../src/elements/orch-panel/orch-panel.js';

declare const __VF_SIMULATOR__: boolean;
const usingSimulator = typeof __VF_SIMULATOR__ === 'undefined' ? true : __VF_SIMULATOR__;

interface TenantSummary {
  tenantId: string;
  mode: string;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const panel = $<VfOrchPanel>('panel');
const tenantList = $<HTMLUListElement>('tenant-list');
const log = $<HTMLOListElement>('event-log');

function selectTenant(tenantId: string): void {
  panel.tenantId = tenantId;
  $('crumb-tenant').textContent = tenantId;
  for (const button of tenantList.querySelectorAll('button')) {
    button.setAttribute('aria-current', String(button.dataset['tenant'] === tenantId));
  }
  const url = new URL(location.href);
  url.searchParams.set('tenant', tenantId);
  history.replaceState(null, '', url);
}

function renderTenants(tenants: TenantSummary[]): void {
  tenantList.replaceChildren(
    ...tenants.map(({ tenantId, mode }) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset['tenant'] = tenantId;
      const name = document.createElement('span');
      name.innerText = tenantId;
      name.className = 'tenant-name';
      const modeLine = document.createElement('span');
      modeLine.className = 'tenant-mode';
      modeLine.innerText = mode;
      name.append(modeLine);
      const badge = document.createElement('vf-orch-status');
      badge.setAttribute('compact', '');
      badge.setAttribute('tenant-id', tenantId);
      button.append(name, badge);
      button.addEventListener('click', () => selectTenant(tenantId));
      item.append(button);
      return item;
    }),
  );
}

async function loadTenants(): Promise<TenantSummary[]> {
  if (!usingSimulator) return [];
  const response = await fetch('/__sim/control/tenants');
  const body = (await response.json()) as { tenants?: unknown } | unknown[];
  const list = (
    Array.isArray(body) ? body : ((body as { tenants?: unknown[] }).tenants ?? [])
  ) as Array<Record<string, unknown>>;
  return list.map((tenant) => ({
    tenantId: String(tenant['tenantId'] ?? tenant['tenant_id'] ?? tenant['id']),
    mode: String(
      tenant['mode'] ?? (tenant['config'] as Record<string, unknown> | undefined)?.['mode'] ?? '',
    ),
  }));
}

// Event log: every vf-* event that reaches the document (they bubble and are composed).
const EVENT_NAMES = [
  'vf-error',
  'vf-auth-required',
  'vf-status-change',
  'vf-deploy-request',
  'vf-deploy-accepted',
  'vf-deploy-settled',
  'vf-drain-request',
  'vf-drain-accepted',
  'vf-drain-settled',
  'vf-scale-request',
  'vf-scale-accepted',
  'vf-scale-settled',
  'vf-autoscale-request',
  'vf-autoscale-saved',
  'vf-resources-request',
  'vf-resources-saved',
  'vf-config-request',
  'vf-config-saved',
] as const;
for (const name of EVENT_NAMES) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    if (name === 'vf-error') item.className = 'error';
    const time = document.createElement('time');
    time.textContent = new Date().toLocaleTimeString();
    const type = document.createElement('span');
    type.className = 'type';
    type.textContent = name;
    const detail = document.createElement('div');
    detail.textContent = JSON.stringify((event as CustomEvent).detail, (key, value) =>
      key === 'snapshot' ? '…' : value,
    );
    item.append(time, type, detail);
    log.prepend(item);
    while (log.children.length > 200) log.lastElementChild?.remove();
  });
}
$('log-clear').addEventListener('click', () => log.replaceChildren());

// Language and theme.
const langSelect = $<HTMLSelectElement>('lang');
langSelect.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
});
const themeSelect = $<HTMLSelectElement>('theme');
themeSelect.addEventListener('change', () => {
  document.documentElement.style.colorScheme = themeSelect.value;
});

// Open any tenant by id (the only way in when proxied to a real server).
$<HTMLFormElement>('tenant-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = $<HTMLInputElement>('tenant-input');
  if (input.value.trim()) selectTenant(input.value.trim());
});

// Fault injection (simulator only).
async function control(method: string, path: string, body?: unknown): Promise<void> {
  await fetch(`/__sim/control/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
$<HTMLFormElement>('fault-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const [kind, value] = $<HTMLSelectElement>('fault-kind').value.split(':');
  const path = $<HTMLSelectElement>('fault-path').value || undefined;
  const tenantId =
    $<HTMLSelectElement>('fault-scope').value === 'tenant' ? panel.tenantId : undefined;
  const fault: Record<string, unknown> = { kind, path, tenantId };
  if (kind === 'status') {
    fault['status'] = Number(value);
    fault['body'] = value === '404' ? '404 page not found' : `Simulated failure (${value})`;
  }
  if (kind === 'latency') fault['latencyMs'] = Number(value);
  if ($<HTMLInputElement>('fault-once').checked) fault['times'] = 1;
  // "Status reads" are both routes: the kit reads /detailed_status when a detailed view is open.
  const paths = path === '/status' ? ['/status', '/detailed_status'] : [path];
  for (const each of paths) await control('POST', 'faults', { ...fault, path: each });
});
$('fault-clear').addEventListener('click', () => control('DELETE', 'faults'));
$<HTMLInputElement>('quirks').addEventListener('change', (event) =>
  control('PUT', 'quirks', { enabled: (event.target as HTMLInputElement).checked }),
);
$('reset').addEventListener('click', async () => {
  await control('POST', 'reset');
  location.reload();
});

async function start(): Promise<void> {
  $('backend').textContent = usingSimulator ? 'Simulator' : 'Live server (proxied)';
  if (!usingSimulator) $('faults').hidden = true;
  const tenants = await loadTenants().catch(() => []);
  renderTenants(tenants);
  const requested = new URL(location.href).searchParams.get('tenant');
  const first =
    requested ??
    tenants.find((tenant) => tenant.mode === 'dedicated')?.tenantId ??
    tenants[0]?.tenantId;
  if (first) selectTenant(first);
}
void start();
