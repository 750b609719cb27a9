import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { TenantSeed } from '../simulator/index.js';
import {
  FAST,
  NEVER_ANSWERS,
  NOT_AVAILABLE,
  SLOW,
  darkFrame,
  elementIn,
  findInShadow,
  langArgType,
  part,
  sessionOf,
  simulator,
  tenantIdArgType,
  textOf,
  waitForText,
  withPatientProvider,
  withProvider,
} from './support/story-kit.js';

interface StatusArgs {
  'tenant-id': string;
  detailed: boolean;
  compact: boolean;
  interval: number;
  lang: string;
}

type Story = StoryObj<StatusArgs>;
type Context = StoryContext<StatusArgs>;

const status = (args: StatusArgs) =>
  html`<vf-orch-status
    tenant-id=${args['tenant-id']}
    ?detailed=${args.detailed}
    ?compact=${args.compact}
    interval=${args.interval}
    lang=${ifDefined(args.lang || undefined)}
  ></vf-orch-status>`;

const meta = {
  title: 'Elements/vf-orch-status',
  component: 'vf-orch-status',
  tags: ['autodocs'],
  args: { 'tenant-id': 'globex', detailed: false, compact: false, interval: 30, lang: 'en' },
  argTypes: { 'tenant-id': tenantIdArgType, lang: langArgType },
  render: (args, context) => withProvider(context, status(args)),
} satisfies Meta<StatusArgs>;

export default meta;

/** The element waits for its first answer, then returns the card. */
async function loadedStatus(canvasElement: HTMLElement, selector = '.card[data-status]') {
  const element = elementIn(canvasElement, 'vf-orch-status');
  await findInShadow(element, selector, SLOW);
  return element;
}

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const element = await loadedStatus(canvasElement);
    await expect(textOf(part(element, 'badge'))).toBe('Ready');
    await expect(textOf(part(element, 'replicas'))).toContain('3/3');
  },
};

/** `detailed` reads `detailed_status`: metrics, conditions, events and pods. */
export const Detailed: Story = {
  args: { detailed: true },
  play: async ({ canvasElement }) => {
    const element = await loadedStatus(canvasElement, '[part~="pods"]');
    await expect(element.shadowRoot!.querySelectorAll('[part~="pods"] tbody tr').length).toBe(3);
    await expect(part(element, 'metrics')).not.toBeNull();
    await expect(textOf(part(element, 'events'))).toContain('ScalingReplicaSet');
  },
};

/** `compact`: the badge only, e.g. in a table row or a header. */
export const Compact: Story = {
  args: { compact: true },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-status');
    await waitFor(() => expect(textOf(element.shadowRoot)).toBe('Ready'), SLOW);
  },
};

/** The skeleton while the first answer is on its way (the server takes minutes here). */
export const Loading: Story = {
  parameters: simulator({ faults: [NEVER_ANSWERS] }),
  render: (args, context) => withPatientProvider(context, status(args)),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-status');
    await findInShadow(element, '[aria-busy="true"]');
    await expect(textOf(part(element, 'badge'))).toBe('Loading status…');
  },
};

/** Every status string the server or the guide uses, plus one the kit has never seen. */
const STATUSES = [
  'ready',
  'running',
  'deploying',
  'updating',
  'scaling',
  'pending',
  'draining',
  'removing',
  'removed',
  'error',
  'failed',
  'stopped',
  'hibernating',
] as const;

const statusTenant = (status: string) => `status-${status}`;

/** A dedicated tenant frozen in `status` (`stuck`: transitions never settle). */
const STATUS_TENANTS: Record<string, TenantSeed> = Object.fromEntries(
  STATUSES.map((status) => [
    statusTenant(status),
    {
      config: { mode: 'dedicated', min_replicas: 3, max_replicas: 6 },
      status: {
        status,
        replicas: 3,
        ready_replicas: ['ready', 'running'].includes(status) ? 3 : status === 'removed' ? 0 : 1,
        ...(status === 'error' || status === 'failed'
          ? { message: 'Back-off pulling image "registry.example.com/veloflux:9.9.9"' }
          : {}),
      },
      stuck: true,
    },
  ]),
);

const everyStatus = (context: Context, compact: boolean, lang: string) =>
  withProvider(
    context,
    html`<div
      style="display:grid; gap:12px; grid-template-columns:repeat(auto-fill, minmax(${
        compact ? '140px' : '320px'
      }, 1fr)); align-items:start"
    >
      ${STATUSES.map(
        (status) =>
          html`<div>
            <code style="display:block; margin-bottom:4px">${status}</code>
            <vf-orch-status
              tenant-id=${statusTenant(status)}
              ?compact=${compact}
              lang=${ifDefined(lang || undefined)}
            ></vf-orch-status>
          </div>`,
      )}
    </div>`,
  );

async function expectEveryStatus(canvasElement: HTMLElement, compact: boolean) {
  const elements = [...canvasElement.querySelectorAll('vf-orch-status')];
  await expect(elements.length).toBe(STATUSES.length);
  for (const [index, element] of elements.entries()) {
    const status = STATUSES[index]!;
    const badge = await findInShadow(element, '[part~="badge"][data-tone]', SLOW);
    if (status === 'hibernating') {
      // Unknown strings: neutral tone, the raw text.
      await expect(badge.dataset['tone']).toBe('neutral');
      await expect(textOf(badge)).toBe('hibernating');
    } else {
      await expect(textOf(badge).toLowerCase()).toBe(status);
    }
    if (!compact) await expect(part(element, 'summary')).not.toBeNull();
  }
}

/** One card per status string; `hibernating` is unknown to the kit and shown raw, neutral. */
export const EveryStatus: Story = {
  parameters: simulator({ tenants: STATUS_TENANTS }),
  render: (args, context) => everyStatus(context, false, args.lang),
  play: ({ canvasElement }) => expectEveryStatus(canvasElement, false),
};

/** The same statuses as compact badges: colour, icon and label, never colour alone. */
export const EveryStatusCompact: Story = {
  parameters: simulator({ tenants: STATUS_TENANTS }),
  render: (args, context) => everyStatus(context, true, args.lang),
  play: ({ canvasElement }) => expectEveryStatus(canvasElement, true),
};

/** `initech` is rolling out its first pods: the badge spins and the bar fills as pods get ready. */
export const Deploying: Story = {
  args: { 'tenant-id': 'initech', detailed: true },
  play: async ({ canvasElement }) => {
    const element = await loadedStatus(canvasElement);
    await expect(textOf(part(element, 'badge'))).toBe('Deploying');
  },
};

/** `umbrella` failed on a resource quota: the server's message and the warning events. */
export const ErrorWithMessage: Story = {
  args: { 'tenant-id': 'umbrella', detailed: true },
  play: async ({ canvasElement }) => {
    const element = await loadedStatus(canvasElement);
    await expect(textOf(part(element, 'badge'))).toBe('Error');
    await expect(textOf(part(element, 'message'))).toContain('exceeded quota');
    await expect(textOf(part(element, 'events'))).toContain('FailedCreate');
    await expect(textOf(part(element, 'pods'))).toContain('No pods.');
  },
};

/** `wayne` has been `scaling` for 12 minutes: the age of the status shows it is stuck. */
export const StuckScaling: Story = {
  args: { 'tenant-id': 'wayne' },
  play: async ({ canvasElement }) => {
    const element = await loadedStatus(canvasElement);
    await expect(textOf(part(element, 'badge'))).toBe('Scaling');
    await expect(textOf(part(element, 'summary'))).toMatch(/12 min/);
  },
};

/** The server has no status for `hooli` yet (a 500, quirk 3): a state, not a crash. */
export const NotDeployed: Story = {
  args: { 'tenant-id': 'hooli' },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-status');
    await findInShadow(element, '[data-state="notDeployed"]', SLOW);
    await waitForText(element, 'Deploy it to start serving traffic');
  },
};

/** Go's `404 page not found` on every path: the server has no orchestration API. */
export const NotAvailable: Story = {
  parameters: simulator({ faults: [NOT_AVAILABLE] }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-status');
    await findInShadow(element, '[data-state="notAvailable"]', SLOW);
    await waitForText(element, 'Orchestration not available');
  },
};

/** A 503 from a proxy (retried three times first): the message, the server text under Details, Retry. */
export const ServiceUnavailable: Story = {
  parameters: simulator({
    faults: [
      {
        kind: 'status',
        status: 503,
        body: 'upstream connect error or disconnect/reset before headers. reset reason: connection failure',
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-status');
    const error = await findInShadow(element, '[part~="error"]', SLOW);
    await expect(textOf(error)).toContain('The server is temporarily unavailable.');
    await expect(textOf(error)).toMatch(/HTTP 503 · unavailable upstream connect error/);
    await expect(part(element, 'retry-button')).not.toBeNull();
  },
};

/** A 200 whose body is not the JSON expected. */
export const InvalidResponse: Story = {
  parameters: simulator({ faults: [{ kind: 'malformed', path: '/status' }] }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-status');
    const error = await findInShadow(element, '[part~="error"]', SLOW);
    await expect(textOf(error)).toContain('could not be read');
  },
};

/** The server wants a bearer token and none is configured: VeloFlux's JSON 401. */
export const Unauthorized: Story = {
  parameters: simulator({ auth: { token: 'secret-token' } }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-status');
    const error = await findInShadow(element, '[part~="error"]', SLOW);
    await expect(textOf(error)).toContain('You are not signed in');
    await expect(textOf(error)).toContain('HTTP 401');
  },
};

/** The token is valid but not for this tenant: 403 `Access denied to tenant`. */
export const Forbidden: Story = {
  parameters: simulator({ faults: [{ kind: 'forbidden' }] }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-status');
    const error = await findInShadow(element, '[part~="error"]', SLOW);
    await expect(textOf(error)).toContain('You do not have access to this tenant.');
    await expect(textOf(error)).toContain('HTTP 403');
  },
};

/** Go's zero time (`0001-01-01T00:00:00Z`) means "unknown": shown as —. */
export const UnknownUpdateTime: Story = {
  parameters: simulator({
    tenants: {
      globex: { status: { status: 'ready', replicas: 3, last_updated: '0001-01-01T00:00:00Z' } },
    },
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedStatus(canvasElement);
    await expect(inTime(element)).toBe('—');
  },
};

function inTime(element: HTMLElement): string {
  return textOf(element.shadowRoot!.querySelector('time'));
}

/**
 * Another console deploys `globex`: a refresh sees `deploying`, the fast poll sees `ready`, and
 * each change fires `vf-status-change` (not the first load).
 */
export const StatusChangeEvents: Story = {
  args: { detailed: false },
  parameters: simulator({ speeds: FAST }),
  play: async (context) => {
    const { canvasElement } = context;
    const element = await loadedStatus(canvasElement);
    const changes: { status: string; previous: string | null }[] = [];
    element.addEventListener('vf-status-change', (event) => changes.push(event.detail));
    const { baseUrl } = sessionOf(context);
    await fetch(`${baseUrl}/api/tenants/globex/orchestration/deploy`, { method: 'POST' });
    (element as HTMLElement & { refresh(): void }).refresh();
    // A deployed dedicated tenant rolls out again: `updating`, then `ready`.
    await waitFor(
      () => expect(changes.map((change) => change.status)).toEqual(['updating', 'ready']),
      SLOW,
    );
    await expect(changes[0]!.previous).toBe('ready');
    await expect(changes[1]!.previous).toBe('updating');
  },
};

/** `color-scheme: dark` on an ancestor. */
export const DarkScheme: Story = {
  args: { detailed: true },
  render: (args, context) => darkFrame(withProvider(context, status(args))),
  play: async ({ canvasElement }) => {
    await loadedStatus(canvasElement);
  },
};

/** `lang="pt-BR"`: labels, ages and numbers in Brazilian Portuguese. */
export const PortugueseBR: Story = {
  args: { lang: 'pt-BR', detailed: true },
  play: async ({ canvasElement }) => {
    const element = await loadedStatus(canvasElement);
    await expect(textOf(part(element, 'badge'))).toBe('Pronto');
    await waitForText(element, 'Réplicas');
  },
};
