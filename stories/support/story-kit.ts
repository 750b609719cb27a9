/**
 * What every story file shares: the seeded tenants as a control, the provider that points the
 * elements at the story's own simulator session, the dark frame, and the helpers play functions
 * use to reach into shadow roots and the simulator's request log.
 */
import type { InputType } from 'storybook/internal/types';
import { expect, userEvent, waitFor } from 'storybook/test';
import { html, type TemplateResult } from 'lit';
import { createOrchestrationClient } from '../../src/client/index.js';
import type { StorySession, StorySimulator } from '../../.storybook/simulator.js';
import type { FaultSpec, LoggedRequest, SimulatorSpeeds } from '../../simulator/index.js';

export type { StorySession, StorySimulator };

/** The simulator's demo tenants (simulator/core/seed.ts), one per state. */
export const TENANTS = {
  acme: 'acme — shared, ready',
  globex: 'globex — dedicated, ready, 3 replicas',
  initech: 'initech — dedicated, deploying',
  umbrella: 'umbrella — dedicated, error',
  hooli: 'hooli — dedicated, never deployed',
  stark: 'stark — dedicated, autoscaling on',
  wayne: 'wayne — dedicated, stuck scaling',
  soylent: 'soylent — shared, never deployed',
} as const;

/** `tenant-id` as a select of the seeded tenants. */
export const tenantIdArgType: InputType = {
  options: Object.keys(TENANTS),
  control: { type: 'select', labels: TENANTS },
};

/** `lang`: the two locales the kit ships. */
export const langArgType: InputType = {
  options: ['en', 'pt-BR'],
  control: { type: 'inline-radio' },
};

/** Simulated Kubernetes work a few times faster than the default, for stories that wait on it. */
export const FAST: Partial<SimulatorSpeeds> = {
  deploy: 1200,
  replicaStep: 400,
  drain: 500,
  removing: 800,
};

/** `parameters.simulator`, typed. */
export function simulator(spec: StorySimulator): { simulator: StorySimulator } {
  return { simulator: spec };
}

/** VeloFlux without the orchestration API: every path answers Go's 404 text. */
export const NOT_AVAILABLE: FaultSpec = { kind: 'status', status: 404, body: '404 page not found' };

/** Requests that never answer within a story's lifetime: the loading state stays on screen. */
export const NEVER_ANSWERS: FaultSpec = { kind: 'latency', latencyMs: 10 * 60_000 };

/** The story's simulator session, from the global loader (.storybook/preview.ts). */
export function sessionOf(context: { loaded: Record<string, unknown> }): StorySession {
  return context.loaded as unknown as StorySession;
}

/**
 * Puts `content` under a `<vf-orch-provider>` bound to the story's simulator session. Extra
 * attributes (a default `tenant-id`, `lang`) go on the provider's children themselves.
 */
export function withProvider(
  context: { loaded: Record<string, unknown> },
  content: TemplateResult,
): TemplateResult {
  return html`<vf-orch-provider base-url=${sessionOf(context).baseUrl}
    >${content}</vf-orch-provider
  >`;
}

/**
 * Like `withProvider`, with a client that waits an hour for an answer (the default gives up after
 * 15 s): with `NEVER_ANSWERS`, the loading state stays on screen.
 */
export function withPatientProvider(
  context: { loaded: Record<string, unknown> },
  content: TemplateResult,
): TemplateResult {
  const client = createOrchestrationClient({
    baseUrl: sessionOf(context).baseUrl,
    timeoutMs: 60 * 60_000,
  });
  return html`<vf-orch-provider .client=${client}>${content}</vf-orch-provider>`;
}

/** The dark theme: `color-scheme: dark` on an ancestor flips every `--vf-*` default. */
export function darkFrame(content: TemplateResult): TemplateResult {
  return html`<div style="color-scheme: dark; background:#0d1117; padding:16px">${content}</div>`;
}

// ---- play helpers -------------------------------------------------------------------------

/** Long enough for a simulated deploy or scale and the 2 s transitional poll that sees it end. */
export const SLOW = { timeout: 15_000 };

/** The story's element (light DOM of the canvas). */
export function elementIn<T extends HTMLElement = HTMLElement>(root: ParentNode, tag: string): T {
  const element = root.querySelector<T>(tag);
  if (!element) throw new Error(`<${tag}> is not in the story`);
  return element;
}

/** The first node matching `selector` inside `host`'s shadow root, or `null`. */
export function inShadow<T extends Element = HTMLElement>(
  host: Element,
  selector: string,
): T | null {
  return host.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Waits until `selector` matches inside `host`'s shadow root and returns it. */
export async function findInShadow<T extends Element = HTMLElement>(
  host: Element,
  selector: string,
  options: { timeout?: number } = {},
): Promise<T> {
  return waitFor(
    () => {
      const found = inShadow<T>(host, selector);
      if (!found) throw new Error(`${selector} is not in <${host.localName}> yet`);
      return found;
    },
    { timeout: options.timeout ?? 8000 },
  );
}

/** `[part~=name]` inside the shadow root. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return inShadow<T>(host, `[part~="${name}"]`);
}

/** Text content with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the shadow root's text contains `expected`. */
export async function waitForText(
  host: Element,
  expected: string | RegExp,
  options: { timeout?: number } = {},
): Promise<void> {
  await waitFor(
    () => {
      const text = textOf(host.shadowRoot);
      if (typeof expected === 'string') expect(text).toContain(expected);
      else expect(text).toMatch(expected);
    },
    { timeout: options.timeout ?? 8000 },
  );
}

/**
 * Replaces the value of a text or number field the way a person does: select all, Backspace,
 * type. (`userEvent.clear` insists on `document.activeElement`, which is the shadow host.)
 */
export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  // A field enabled by the previous step (a switch) is enabled on the element's next render.
  await waitFor(() => expect(input.disabled || input.readOnly).toBe(false));
  await userEvent.type(input, `{Backspace}${value}`, {
    initialSelectionStart: 0,
    initialSelectionEnd: input.value.length,
  });
  await expect(input.value).toBe(value);
}

/** Requests the element sent to the story's simulator, e.g. `sent(sim, 'POST', '/scale')`. */
export function sent(
  session: StorySession,
  method: string,
  pathSuffix: string,
): readonly LoggedRequest[] {
  return session.simulator
    .requests()
    .filter(
      (request) => request.method === method && request.path.split('?')[0]!.endsWith(pathSuffix),
    );
}

/** Resolves with the `detail` of the next `name` event that reaches `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string): Promise<T> {
  return new Promise((resolve) => {
    target.addEventListener(name, (event) => resolve((event as CustomEvent<T>).detail), {
      once: true,
    });
  });
}
