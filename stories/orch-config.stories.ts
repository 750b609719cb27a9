import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { TenantOrchestratorConfig } from '../src/client/index.js';
import {
  FAST,
  NEVER_ANSWERS,
  NOT_AVAILABLE,
  SLOW,
  darkFrame,
  elementIn,
  findInShadow,
  inShadow,
  langArgType,
  nextEvent,
  part,
  sent,
  sessionOf,
  simulator,
  tenantIdArgType,
  textOf,
  typeInto,
  waitForText,
  withPatientProvider,
  withProvider,
} from './support/story-kit.js';

interface ConfigArgs {
  'tenant-id': string;
  'autoscale-href': string;
  'resources-href': string;
  lang: string;
}

type Story = StoryObj<ConfigArgs>;

const config = (args: ConfigArgs) =>
  html`<vf-orch-config
    style="max-width:720px"
    tenant-id=${args['tenant-id']}
    autoscale-href=${ifDefined(args['autoscale-href'] || undefined)}
    resources-href=${ifDefined(args['resources-href'] || undefined)}
    lang=${ifDefined(args.lang || undefined)}
  ></vf-orch-config>`;

const meta = {
  title: 'Elements/vf-orch-config',
  component: 'vf-orch-config',
  tags: ['autodocs'],
  args: {
    'tenant-id': 'globex',
    'autoscale-href': '#autoscaling',
    'resources-href': '#resources',
    lang: 'en',
  },
  argTypes: { 'tenant-id': tenantIdArgType, lang: langArgType },
  render: (args, context) => withProvider(context, config(args)),
  parameters: simulator({ speeds: FAST }),
} satisfies Meta<ConfigArgs>;

export default meta;

async function loadedConfig(canvasElement: HTMLElement) {
  const element = elementIn(canvasElement, 'vf-orch-config');
  await findInShadow(element, '[part~="save-button"]', SLOW);
  return element;
}

const namespace = (element: HTMLElement) => part<HTMLInputElement>(element, 'namespace-input')!;
const domainInput = (element: HTMLElement) => part<HTMLInputElement>(element, 'domain-input')!;
const save = (element: HTMLElement) => part<HTMLButtonElement>(element, 'save-button')!;
const domains = (element: HTMLElement) =>
  [...element.shadowRoot!.querySelectorAll('.domain-list li .mono')].map(textOf);
const storedConfig = (context: { loaded: Record<string, unknown> }, tenantId: string) =>
  sessionOf(context).simulator.tenant(tenantId)?.config ?? null;

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const element = await loadedConfig(canvasElement);
    await expect(inShadow<HTMLInputElement>(element, 'input[value="dedicated"]')!.checked).toBe(
      true,
    );
    await expect(domains(element)).toEqual(['globex.example.com', 'api.globex.example.com']);
    await expect(textOf(part(element, 'summary'))).toContain('500m request · 1 limit');
  },
};

/** Blocks the size of the form's sections while the config loads. */
export const Loading: Story = {
  parameters: simulator({ faults: [NEVER_ANSWERS] }),
  render: (args, context) => withPatientProvider(context, config(args)),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-config');
    await findInShadow(element, '[aria-busy="true"]');
  },
};

/** Add a domain (Enter works too), Save: GET → modify → PUT the full object, then re-read. */
export const AddDomainAndSave: Story = {
  play: async (context) => {
    const element = await loadedConfig(context.canvasElement);
    await typeInto(domainInput(element), 'Shop.Globex.Example');
    await userEvent.click(part(element, 'add-domain-button')!);
    await expect(domains(element)).toContain('shop.globex.example');
    const saved = nextEvent<{ config: TenantOrchestratorConfig }>(element, 'vf-config-saved');
    await userEvent.click(save(element));
    await expect((await saved).config.custom_domains).toContain('shop.globex.example');
    await waitForText(element, 'Saved. The dedicated instance is being rebuilt');
    const stored = storedConfig(context, 'globex');
    await expect(stored?.custom_domains).toEqual([
      'globex.example.com',
      'api.globex.example.com',
      'shop.globex.example',
    ]);
    // The full object was sent: the resources set elsewhere survive the PUT.
    await expect(stored?.resource_limits.cpu_request).toBe('500m');
  },
};

/** Remove a domain of the shared tenant `acme` and save. */
export const RemoveDomainAndSave: Story = {
  args: { 'tenant-id': 'acme' },
  play: async (context) => {
    const element = await loadedConfig(context.canvasElement);
    const remove = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.domain-list .remove');
    await userEvent.click(remove[1]!);
    await expect(domains(element)).toEqual(['acme.example.com']);
    await userEvent.click(save(element));
    await waitForText(element, 'Saved. Showing the configuration as the server stored it.');
    await expect(storedConfig(context, 'acme')?.custom_domains).toEqual(['acme.example.com']);
  },
};

/** Dedicated → shared removes the dedicated instance: a confirmation first. */
export const SwitchToShared: Story = {
  play: async (context) => {
    const element = await loadedConfig(context.canvasElement);
    await userEvent.click(inShadow(element, 'input[value="shared"]')!);
    await userEvent.click(save(element));
    const dialog = part<HTMLDialogElement>(element, 'dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await expect(textOf(dialog)).toContain(
      'removes its dedicated instance in the namespace veloflux-globex',
    );
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('.confirm')!);
    await waitForText(element, 'Saved.');
    await expect(storedConfig(context, 'globex')?.mode).toBe('shared');
  },
};

/** "Keep dedicated" in the confirmation sends nothing. */
export const SwitchToSharedCancelled: Story = {
  play: async (context) => {
    const element = await loadedConfig(context.canvasElement);
    await userEvent.click(inShadow(element, 'input[value="shared"]')!);
    await userEvent.click(save(element));
    const dialog = part<HTMLDialogElement>(element, 'dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('.cancel')!);
    await waitFor(() => expect(dialog.open).toBe(false));
    await expect(sent(sessionOf(context), 'PUT', '/orchestration')).toEqual([]);
  },
};

/** Types into the namespace field, presses Save: the message, and nothing sent. */
function invalidNamespace(text: string, expected: string): Story {
  return {
    play: async (context) => {
      const element = await loadedConfig(context.canvasElement);
      await typeInto(namespace(element), text);
      await userEvent.click(save(element));
      await waitFor(() => expect(textOf(inShadow(element, '#namespace-error'))).toBe(expected));
      await expect(namespace(element).getAttribute('aria-invalid')).toBe('true');
      await expect(sent(sessionOf(context), 'PUT', '/orchestration')).toEqual([]);
    },
  };
}

/** Validation: a namespace is a DNS-1123 label: lowercase only. */
export const InvalidNamespaceUppercase = invalidNamespace('Team-A', 'Use lowercase letters only.');
/** Validation: only letters, digits and `-`. */
export const InvalidNamespaceCharacter = invalidNamespace(
  'team_a',
  '“_” is not allowed: use lowercase letters, digits and “-”.',
);
/** Validation: no `-` at either end. */
export const InvalidNamespaceEdge = invalidNamespace(
  'team-a-',
  'Start and end the namespace with a letter or a digit.',
);

/** Types a domain and presses Add: the message under the field, the list unchanged. */
function invalidDomain(text: string, expected: string): Story {
  return {
    play: async ({ canvasElement }) => {
      const element = await loadedConfig(canvasElement);
      await typeInto(domainInput(element), text);
      await userEvent.click(part(element, 'add-domain-button')!);
      await waitFor(() => expect(textOf(inShadow(element, '#domain-error'))).toBe(expected));
      await expect(domains(element)).toEqual(['globex.example.com', 'api.globex.example.com']);
    },
  };
}

/** Validation: not a host name. */
export const InvalidDomain = invalidDomain(
  'shop..example',
  '“shop..example” is not a valid host name: use names of letters, digits and “-” separated by dots, such as shop.example.com.',
);
/** Validation: a URL instead of a host. */
export const InvalidDomainUrl = invalidDomain(
  'https://shop.example.com/',
  'Enter only the host name, without https://, a port or a path.',
);
/** Validation: already in the list (host names ignore case). */
export const InvalidDomainDuplicate = invalidDomain(
  'API.globex.example.com',
  'api.globex.example.com is already in the list.',
);
/** Validation: Add with nothing typed. */
export const InvalidDomainEmpty = invalidDomain('', 'Type a domain name first.');

/** Validation: a domain typed but never added would be lost on Save: the element asks. */
export const DomainNotAdded: Story = {
  play: async (context) => {
    const element = await loadedConfig(context.canvasElement);
    await userEvent.click(inShadow(element, '.domain-list .remove')!);
    await typeInto(domainInput(element), 'shop.globex.example');
    await userEvent.click(save(element));
    await waitFor(() =>
      expect(textOf(inShadow(element, '#domain-error'))).toBe(
        'Press Add to include this domain, or clear the field.',
      ),
    );
    await expect(sent(sessionOf(context), 'PUT', '/orchestration')).toEqual([]);
  },
};

/** Nothing stored yet: the server's defaults (shared, `custom_domains: null`). */
export const NeverConfigured: Story = {
  args: { 'tenant-id': 'newco' },
  parameters: simulator({ tenants: { newco: { config: null } } }),
  play: async ({ canvasElement }) => {
    const element = await loadedConfig(canvasElement);
    await expect(inShadow<HTMLInputElement>(element, 'input[value="shared"]')!.checked).toBe(true);
    await waitForText(element, 'No custom domains.');
  },
};

/** A mode the page does not know is shown, not silently replaced. */
export const UnknownMode: Story = {
  parameters: simulator({ tenants: { globex: { config: { mode: 'hybrid' } } } }),
  play: async ({ canvasElement }) => {
    const element = await loadedConfig(canvasElement);
    await waitForText(element, 'The server stores a mode this page does not know, “hybrid”.');
  },
};

export const NotAvailable: Story = {
  parameters: simulator({ faults: [NOT_AVAILABLE] }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-config');
    await waitForText(element, 'Orchestration is not available on this server.', SLOW);
  },
};

/** Reading the config fails (503): the error and Retry. */
export const LoadError: Story = {
  parameters: simulator({
    faults: [{ kind: 'status', status: 503, method: 'GET', body: 'no healthy upstream' }],
  }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-config');
    const error = await findInShadow(element, '[part~="error"]', SLOW);
    await expect(textOf(error)).toContain('no healthy upstream');
    await expect(part(element, 'retry-button')).not.toBeNull();
  },
};

/** The PUT fails (500): the cause under Details, and the edits are kept. */
export const SaveServerError: Story = {
  parameters: simulator({
    faults: [
      {
        kind: 'status',
        status: 500,
        method: 'PUT',
        path: '/orchestration',
        body: 'Failed to save configuration: etcdserver: request timed out',
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedConfig(canvasElement);
    await typeInto(namespace(element), 'globex-prod');
    await userEvent.click(save(element));
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('etcdserver: request timed out');
    await waitForText(element, 'Your changes are kept');
    await expect(namespace(element).value).toBe('globex-prod');
  },
};

/** A 500 after the server stored the config (quirk 4): the re-read shows it was saved. */
export const SavedDespiteError: Story = {
  parameters: simulator({
    faults: [
      { kind: 'status', status: 500, method: 'PUT', path: '/orchestration', applyFirst: true },
    ],
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedConfig(canvasElement);
    await typeInto(namespace(element), 'globex-prod');
    await userEvent.click(save(element));
    await waitForText(element, 're-reading the configuration shows that your changes were stored');
  },
};

export const Unauthorized: Story = {
  parameters: simulator({ auth: { token: 'secret-token' } }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-config');
    await waitForText(element, 'You are not signed in', SLOW);
  },
};

/** Read access only: the PUT answers 403. */
export const Forbidden: Story = {
  parameters: simulator({ faults: [{ kind: 'forbidden', method: 'PUT' }] }),
  play: async ({ canvasElement }) => {
    const element = await loadedConfig(canvasElement);
    await typeInto(namespace(element), 'globex-prod');
    await userEvent.click(save(element));
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('You do not have access to this tenant.');
  },
};

export const DarkScheme: Story = {
  render: (args, context) => darkFrame(withProvider(context, config(args))),
  play: async ({ canvasElement }) => {
    await loadedConfig(canvasElement);
  },
};

export const PortugueseBR: Story = {
  args: { lang: 'pt-BR' },
  play: async ({ canvasElement }) => {
    const element = await loadedConfig(canvasElement);
    await waitForText(element, 'Modo de implantação');
  },
};
