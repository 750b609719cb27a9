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
  inShadow,
  langArgType,
  nextEvent,
  sessionOf,
  simulator,
  tenantIdArgType,
  textOf,
  waitForText,
  withPatientProvider,
  withProvider,
} from './support/story-kit.js';

const TABS = ['status', 'lifecycle', 'scaling', 'resources', 'configuration'] as const;
type Tab = (typeof TABS)[number];

interface PanelArgs {
  'tenant-id': string;
  tab: Tab;
  lang: string;
}

type Story = StoryObj<PanelArgs>;

const panel = (args: PanelArgs) =>
  html`<vf-orch-panel
    tenant-id=${args['tenant-id']}
    tab=${args.tab}
    lang=${ifDefined(args.lang || undefined)}
  ></vf-orch-panel>`;

const meta = {
  title: 'Elements/vf-orch-panel',
  component: 'vf-orch-panel',
  tags: ['autodocs'],
  args: { 'tenant-id': 'globex', tab: 'status', lang: 'en' },
  argTypes: {
    'tenant-id': tenantIdArgType,
    tab: { options: TABS, control: { type: 'inline-radio' } },
    lang: langArgType,
  },
  render: (args, context) => withProvider(context, panel(args)),
  parameters: simulator({ speeds: FAST }),
} satisfies Meta<PanelArgs>;

export default meta;

/** The element a tab shows first, inside the panel's shadow root. */
const SECTION: Record<Tab, string> = {
  status: 'vf-orch-status[detailed]',
  lifecycle: 'vf-orch-actions',
  scaling: 'vf-scale-control',
  resources: 'vf-resource-editor',
  configuration: 'vf-orch-config',
};

async function loadedPanel(canvasElement: HTMLElement) {
  const element = elementIn(canvasElement, 'vf-orch-panel');
  const badge = await findInShadow(element, 'header vf-orch-status');
  await waitFor(() => {
    if (!badge.shadowRoot?.querySelector('[data-tone]')) throw new Error('badge not loaded');
  }, SLOW);
  return element;
}

const tab = (element: HTMLElement, name: Tab) =>
  inShadow<HTMLButtonElement>(element, `#tab-${name}`)!;
const badgeText = (element: HTMLElement) =>
  textOf(inShadow(element, 'header vf-orch-status')?.shadowRoot);

/** Everything for `globex` in one tag: every tab opens its element, against the same session. */
export const FullTenant: Story = {
  play: async ({ canvasElement }) => {
    const element = await loadedPanel(canvasElement);
    await expect(badgeText(element)).toBe('Ready');
    for (const name of TABS) {
      await userEvent.click(tab(element, name));
      await expect(tab(element, name).getAttribute('aria-selected')).toBe('true');
      const section = await findInShadow(element, `[role="tabpanel"] ${SECTION[name]}`);
      await waitFor(() => expect(section.shadowRoot?.children.length).toBeGreaterThan(0));
    }
  },
};

/** The header badge and the open tab while nothing has answered yet. */
export const Loading: Story = {
  parameters: simulator({ faults: [NEVER_ANSWERS] }),
  render: (args, context) => withPatientProvider(context, panel(args)),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-orch-panel');
    const status = await findInShadow(element, '[role="tabpanel"] vf-orch-status');
    await findInShadow(status, '[aria-busy="true"]');
  },
};

/** Arrow keys, Home and End move between the tabs (ARIA tabs pattern). */
export const KeyboardTabs: Story = {
  play: async ({ canvasElement }) => {
    const element = await loadedPanel(canvasElement);
    tab(element, 'status').focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(element.getAttribute('tab')).toBe('lifecycle'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(element.getAttribute('tab')).toBe('configuration'));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(element.getAttribute('tab')).toBe('status'));
  },
};

/** `hooli` has never been deployed: Deploy in the Lifecycle tab, and the header badge follows. */
export const DeployFromPanel: Story = {
  args: { 'tenant-id': 'hooli', tab: 'lifecycle' },
  play: async (context) => {
    const element = elementIn(context.canvasElement, 'vf-orch-panel');
    const actions = await findInShadow(element, 'vf-orch-actions');
    await waitForText(actions, 'Deploy the tenant before draining it.', SLOW);
    const settled = nextEvent<{ outcome: string }>(element, 'vf-deploy-settled');
    await userEvent.click(inShadow<HTMLButtonElement>(actions, '[part~="deploy-button"]')!);
    await expect((await settled).outcome).toBe('ready');
    await waitFor(() => expect(badgeText(element)).toBe('Ready'), SLOW);
    await expect(sessionOf(context).simulator.tenant('hooli')?.status?.status).toBe('ready');
  },
};

/** `stark` with the HPA on: manual scaling is disabled, the autoscaling form is on. */
export const AutoscalingTenant: Story = {
  args: { 'tenant-id': 'stark', tab: 'scaling' },
  play: async ({ canvasElement }) => {
    const element = await loadedPanel(canvasElement);
    const scale = await findInShadow(element, 'vf-scale-control');
    await waitForText(scale, 'Autoscaling manages replicas', SLOW);
  },
};

/** `umbrella` failed: the badge and the detailed status say why. */
export const FailedTenant: Story = {
  args: { 'tenant-id': 'umbrella' },
  play: async ({ canvasElement }) => {
    const element = await loadedPanel(canvasElement);
    await expect(badgeText(element)).toBe('Error');
  },
};

/** A shared tenant: the scaling and resources tabs explain they need dedicated mode. */
export const SharedTenant: Story = {
  args: { 'tenant-id': 'acme', tab: 'resources' },
  play: async ({ canvasElement }) => {
    const element = await loadedPanel(canvasElement);
    const editor = await findInShadow(element, 'vf-resource-editor');
    await waitForText(editor, 'apply only to dedicated instances', SLOW);
  },
};

export const NotAvailable: Story = {
  parameters: simulator({ faults: [NOT_AVAILABLE] }),
  play: async ({ canvasElement }) => {
    const element = await loadedPanel(canvasElement);
    await expect(badgeText(element)).toBe('Orchestration not available');
  },
};

export const DarkScheme: Story = {
  args: { tab: 'scaling' },
  render: (args, context) => darkFrame(withProvider(context, panel(args))),
  play: async ({ canvasElement }) => {
    await loadedPanel(canvasElement);
  },
};

export const PortugueseBR: Story = {
  args: { lang: 'pt-BR' },
  play: async ({ canvasElement }) => {
    const element = await loadedPanel(canvasElement);
    await expect(badgeText(element)).toBe('Pronto');
    await expect(textOf(tab(element, 'lifecycle'))).not.toBe('Lifecycle');
  },
};
