import type { Decorator } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';

/**
 * Logs the kit's DOM events in the Actions panel with what matters in them: the element that
 * fired and the event's `detail` (for native `input`/`change`, the element's `value`).
 *
 * Why not Storybook's `withActions`: it logs the Event object, whose `detail` (a prototype getter)
 * does not survive serialization, so every entry reads `{ isTrusted: false }`; and it listens from
 * a `useEffect`, which runs only once the play function has finished, so the events a play
 * function causes are never logged.
 *
 * The names come from `parameters.vfEvents`. The listeners sit on the story's canvas (every
 * `vf-*` event bubbles and is composed, so events from inside `<vf-orch-panel>` arrive too) and
 * are replaced on every render of that canvas.
 */
const detach = new WeakMap<Element, () => void>();

function listen(canvas: Element, names: readonly string[]): () => void {
  const removers = names.map((name) => {
    const log = action(name);
    const listener = (event: Event): void => {
      const source = event.target instanceof Element ? event.target.localName : '';
      if (!source.startsWith('vf-')) return;
      if (event instanceof CustomEvent) log({ source, detail: event.detail });
      else log({ source, value: (event.target as { value?: unknown }).value });
    };
    canvas.addEventListener(name, listener);
    return () => canvas.removeEventListener(name, listener);
  });
  return () => removers.forEach((remove) => remove());
}

export const withVfEvents: Decorator = (storyFn, context) => {
  const names = (context.parameters['vfEvents'] as string[] | undefined) ?? [];
  const canvas: Element | null =
    context.canvasElement ?? globalThis.document?.getElementById('storybook-root') ?? null;
  if (canvas) {
    detach.get(canvas)?.();
    detach.set(canvas, listen(canvas, names));
  }
  return storyFn();
};
