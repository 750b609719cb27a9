import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { AutoscalingSettings } from '../src/client/index.js';
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

interface AutoscaleArgs {
  'tenant-id': string;
  novalidate: boolean;
  disabled: boolean;
  interval: number;
  name: string;
  lang: string;
  /** A draft set through the `value` property (not an attribute). */
  value?: AutoscalingSettings;
}

type Story = StoryObj<AutoscaleArgs>;

const form = (args: AutoscaleArgs) =>
  html`<vf-autoscale-form
    style="max-width:560px"
    tenant-id=${args['tenant-id']}
    ?novalidate=${args.novalidate}
    ?disabled=${args.disabled}
    interval=${args.interval}
    name=${ifDefined(args.name || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    ${ref((element) => {
      // `value` only when a story sets one: assigning undefined would replace the stored draft.
      if (element && args.value)
        (element as HTMLElement & { value: AutoscalingSettings }).value = args.value;
    })}
  ></vf-autoscale-form>`;

const meta = {
  title: 'Elements/vf-autoscale-form',
  component: 'vf-autoscale-form',
  tags: ['autodocs'],
  args: {
    'tenant-id': 'stark',
    novalidate: false,
    disabled: false,
    interval: 30,
    name: 'autoscaling',
    lang: 'en',
  },
  argTypes: {
    'tenant-id': tenantIdArgType,
    lang: langArgType,
    value: { control: 'object', table: { category: 'properties' } },
  },
  render: (args, context) => withProvider(context, form(args)),
  parameters: simulator({ speeds: FAST }),
} satisfies Meta<AutoscaleArgs>;

export default meta;

/** The form once the stored settings were read. */
async function loadedForm(canvasElement: HTMLElement) {
  const element = elementIn(canvasElement, 'vf-autoscale-form');
  await findInShadow(element, '[part~="save-button"]', SLOW);
  return element;
}

const field = (element: HTMLElement, id: 'min' | 'max' | 'target') =>
  inShadow<HTMLInputElement>(element, `#${id}`)!;
const save = (element: HTMLElement) => part<HTMLButtonElement>(element, 'save-button')!;
const notice = (element: HTMLElement) => textOf(part(element, 'notice'));

/** `stark` scales itself between 2 and 8 replicas around 60 % CPU; its current CPU is shown. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const element = await loadedForm(canvasElement);
    await expect(part(element, 'switch')!.getAttribute('aria-checked')).toBe('true');
    await expect(field(element, 'min').value).toBe('2');
    await expect(field(element, 'max').value).toBe('8');
    await expect(field(element, 'target').value).toBe('60');
    await waitForText(element, /CPU now \d+ % · target 60 %/, SLOW);
  },
};

/** The skeleton keeps the form's size while the settings load (no layout shift). */
export const Loading: Story = {
  parameters: simulator({ faults: [NEVER_ANSWERS] }),
  render: (args, context) => withPatientProvider(context, form(args)),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-autoscale-form');
    await findInShadow(element, '[aria-busy="true"]');
  },
};

/** Turn autoscaling on for `globex` and save: the form re-reads and shows what was stored. */
export const EnableAndSave: Story = {
  args: { 'tenant-id': 'globex' },
  play: async (context) => {
    const element = await loadedForm(context.canvasElement);
    await userEvent.click(part(element, 'switch')!);
    await typeInto(field(element, 'min'), '3');
    await typeInto(field(element, 'max'), '9');
    await typeInto(field(element, 'target'), '65');
    const saved = nextEvent<{ autoscaling: AutoscalingSettings }>(element, 'vf-autoscale-saved');
    await userEvent.click(save(element));
    await expect((await saved).autoscaling).toEqual({
      enabled: true,
      min_replicas: 3,
      max_replicas: 9,
      target_cpu_utilization: 65,
    });
    await waitFor(() =>
      expect(notice(element)).toBe('Saved. The form shows what the server stored.'),
    );
    const stored = sessionOf(context).simulator.tenant('globex')?.config;
    await expect(stored?.autoscaling_enabled).toBe(true);
  },
};

/** A stored target of 0 means "the server's default": shown (and compared) as 70 %. */
export const StoredTargetZero: Story = {
  parameters: simulator({
    tenants: {
      stark: {
        config: {
          mode: 'dedicated',
          dedicated_namespace: 'veloflux-stark',
          autoscaling_enabled: true,
          min_replicas: 2,
          max_replicas: 8,
          target_cpu_utilization: 0,
        },
      },
    },
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedForm(canvasElement);
    await expect(field(element, 'target').value).toBe('70');
    await expect(save(element).disabled).toBe(true);
  },
};

/** Turn the HPA off: the server keeps the range and target for later. */
export const DisableAndSave: Story = {
  play: async (context) => {
    const element = await loadedForm(context.canvasElement);
    await userEvent.click(part(element, 'switch')!);
    await expect(field(element, 'min').disabled).toBe(true);
    await userEvent.click(save(element));
    await waitFor(() => expect(notice(element)).toContain('Saved.'));
    await expect(sessionOf(context).simulator.tenant('stark')?.config?.autoscaling_enabled).toBe(
      false,
    );
  },
};

/** Sets an invalid draft through `value`, presses Save, checks the message and that nothing was sent. */
function invalidDraft(
  value: AutoscalingSettings,
  fieldId: 'min' | 'max' | 'target',
  message: string,
): Story {
  return {
    args: { value },
    play: async (context) => {
      const element = await loadedForm(context.canvasElement);
      await userEvent.click(save(element));
      await waitFor(() => expect(textOf(inShadow(element, `#${fieldId}-error`))).toBe(message));
      await expect(field(element, fieldId).getAttribute('aria-invalid')).toBe('true');
      await expect(notice(element)).toBe('Nothing was sent: correct the highlighted field first.');
      await expect(sent(sessionOf(context), 'PUT', '/autoscale')).toEqual([]);
    },
  };
}

const draft = (min: number, max: number, target: number): AutoscalingSettings => ({
  enabled: true,
  min_replicas: min,
  max_replicas: max,
  target_cpu_utilization: target,
});

/** Validation: the minimum must be at least 1. */
export const InvalidMinimum = invalidDraft(
  draft(0, 4, 60),
  'min',
  'The minimum must be at least 1 replica.',
);
/** Validation: the maximum must not be below the minimum. */
export const InvalidMaximumBelowMinimum = invalidDraft(
  draft(5, 2, 60),
  'max',
  'The maximum must be greater than or equal to the minimum (5).',
);
/** Validation: the target must be within 10–100 %. */
export const InvalidTarget = invalidDraft(
  draft(2, 8, 150),
  'target',
  'The target must be between 10 and 100 %.',
);
/** Validation: whole numbers only. */
export const InvalidFraction = invalidDraft(
  draft(1.5, 8, 60),
  'min',
  'The minimum must be a whole number.',
);
/** Validation: a field left empty. */
export const InvalidEmpty = invalidDraft(draft(2, Number.NaN, 60), 'max', 'Enter a whole number.');

/** `novalidate`: the server checks instead, and its 400 lands on the field it names. */
export const ServerValidation: Story = {
  args: { novalidate: true, value: draft(0, 4, 60) },
  play: async (context) => {
    const element = await loadedForm(context.canvasElement);
    const failed = nextEvent<{ error: { status: number; message: string } }>(element, 'vf-error');
    await userEvent.click(save(element));
    await expect((await failed).error).toMatchObject({
      status: 400,
      message: 'MinReplicas must be at least 1',
    });
    await waitFor(() =>
      expect(textOf(inShadow(element, '#min-error'))).toBe(
        'The minimum must be at least 1 replica.',
      ),
    );
  },
};

/** A shared tenant cannot autoscale: the element explains why instead of showing the form. */
export const SharedMode: Story = {
  args: { 'tenant-id': 'acme' },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-autoscale-form');
    const explanation = await findInShadow(element, '[part~="explanation"]', SLOW);
    await expect(textOf(explanation)).toContain('This tenant runs in shared mode');
  },
};

/** `hooli` is dedicated but never deployed: the form works, there is no CPU reading yet. */
export const NotDeployed: Story = {
  args: { 'tenant-id': 'hooli' },
  play: async ({ canvasElement }) => {
    const element = await loadedForm(canvasElement);
    await waitForText(element, 'Current CPU utilization is not available yet');
  },
};

export const NotAvailable: Story = {
  parameters: simulator({ faults: [NOT_AVAILABLE] }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-autoscale-form');
    const error = await findInShadow(element, '[part~="error"]', SLOW);
    await expect(textOf(error)).toContain('Orchestration is not available on this server.');
  },
};

/** Reading the config fails with a 503 (after the retries): the error, with Retry. */
export const LoadError: Story = {
  parameters: simulator({
    faults: [
      {
        kind: 'status',
        status: 503,
        method: 'GET',
        path: '/orchestration',
        body: 'no healthy upstream',
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-autoscale-form');
    const error = await findInShadow(element, '[part~="error"]', SLOW);
    await expect(textOf(error)).toContain('no healthy upstream');
    await expect(inShadow(element, '[part~="retry-button"]')).not.toBeNull();
  },
};

/** The save fails (500): the server's cause under Details, and the edits stay in the form. */
export const SaveServerError: Story = {
  parameters: simulator({
    faults: [
      {
        kind: 'status',
        status: 500,
        method: 'PUT',
        path: '/autoscale',
        body: 'Failed to update autoscaling: horizontalpodautoscalers.autoscaling "veloflux-stark" is forbidden',
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedForm(canvasElement);
    await typeInto(field(element, 'max'), '10');
    await userEvent.click(save(element));
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('horizontalpodautoscalers.autoscaling');
    await waitFor(() => expect(notice(element)).toContain('Your changes were not saved'));
    await expect(field(element, 'max').value).toBe('10');
  },
};

/** A 500 after the server stored the values (quirk 4): the re-read shows they were saved. */
export const SavedDespiteError: Story = {
  parameters: simulator({
    faults: [{ kind: 'status', status: 500, method: 'PUT', path: '/autoscale', applyFirst: true }],
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedForm(canvasElement);
    await typeInto(field(element, 'max'), '10');
    await userEvent.click(save(element));
    await waitFor(() =>
      expect(notice(element)).toBe(
        'The server reported an error, but re-reading shows that your values were stored.',
      ),
    );
  },
};

export const Unauthorized: Story = {
  parameters: simulator({ auth: { token: 'secret-token' } }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-autoscale-form');
    await waitForText(element, 'You are not signed in', SLOW);
  },
};

export const Forbidden: Story = {
  parameters: simulator({ faults: [{ kind: 'forbidden', method: 'PUT' }] }),
  play: async ({ canvasElement }) => {
    const element = await loadedForm(canvasElement);
    await typeInto(field(element, 'max'), '10');
    await userEvent.click(save(element));
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('You do not have access to this tenant.');
  },
};

/** `disabled`: nothing can be edited or saved (also set by a disabled `<fieldset>`). */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const element = await loadedForm(canvasElement);
    await expect(field(element, 'min').disabled).toBe(true);
    await expect(save(element).disabled).toBe(true);
  },
};

export const DarkScheme: Story = {
  render: (args, context) => darkFrame(withProvider(context, form(args))),
  play: async ({ canvasElement }) => {
    await loadedForm(canvasElement);
  },
};

export const PortugueseBR: Story = {
  args: { lang: 'pt-BR' },
  play: async ({ canvasElement }) => {
    const element = await loadedForm(canvasElement);
    await waitForText(element, 'Escalonamento automático (HPA)');
  },
};
