import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { eventNames, publicManifest, tidyArgTypes } from './manifest.js';
import { storySession, type StorySimulator } from './simulator.js';
import { withVfEvents } from './vf-events.js';

// Autodocs tables (attributes, properties, events, slots, parts, CSS properties) come from the
// manifest generated from each element's JSDoc: nothing is written twice. Only the public API is
// shown (the analyzer also lists private and protected members).
setCustomElementsManifest(publicManifest(manifest));

/**
 * The toolbar's Scheme switch: `color-scheme: dark` on an ancestor flips every `--vf-*` default,
 * so any story can be seen in the dark theme (the Dark scheme stories do it on their own).
 */
const withScheme: Decorator = (storyFn, { globals }) =>
  globals['scheme'] === 'dark'
    ? html`<div style="color-scheme: dark; background:#0d1117; padding:16px">${storyFn()}</div>`
    : storyFn();

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withVfEvents, withScheme],
  globalTypes: {
    scheme: {
      description: 'Colour scheme around the elements',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: 'light' },
  argTypesEnhancers: [tidyArgTypes],
  parameters: {
    controls: { expanded: true },
    // The Actions panel logs every event the manifest documents (`vf-*`, and the form elements'
    // native input/change), with the element that fired it and its detail (vf-events.ts).
    vfEvents: eventNames(manifest),
    a11y: { test: 'error' },
    docs: { toc: false },
    options: {
      storySort: { order: ['Introduction', 'Elements'] },
    },
  },
  // One isolated simulator session per story render, shaped by `parameters.simulator`; the render
  // function gets `loaded.baseUrl` (and play functions `loaded.simulator`).
  loaders: [
    async ({ parameters }) => ({
      ...(await storySession((parameters['simulator'] ?? {}) as StorySimulator)),
    }),
  ],
};

export default preview;
