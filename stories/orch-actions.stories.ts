import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  FAST,
  NEVER_ANSWERS,
  NOT_AVAILABLE,
  SLOW,
  darkFrame,
  elementIn,
  findInShadow,
  langArgType,
  nextEvent,
  part,
  sent,
  sessionOf,
  simulator,
  tenantIdArgType,
  textOf,
  waitForText,
  withPatientProvider,
  withProvider,
} from './support/story-kit.js';

interface ActionsArgs {
  'tenant-id': string;
  timeout: number;
  lang: string;
}

type Story = StoryObj<ActionsArgs>;

const actions = (args: ActionsArgs) =>
  html`<vf-orch-actions
    tenant-id=${args['tenant-id']}
    timeout=${args.timeout}
    lang=${ifDefined(args.lang || undefined)}
  ></vf-orch-actions>`;

/** The buttons next to a live status, as a console shows them. */
const withStatus = (args: ActionsArgs) =>
  html`<div style="display:grid; gap:12px; max-width:640px">
    ${actions(args)}
    <vf-orch-status
      tenant-id=${args['tenant-id']}
      lang=${ifDefined(args.lang || undefined)}
    ></vf-orch-status>
  </div>`;

const meta = {
  title: 'Elements/vf-orch-actions',
  component: 'vf-orch-actions',
  tags: ['autodocs'],
  args: { 'tenant-id': 'globex', timeout: 300, lang: 'en' },
  argTypes: { 'tenant-id': tenantIdArgType, lang: langArgType },
  render: (args, context) => withProvider(context, withStatus(args)),
  // Simulated pods start in about a second, so a deploy or drain settles while you watch.
  parameters: simulator({ speeds: FAST }),
} satisfies Meta<ActionsArgs>;

export default meta;

type Button = HTMLButtonElement;

/** The element once the status it depends on has been read (the reason line left "Checking"). */
async function loadedActions(canvasElement: HTMLElement) {
  const element = elementIn(canvasElement, 'vf-orch-actions');
  await waitFor(() => {
    const reason = textOf(part(element, 'reason'));
    const checking = ['Checking the current status', 'Verificando o status atual'];
    if (!part(element, 'deploy-button') || checking.some((text) => reason.includes(text))) {
      throw new Error('status not read yet');
    }
  }, SLOW);
  return element;
}

const blocked = (button: Element | null) => button?.getAttribute('aria-disabled') === 'true';

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const element = await loadedActions(canvasElement);
    await expect(blocked(part(element, 'deploy-button'))).toBe(false);
    await expect(blocked(part(element, 'drain-button'))).toBe(false);
  },
};

/** Until the status is read, both buttons wait and say why. */
export const Loading: Story = {
  parameters: simulator({ faults: [NEVER_ANSWERS] }),
  render: (args, context) => withPatientProvider(context, actions(args)),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-actions');
    await waitForText(element, 'Checking the current status…');
    await expect(blocked(part(element, 'deploy-button'))).toBe(true);
  },
};

/** `hooli` was never deployed: Deploy creates its instance and follows it until it is ready. */
export const DeployNeverDeployed: Story = {
  args: { 'tenant-id': 'hooli' },
  play: async (context) => {
    const element = await loadedActions(context.canvasElement);
    await expect(blocked(part(element, 'drain-button'))).toBe(true);
    await waitForText(element, 'Deploy the tenant before draining it.');
    const accepted = nextEvent(element, 'vf-deploy-accepted');
    const settled = nextEvent<{ outcome: string }>(element, 'vf-deploy-settled');
    await userEvent.click(part<Button>(element, 'deploy-button')!);
    await accepted;
    await expect((await settled).outcome).toBe('ready');
    const result = await findInShadow(element, '[part~="result"][data-outcome="ready"]');
    await expect(textOf(result)).toContain('Deployment finished: the tenant is ready.');
    await expect(sessionOf(context).simulator.tenant('hooli')?.status?.status).toBe('ready');
  },
};

/** Drain restarts every pod: a confirmation first, then progress until the tenant is ready again. */
export const DrainWithConfirmation: Story = {
  play: async (context) => {
    const element = await loadedActions(context.canvasElement);
    await userEvent.click(part<Button>(element, 'drain-button')!);
    const dialog = part<HTMLDialogElement>(element, 'dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await expect(textOf(dialog)).toContain('restarts all pods');
    const settled = nextEvent<{ outcome: string }>(element, 'vf-drain-settled');
    await userEvent.click(part<Button>(element, 'confirm-button')!);
    await expect((await settled).outcome).toBe('ready');
    await findInShadow(element, '[part~="result"][data-outcome="ready"]');
    await expect(sent(sessionOf(context), 'POST', '/drain').length).toBe(1);
  },
};

/** Cancel in the confirmation sends nothing. */
export const DrainCancelled: Story = {
  play: async (context) => {
    const element = await loadedActions(context.canvasElement);
    await userEvent.click(part<Button>(element, 'drain-button')!);
    const dialog = part<HTMLDialogElement>(element, 'dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await userEvent.click(part<Button>(element, 'cancel-button')!);
    await waitFor(() => expect(dialog.open).toBe(false));
    await expect(sent(sessionOf(context), 'POST', '/drain')).toEqual([]);
  },
};

/** Disabled reason: drain needs a dedicated instance; `acme` runs on the shared one. */
export const DrainSharedTenant: Story = {
  args: { 'tenant-id': 'acme' },
  play: async ({ canvasElement }) => {
    const element = await loadedActions(canvasElement);
    await expect(blocked(part(element, 'drain-button'))).toBe(true);
    await expect(blocked(part(element, 'deploy-button'))).toBe(false);
    await expect(textOf(part(element, 'reason'))).toBe(
      'Drain is only available in dedicated mode.',
    );
  },
};

/** Disabled reason: `initech` is still deploying, so neither button may start another operation. */
export const TransitionRunning: Story = {
  args: { 'tenant-id': 'initech' },
  parameters: simulator({}),
  play: async ({ canvasElement }) => {
    const element = await loadedActions(canvasElement);
    await expect(blocked(part(element, 'deploy-button'))).toBe(true);
    await expect(blocked(part(element, 'drain-button'))).toBe(true);
    await expect(textOf(part(element, 'reason'))).toContain(
      'An operation is already running (Deploying)',
    );
  },
};

export const NotAvailable: Story = {
  parameters: simulator({ faults: [NOT_AVAILABLE] }),
  play: async ({ canvasElement }) => {
    const element = await loadedActions(canvasElement);
    await expect(blocked(part(element, 'deploy-button'))).toBe(true);
    await expect(textOf(part(element, 'reason'))).toContain('Orchestration is not available');
  },
};

/** The server refuses the deploy (500 with its reason): the reason under Details, and Retry. */
export const DeployServerError: Story = {
  parameters: simulator({
    faults: [
      {
        kind: 'status',
        status: 500,
        method: 'POST',
        path: '/deploy',
        body: 'Failed to deploy tenant: deployments.apps "veloflux-globex" is forbidden: exceeded quota: compute-resources',
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedActions(canvasElement);
    const failed = nextEvent<{ error: { status: number } }>(element, 'vf-error');
    await userEvent.click(part<Button>(element, 'deploy-button')!);
    await expect((await failed).error.status).toBe(500);
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('The server failed to complete the request.');
    await expect(textOf(error)).toContain('exceeded quota: compute-resources');
    await expect(part(element, 'retry-button')).not.toBeNull();
  },
};

/** The connection drops after the server applied the deploy: the outcome is unknown (quirk 7). */
export const DeployConnectionDropped: Story = {
  parameters: simulator({
    speeds: FAST,
    faults: [{ kind: 'drop', method: 'POST', path: '/deploy', applyFirst: true, times: 1 }],
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedActions(canvasElement);
    await userEvent.click(part<Button>(element, 'deploy-button')!);
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('its outcome is unknown');
  },
};

/** A rollout that never finishes (`stuck`): after `timeout` seconds the element says so. */
export const DeployTimeout: Story = {
  args: { timeout: 3 },
  parameters: simulator({ speeds: FAST, tenants: { globex: { stuck: true } } }),
  play: async ({ canvasElement }) => {
    const element = await loadedActions(canvasElement);
    const settled = nextEvent<{ outcome: string }>(element, 'vf-deploy-settled');
    await userEvent.click(part<Button>(element, 'deploy-button')!);
    await expect((await settled).outcome).toBe('timeout');
    await waitForText(element, 'It may be stuck');
  },
};

/**
 * `vf-deploy-request` is cancelable: a host that wants its own approval calls `preventDefault()`
 * and nothing is sent.
 */
export const HostApproval: Story = {
  render: (args, context) =>
    withProvider(
      context,
      html`<div
        @vf-deploy-request=${(event: Event) => {
          event.preventDefault();
          const note = (event.currentTarget as HTMLElement).querySelector('output');
          if (note) note.textContent = 'The host page stopped the deploy (preventDefault).';
        }}
      >
        ${actions(args)}
        <output style="display:block; margin-top:8px"></output>
      </div>`,
    ),
  play: async (context) => {
    const element = await loadedActions(context.canvasElement);
    await userEvent.click(part<Button>(element, 'deploy-button')!);
    await waitFor(() =>
      expect(textOf(context.canvasElement.querySelector('output'))).toContain('stopped'),
    );
    await expect(sent(sessionOf(context), 'POST', '/deploy')).toEqual([]);
  },
};

/** No token: the status cannot be read (401), and Deploy fails the same way. */
export const Unauthorized: Story = {
  parameters: simulator({ auth: { token: 'secret-token' } }),
  play: async ({ canvasElement }) => {
    const element = await loadedActions(canvasElement);
    await waitForText(element, 'You are not signed in');
  },
};

/** The token may read the tenant but not deploy it: 403 on the POST. */
export const Forbidden: Story = {
  parameters: simulator({ faults: [{ kind: 'forbidden', method: 'POST' }] }),
  play: async ({ canvasElement }) => {
    const element = await loadedActions(canvasElement);
    await userEvent.click(part<Button>(element, 'deploy-button')!);
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('You do not have access to this tenant.');
    await expect(textOf(error)).toContain('HTTP 403');
  },
};

export const DarkScheme: Story = {
  render: (args, context) => darkFrame(withProvider(context, withStatus(args))),
  play: async ({ canvasElement }) => {
    await loadedActions(canvasElement);
  },
};

/** The drain confirmation in Brazilian Portuguese. */
export const PortugueseBR: Story = {
  args: { lang: 'pt-BR' },
  play: async ({ canvasElement }) => {
    const element = await loadedActions(canvasElement);
    await expect(textOf(part(element, 'deploy-button'))).toBe('Implantar');
    await expect(textOf(part(element, 'drain-button'))).toBe('Drenar');
  },
};
