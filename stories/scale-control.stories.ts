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

interface ScaleArgs {
  'tenant-id': string;
  min: number;
  max: number;
  timeout: number;
  lang: string;
}

type Story = StoryObj<ScaleArgs>;

const scale = (args: ScaleArgs) =>
  html`<vf-scale-control
    style="max-width:560px"
    tenant-id=${args['tenant-id']}
    min=${args.min}
    max=${args.max}
    timeout=${args.timeout}
    lang=${ifDefined(args.lang || undefined)}
  ></vf-scale-control>`;

const meta = {
  title: 'Elements/vf-scale-control',
  component: 'vf-scale-control',
  tags: ['autodocs'],
  args: { 'tenant-id': 'globex', min: 1, max: 50, timeout: 300, lang: 'en' },
  argTypes: { 'tenant-id': tenantIdArgType, lang: langArgType },
  render: (args, context) => withProvider(context, scale(args)),
  // Pods start in well under a second, so a scale settles while you watch.
  parameters: simulator({ speeds: FAST }),
} satisfies Meta<ScaleArgs>;

export default meta;

/** The control once both the status and the config were read. */
async function loadedScale(canvasElement: HTMLElement) {
  const element = elementIn(canvasElement, 'vf-scale-control');
  await waitFor(() => {
    const card = inShadow(element, '.card');
    const status = part(element, 'status');
    if (!card || card.getAttribute('data-block') === 'loading' || !status)
      throw new Error('loading');
    if (status.classList.contains('skeleton')) throw new Error('loading');
  }, SLOW);
  return element;
}

const input = (element: HTMLElement) => part<HTMLInputElement>(element, 'input')!;
const apply = (element: HTMLElement) => part<HTMLButtonElement>(element, 'apply-button')!;
const reason = (element: HTMLElement) => part(element, 'reason')!;

export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const element = await loadedScale(canvasElement);
    await expect(textOf(part(element, 'status'))).toContain('3/3 ready');
    await expect(input(element).value).toBe('3');
  },
};

/** Until the status and the config are read: the figure waits, nothing can be sent. */
export const Loading: Story = {
  parameters: simulator({ faults: [NEVER_ANSWERS] }),
  render: (args, context) => withPatientProvider(context, scale(args)),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-scale-control');
    await waitForText(element, 'Reading the current state…');
    await expect(inShadow(element, '.card')?.getAttribute('data-block')).toBe('loading');
  },
};

/** A preset, Apply, "Scaling to 5…", then "Scaled to 5 replicas." once five pods are ready. */
export const ScaleUp: Story = {
  play: async (context) => {
    const element = await loadedScale(context.canvasElement);
    const preset = inShadow<HTMLButtonElement>(element, '.preset[data-replicas="5"]')!;
    await userEvent.click(preset);
    await expect(input(element).value).toBe('5');
    const settled = nextEvent<{ outcome: string; replicas: number }>(element, 'vf-scale-settled');
    await userEvent.click(apply(element));
    await expect(await settled).toMatchObject({ outcome: 'ready', replicas: 5 });
    await waitForText(element, 'Scaled to 5 replicas.');
    const scales = sent(sessionOf(context), 'POST', '/scale');
    await expect(scales.map((request) => JSON.parse(request.body))).toEqual([{ replicas: 5 }]);
  },
};

/** Scaling down to half or less asks first; the typed value is sent once confirmed. */
export const ScaleDownWithConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const element = await loadedScale(canvasElement);
    await typeInto(input(element), '1');
    await userEvent.click(apply(element));
    const dialog = part<HTMLDialogElement>(element, 'dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await expect(textOf(dialog)).toContain('Scale down from 3 to 1 replica?');
    const settled = nextEvent<{ outcome: string }>(element, 'vf-scale-settled');
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('.confirm')!);
    await expect((await settled).outcome).toBe('ready');
    await waitForText(element, 'Scaled to 1 replica.');
  },
};

/** Disabled reason: shared mode (`scaling_not_available`). */
export const DisabledSharedMode: Story = {
  args: { 'tenant-id': 'acme' },
  play: async ({ canvasElement }) => {
    const element = await loadedScale(canvasElement);
    await expect(reason(element).dataset['reason']).toBe('shared');
    await expect(textOf(reason(element))).toContain('only available in dedicated mode');
    await expect(input(element).disabled).toBe(true);
  },
};

/** Disabled reason: the HPA owns the replicas (`autoscaling_conflict`); its range and target show. */
export const DisabledAutoscaling: Story = {
  args: { 'tenant-id': 'stark' },
  play: async ({ canvasElement }) => {
    const element = await loadedScale(canvasElement);
    await expect(reason(element).dataset['reason']).toBe('autoscaling');
    await expect(textOf(reason(element))).toContain(
      'Autoscaling manages replicas: 2–8 at 60 % CPU',
    );
  },
};

/** Disabled reason: `wayne` is stuck in `scaling`; the draft stays editable, Apply waits. */
export const DisabledTransitionRunning: Story = {
  args: { 'tenant-id': 'wayne' },
  play: async ({ canvasElement }) => {
    const element = await loadedScale(canvasElement);
    await expect(reason(element).dataset['reason']).toBe('transition');
    await expect(textOf(reason(element))).toContain('An operation is running (scaling)');
    await expect(input(element).disabled).toBe(false);
    await expect(apply(element).getAttribute('aria-disabled')).toBe('true');
  },
};

/** Disabled reason: the value equals the current replicas, so Apply would change nothing. */
export const DisabledEqualValue: Story = {
  play: async (context) => {
    const element = await loadedScale(context.canvasElement);
    await expect(reason(element).dataset['reason']).toBe('equal');
    await expect(textOf(reason(element))).toBe(
      'Already at 3 replicas. Choose another value to scale.',
    );
    await userEvent.click(apply(element));
    await expect(sent(sessionOf(context), 'POST', '/scale')).toEqual([]);
  },
};

/** Types `text`, presses Apply, and checks the inline message and that nothing was sent. */
function invalidValue(text: string, message: string): Story {
  return {
    play: async (context) => {
      const element = await loadedScale(context.canvasElement);
      await typeInto(input(element), text);
      await userEvent.click(apply(element));
      await waitFor(() => expect(textOf(inShadow(element, '#replicas-error'))).toBe(message));
      await expect(input(element).getAttribute('aria-invalid')).toBe('true');
      await expect(sent(sessionOf(context), 'POST', '/scale')).toEqual([]);
    },
  };
}

/** Validation: 0 replicas. */
export const InvalidZero = invalidValue('0', 'Replicas must be at least 1.');
/** Validation: above `max` (50). */
export const InvalidAboveMax = invalidValue('51', 'Replicas must be at most 50.');
/** Validation: not a whole number. */
export const InvalidFraction = invalidValue('2.5', 'Replicas must be a whole number.');
/** Validation: not a number at all. */
export const InvalidText = invalidValue(
  'three',
  '“three” is not a number. Enter a whole number of replicas.',
);
/** Validation: nothing typed. */
export const InvalidEmpty = invalidValue('', 'Enter a number of replicas.');

/** `min` and `max`: presets outside the range are hidden, the stepper stops at the bounds. */
export const CustomRange: Story = {
  args: { min: 2, max: 8 },
  play: async ({ canvasElement }) => {
    const element = await loadedScale(canvasElement);
    const presets = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.preset')];
    await expect(presets.map((preset) => preset.dataset['replicas'])).toEqual(['2', '3', '5']);
  },
};

export const NotDeployed: Story = {
  args: { 'tenant-id': 'hooli' },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-scale-control');
    await waitForText(element, 'This tenant is not deployed yet.', SLOW);
  },
};

export const NotAvailable: Story = {
  parameters: simulator({ faults: [NOT_AVAILABLE] }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-scale-control');
    await waitForText(element, 'Orchestration is not available on this server.', SLOW);
  },
};

/** The server fails the scale (500 with its cause): the cause under Details, and Retry. */
export const ServerError: Story = {
  parameters: simulator({
    faults: [
      {
        kind: 'status',
        status: 500,
        method: 'POST',
        path: '/scale',
        body: 'Failed to scale tenant instance: 0/3 nodes are available: 3 Insufficient cpu.',
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedScale(canvasElement);
    await typeInto(input(element), '4');
    await userEvent.click(apply(element));
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('Insufficient cpu');
    await expect(part(element, 'retry-button')).not.toBeNull();
  },
};

/** The connection drops after the server applied the scale: unknown outcome, no Retry (quirk 7). */
export const ConnectionDropped: Story = {
  parameters: simulator({
    faults: [{ kind: 'drop', method: 'POST', path: '/scale', applyFirst: true, times: 1 }],
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedScale(canvasElement);
    await typeInto(input(element), '4');
    await userEvent.click(apply(element));
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('its outcome is unknown');
    await expect(part(element, 'retry-button')).toBeNull();
  },
};

export const Unauthorized: Story = {
  parameters: simulator({ auth: { token: 'secret-token' } }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-scale-control');
    await waitForText(element, 'You are not signed in', SLOW);
  },
};

/** 403 on the scale request only. */
export const Forbidden: Story = {
  parameters: simulator({ faults: [{ kind: 'forbidden', method: 'POST', path: '/scale' }] }),
  play: async ({ canvasElement }) => {
    const element = await loadedScale(canvasElement);
    await typeInto(input(element), '4');
    await userEvent.click(apply(element));
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('You do not have access to this tenant.');
  },
};

export const DarkScheme: Story = {
  render: (args, context) => darkFrame(withProvider(context, scale(args))),
  play: async ({ canvasElement }) => {
    await loadedScale(canvasElement);
  },
};

export const PortugueseBR: Story = {
  args: { lang: 'pt-BR' },
  play: async ({ canvasElement }) => {
    const element = await loadedScale(canvasElement);
    await expect(textOf(part(element, 'status'))).toContain('3/3 prontas');
    await expect(textOf(apply(element))).toBe('Aplicar');
  },
};
