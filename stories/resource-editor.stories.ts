import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { ResourceLimits } from '../src/client/index.js';
import {
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

interface ResourceArgs {
  'tenant-id': string;
  disabled: boolean;
  name: string;
  lang: string;
  /** A draft set through the `value` property (not an attribute). */
  value?: ResourceLimits;
}

type Story = StoryObj<ResourceArgs>;

const editor = (args: ResourceArgs) =>
  html`<vf-resource-editor
    style="max-width:760px"
    tenant-id=${args['tenant-id']}
    ?disabled=${args.disabled}
    name=${ifDefined(args.name || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    ${ref((element) => {
      // `value` only when a story sets one: the stored limits are shown otherwise.
      if (element && args.value)
        (element as HTMLElement & { value: ResourceLimits }).value = args.value;
    })}
  ></vf-resource-editor>`;

const meta = {
  title: 'Elements/vf-resource-editor',
  component: 'vf-resource-editor',
  tags: ['autodocs'],
  args: { 'tenant-id': 'globex', disabled: false, name: 'resources', lang: 'en' },
  argTypes: {
    'tenant-id': tenantIdArgType,
    lang: langArgType,
    value: { control: 'object', table: { category: 'properties' } },
  },
  render: (args, context) => withProvider(context, editor(args)),
} satisfies Meta<ResourceArgs>;

export default meta;

type FieldKey = 'cpu_request' | 'cpu_limit' | 'memory_request' | 'memory_limit';

/** `globex` stores 500m / 1 core and 512Mi / 1Gi. */
const GLOBEX: ResourceLimits = {
  cpu_request: '500m',
  cpu_limit: '1',
  memory_request: '512Mi',
  memory_limit: '1Gi',
};

async function loadedEditor(canvasElement: HTMLElement) {
  const element = elementIn(canvasElement, 'vf-resource-editor');
  await findInShadow(element, 'form [part~="save-button"]', SLOW);
  return element;
}

const amount = (element: HTMLElement, key: FieldKey) =>
  inShadow<HTMLInputElement>(element, `#${key}-input`)!;
const message = (element: HTMLElement, key: FieldKey) => inShadow(element, `#${key}-message`)!;
const save = (element: HTMLElement) => part<HTMLButtonElement>(element, 'save-button')!;
const statusLine = (element: HTMLElement) => textOf(inShadow(element, '.actions [role="status"]'));

/** Presets are recognised by value: 1 core is 1000m, so `globex` matches Premium. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const element = await loadedEditor(canvasElement);
    await expect(amount(element, 'cpu_request').value).toBe('500');
    await waitForText(element, 'Matches the Premium preset.');
  },
};

/** Enterprise preset, Save: the server stores it and the editor shows the re-read values. */
export const PresetAndSave: Story = {
  play: async (context) => {
    const element = await loadedEditor(context.canvasElement);
    await userEvent.click(inShadow(element, '.preset[data-preset="enterprise"]')!);
    const saved = nextEvent<{ resources: ResourceLimits }>(element, 'vf-resources-saved');
    await userEvent.click(save(element));
    await expect((await saved).resources).toEqual({
      cpu_request: '1',
      cpu_limit: '2',
      memory_request: '1Gi',
      memory_limit: '2Gi',
    });
    await waitFor(() => expect(statusLine(element)).toContain('Saved. The server stored'));
    const stored = sessionOf(context).simulator.tenant('globex')?.config?.resource_limits;
    await expect(stored?.memory_limit).toBe('2Gi');
  },
};

/** Switching the unit converts the amount: 1 core becomes 1000 m, never 1 m. */
export const UnitSwitchKeepsValue: Story = {
  play: async ({ canvasElement }) => {
    const element = await loadedEditor(canvasElement);
    const unit = inShadow<HTMLSelectElement>(element, '#cpu_limit-unit')!;
    await userEvent.selectOptions(unit, 'm');
    await waitFor(() => expect(amount(element, 'cpu_limit').value).toBe('1000'));
    await expect(textOf(inShadow(element, '#cpu_limit-reading'))).toContain('1');
  },
};

/** Sets an invalid draft through `value`: the message shows at once, Save sends nothing. */
function invalidDraft(value: Partial<ResourceLimits>, key: FieldKey, expected: string): Story {
  return {
    args: { value: { ...GLOBEX, ...value } },
    play: async (context) => {
      const element = await loadedEditor(context.canvasElement);
      await waitFor(() => expect(textOf(message(element, key))).toContain(expected));
      await expect(message(element, key).dataset['kind']).toBe('error');
      await expect(amount(element, key).getAttribute('aria-invalid')).toBe('true');
      await userEvent.click(save(element));
      await waitFor(() =>
        expect(statusLine(element)).toBe(
          'Fix the highlighted fields before saving: nothing was sent.',
        ),
      );
      await expect(sent(sessionOf(context), 'PUT', '/resources')).toEqual([]);
    },
  };
}

/** Validation: not a Kubernetes quantity (`GB` is not a suffix; `G` or `Gi` are). */
export const InvalidQuantity = invalidDraft({ memory_limit: '1.5GB' }, 'memory_limit', '1.5GB');
/** Validation: negative amounts. */
export const InvalidNegative = invalidDraft(
  { cpu_request: '-100m' },
  'cpu_request',
  'Must not be negative.',
);
/** Validation: the limit is below the request (reported on the limit by default). */
export const InvalidLimitBelowRequest = invalidDraft(
  { cpu_request: '2', cpu_limit: '1' },
  'cpu_limit',
  'The limit must be greater than or equal to the request (2).',
);

/** Validation: typing a request above the limit reports it on the request, the field just edited. */
export const InvalidRequestAboveLimit: Story = {
  play: async (context) => {
    const element = await loadedEditor(context.canvasElement);
    await typeInto(amount(element, 'memory_request'), '2048');
    await waitFor(() =>
      expect(textOf(message(element, 'memory_request'))).toBe(
        'The request must be less than or equal to the limit (1Gi).',
      ),
    );
    await expect(save(element).disabled).toBe(false);
    await userEvent.click(save(element));
    await expect(sent(sessionOf(context), 'PUT', '/resources')).toEqual([]);
  },
};

/** Warning, not an error: `500m` of memory is half a byte (did you mean `500Mi`?). */
export const WarningHalfByte: Story = {
  args: { value: { ...GLOBEX, memory_request: '500m' } },
  play: async ({ canvasElement }) => {
    const element = await loadedEditor(canvasElement);
    const warning = message(element, 'memory_request');
    await waitFor(() => expect(warning.dataset['kind']).toBe('warning'));
    await expect(textOf(warning)).toContain('did you mean "500Mi"?');
  },
};

/** Warning: a limit 40× its request. */
export const WarningLimitFarAbove: Story = {
  args: { value: { ...GLOBEX, cpu_request: '100m', cpu_limit: '4' } },
  play: async ({ canvasElement }) => {
    const element = await loadedEditor(canvasElement);
    await waitFor(() => expect(textOf(message(element, 'cpu_limit'))).toContain('40× the request'));
  },
};

/** A shared tenant has no requests and limits of its own: the element explains it. */
export const SharedMode: Story = {
  args: { 'tenant-id': 'acme' },
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-resource-editor');
    const notice = await findInShadow(element, '[data-state="shared"]', SLOW);
    await expect(textOf(notice)).toContain('apply only to dedicated instances');
  },
};

/** The skeleton keeps the form's size while the config loads (no layout shift). */
export const Loading: Story = {
  parameters: simulator({ faults: [NEVER_ANSWERS] }),
  render: (args, context) => withPatientProvider(context, editor(args)),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-resource-editor');
    await findInShadow(element, '[aria-busy="true"]');
  },
};

export const NotAvailable: Story = {
  parameters: simulator({ faults: [NOT_AVAILABLE] }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-resource-editor');
    await waitForText(element, 'Orchestration is not available on this server.', SLOW);
  },
};

/** Reading the config fails with a 503: the error and Retry. */
export const LoadError: Story = {
  parameters: simulator({
    faults: [{ kind: 'status', status: 503, method: 'GET', body: 'no healthy upstream' }],
  }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-resource-editor');
    const error = await findInShadow(element, '[part~="error"]', SLOW);
    await expect(textOf(error)).toContain('no healthy upstream');
  },
};

/** The save fails (500): the cause under Details; the unsaved input survives the re-read. */
export const SaveServerError: Story = {
  parameters: simulator({
    faults: [
      {
        kind: 'status',
        status: 500,
        method: 'PUT',
        path: '/resources',
        body: 'Failed to update resource limits: admission webhook "quota.veloflux.io" denied the request',
      },
    ],
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedEditor(canvasElement);
    await typeInto(amount(element, 'cpu_request'), '750');
    await userEvent.click(save(element));
    const error = await findInShadow(element, '[part~="error"]');
    await expect(textOf(error)).toContain('quota.veloflux.io');
    await expect(amount(element, 'cpu_request').value).toBe('750');
  },
};

/** The connection drops after the server applied the values: the outcome is unknown (quirk 7). */
export const SaveConnectionDropped: Story = {
  parameters: simulator({
    faults: [{ kind: 'drop', method: 'PUT', path: '/resources', applyFirst: true, times: 1 }],
  }),
  play: async ({ canvasElement }) => {
    const element = await loadedEditor(canvasElement);
    await typeInto(amount(element, 'cpu_request'), '750');
    await userEvent.click(save(element));
    await waitForText(element, 'its outcome is unknown');
  },
};

export const Unauthorized: Story = {
  parameters: simulator({ auth: { token: 'secret-token' } }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-resource-editor');
    await waitForText(element, 'You are not signed in', SLOW);
  },
};

export const Forbidden: Story = {
  parameters: simulator({ faults: [{ kind: 'forbidden' }] }),
  play: async ({ canvasElement }) => {
    const element = elementIn(canvasElement, 'vf-resource-editor');
    await waitForText(element, 'You do not have access to this tenant.', SLOW);
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const element = await loadedEditor(canvasElement);
    await expect(amount(element, 'cpu_request').disabled).toBe(true);
  },
};

export const DarkScheme: Story = {
  render: (args, context) => darkFrame(withProvider(context, editor(args))),
  play: async ({ canvasElement }) => {
    await loadedEditor(canvasElement);
  },
};

export const PortugueseBR: Story = {
  args: { lang: 'pt-BR' },
  play: async ({ canvasElement }) => {
    const element = await loadedEditor(canvasElement);
    await waitForText(element, 'Requisições e limites');
  },
};
