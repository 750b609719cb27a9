import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor } from 'storybook/test';
import {
  SLOW,
  darkFrame,
  elementIn,
  findInShadow,
  langArgType,
  sessionOf,
  simulator,
  tenantIdArgType,
  textOf,
  waitForText,
} from './support/story-kit.js';

interface ProviderArgs {
  /** Not an arg: every story sets it to its own simulator session (listed for its docs row). */
  'base-url'?: never;
  'tenant-id': string;
  credentials: RequestCredentials;
  lang: string;
  /** Called with each `vf-auth-required` event (a spy in the Actions and Interactions panels). */
  onAuthRequired?: (event: Event) => void;
}

type Story = StoryObj<ProviderArgs>;

/** Three elements with no `tenant-id` and no client of their own: the provider gives both. */
const children = html`<div style="display:grid; gap:12px; max-width:640px">
  <vf-orch-status compact></vf-orch-status>
  <vf-orch-actions></vf-orch-actions>
  <vf-scale-control></vf-scale-control>
</div>`;

const meta = {
  title: 'Elements/vf-orch-provider',
  component: 'vf-orch-provider',
  tags: ['autodocs'],
  args: { 'tenant-id': 'globex', credentials: 'same-origin', lang: 'en' },
  argTypes: {
    'tenant-id': tenantIdArgType,
    credentials: { options: ['same-origin', 'include'], control: { type: 'inline-radio' } },
    lang: langArgType,
    // Each story points the provider at its own simulator session.
    'base-url': { control: false },
  },
  render: (args, context) =>
    html`<vf-orch-provider
      base-url=${sessionOf(context).baseUrl}
      tenant-id=${args['tenant-id']}
      credentials=${args.credentials}
      lang=${ifDefined(args.lang || undefined)}
      @vf-auth-required=${ifDefined(args.onAuthRequired)}
      >${children}</vf-orch-provider
    >`,
} satisfies Meta<ProviderArgs>;

export default meta;

async function loadedStatus(canvasElement: HTMLElement) {
  const status = elementIn(canvasElement, 'vf-orch-status');
  await findInShadow(status, '[data-tone]', SLOW);
  return status;
}

/** One client and one default tenant for every element inside; they share one status poll. */
export const SharedClientAndTenant: Story = {
  play: async (context) => {
    const status = await loadedStatus(context.canvasElement);
    await expect(textOf(status.shadowRoot)).toBe('Ready');
    const scale = elementIn(context.canvasElement, 'vf-scale-control');
    await waitForText(scale, '3/3 ready', SLOW);
    // Status, actions and scale control watch globex together: one status request, not three.
    const reads = sessionOf(context)
      .simulator.requests()
      .filter((request) => request.method === 'GET' && request.path.endsWith('/status'));
    await expect(reads.length).toBe(1);
  },
};

/**
 * The server wants a bearer token: the elements show "not signed in", and the provider fires
 * `vf-auth-required` once for the whole wave of 401s. Setting `token` (a string or a function
 * called per request) and pressing Retry signs in.
 */
export const SignIn: Story = {
  args: { onAuthRequired: fn() },
  parameters: simulator({ auth: { token: 'demo-token' } }),
  play: async ({ canvasElement, args }) => {
    const status = elementIn(canvasElement, 'vf-orch-status');
    const actions = elementIn(canvasElement, 'vf-orch-actions');
    await waitForText(actions, 'You are not signed in', SLOW);
    await waitFor(() => expect(args.onAuthRequired).toHaveBeenCalled());
    const provider = elementIn<HTMLElement & { token: string | null }>(
      canvasElement,
      'vf-orch-provider',
    );
    provider.token = 'demo-token';
    // The status poll stopped on the 401; a refresh reads again, now with the token.
    (status as HTMLElement & { refresh(): void }).refresh();
    await waitFor(() => expect(textOf(status.shadowRoot)).toBe('Ready'), SLOW);
    await waitFor(() => expect(textOf(actions.shadowRoot)).not.toContain('not signed in'), SLOW);
  },
};

/** Without a tenant anywhere (own attribute, provider or page default) the element says so. */
export const NoTenant: Story = {
  render: (_args, context) =>
    html`<vf-orch-provider base-url=${sessionOf(context).baseUrl}
      ><vf-orch-status></vf-orch-status
    ></vf-orch-provider>`,
  play: async ({ canvasElement }) => {
    const status = elementIn(canvasElement, 'vf-orch-status');
    await waitForText(status, 'No tenant selected.');
  },
};

/** An element's own `tenant-id` wins over the provider's; `lang` is inherited from ancestors. */
export const OverridesAndLanguage: Story = {
  render: (args, context) =>
    html`<vf-orch-provider base-url=${sessionOf(context).baseUrl} tenant-id=${args['tenant-id']}>
      <div style="display:grid; gap:12px; max-width:640px">
        <vf-orch-status></vf-orch-status>
        <div lang="pt-BR">
          <vf-orch-status tenant-id="acme"></vf-orch-status>
        </div>
      </div>
    </vf-orch-provider>`,
  play: async ({ canvasElement }) => {
    const [globex, acme] = [...canvasElement.querySelectorAll('vf-orch-status')];
    await findInShadow(globex!, '.card[data-status]', SLOW);
    await findInShadow(acme!, '.card[data-status]', SLOW);
    await expect(textOf(globex!.shadowRoot)).toContain('veloflux-globex');
    await expect(textOf(acme!.shadowRoot)).toContain('Compartilhado');
  },
};

export const DarkScheme: Story = {
  render: (args, context) =>
    darkFrame(
      html`<vf-orch-provider base-url=${sessionOf(context).baseUrl} tenant-id=${args['tenant-id']}
        >${children}</vf-orch-provider
      >`,
    ),
  play: async ({ canvasElement }) => {
    await loadedStatus(canvasElement);
  },
};
