import { expect, fixture, aTimeout } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { VfElement } from '../../src/internal/vf-element.js';
import { trackLeaks } from './leak-tracker.js';

export interface ContractOptions {
  tag: string;
  elementClass: typeof VfElement;
  /** Renders the element under test (wrapped as the test needs, e.g. in a provider). */
  render: () => Promise<TemplateResult> | TemplateResult;
  /** Finds the element under test in the rendered fixture (defaults to the first `tag`). */
  find?: (root: Element) => HTMLElement;
  /** Waits until the element shows its loaded state. */
  ready?: (element: HTMLElement) => Promise<void>;
  /** Drives the element so that it emits its events (clicks, typing). */
  exercise?: (element: HTMLElement) => Promise<void>;
  /** Asserts the emitted events are at least these (so the event check cannot pass vacuously). */
  expectEvents?: string[];
}

const NATIVE_EVENTS = new Set(['input', 'change']);

/**
 * The contract every `vf-*` element passes: it registers under its tag, survives being defined
 * twice, passes axe, emits only lowercase `vf-` events (plus native `input`/`change`) that bubble
 * and are composed, and leaves no timer or listener behind after removal.
 */
export function runContractSuite(options: ContractOptions): void {
  const find =
    options.find ??
    ((root: Element) =>
      (root.matches(options.tag) ? root : root.querySelector(options.tag)) as HTMLElement);

  async function mount(): Promise<{ root: Element; element: HTMLElement }> {
    const root = await fixture(await options.render());
    const element = find(root);
    await (element as VfElement).updateComplete;
    await options.ready?.(element);
    return { root, element };
  }

  describe(`<${options.tag}> contract`, () => {
    it('registers under its tag', () => {
      expect(customElements.get(options.tag)).to.equal(options.elementClass);
      expect(document.createElement(options.tag)).to.be.instanceOf(options.elementClass);
    });

    it('survives being defined twice', () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        expect(() => options.elementClass.define(options.tag)).not.to.throw();
        class AnotherCopy extends options.elementClass {}
        expect(() => AnotherCopy.define(options.tag)).not.to.throw();
      } finally {
        console.warn = warn;
      }
      expect(customElements.get(options.tag)).to.equal(options.elementClass);
      expect(warnings).to.have.length(1);
    });

    it('passes axe', async () => {
      const { element } = await mount();
      await expect(element).to.be.accessible();
    });

    it('emits only lowercase vf- events that bubble and are composed', async () => {
      const { element } = await mount();
      const seen: Event[] = [];
      const dispatch = element.dispatchEvent.bind(element);
      element.dispatchEvent = (event: Event) => {
        seen.push(event);
        return dispatch(event);
      };
      await options.exercise?.(element);
      for (const event of seen) {
        if (NATIVE_EVENTS.has(event.type)) continue;
        expect(event.type, 'event name').to.match(/^vf-[a-z]+(-[a-z]+)*$/);
        expect(event.bubbles, `${event.type} bubbles`).to.equal(true);
        expect(event.composed, `${event.type} is composed`).to.equal(true);
      }
      const names = seen.map((event) => event.type);
      for (const name of options.expectEvents ?? []) expect(names).to.include(name);
    });

    it('leaves no timer or listener behind after removal', async () => {
      const tracker = trackLeaks();
      let report;
      try {
        const { root, element } = await mount();
        await options.exercise?.(element);
        root.remove();
        await aTimeout(30);
      } finally {
        report = tracker.stop();
      }
      expect(report.intervals, 'intervals left').to.equal(0);
      expect(report.timers, `timers left, created at:\n${report.timerStacks.join('\n')}`).to.equal(
        0,
      );
      expect(report.listeners, 'window/document listeners left').to.deep.equal([]);
    });
  });
}
