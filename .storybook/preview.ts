import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { publicManifest, tidyArgTypes } from './manifest.js';
import { storySession, type StorySimulator } from './simulator.js';

// Autodocs tables (attributes, properties, events, slots, parts, CSS properties) come from the
// manifest generated from each element's JSDoc: nothing is written twice. Only the public API is
// shown (the analyzer also lists private and protected members).
setCustomElementsManifest(publicManifest(manifest));

/** Every `vf-*` event the kit fires; the actions panel logs them (they bubble and are composed). */
const VF_EVENTS = [
  'vf-error',
  'vf-auth-required',
  'vf-status-change',
  'vf-deploy-request',
  'vf-deploy-accepted',
  'vf-deploy-settled',
  'vf-drain-request',
  'vf-drain-accepted',
  'vf-drain-settled',
  'vf-scale-request',
  'vf-scale-accepted',
  'vf-scale-settled',
  'vf-autoscale-request',
  'vf-autoscale-saved',
  'vf-resources-request',
  'vf-resources-saved',
  'vf-config-request',
  'vf-config-saved',
];

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withActions],
  argTypesEnhancers: [tidyArgTypes],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // The actions panel lists every vf-* event (and native input/change) the story's elements emit.
    actions: { handles: [...VF_EVENTS, 'input', 'change'] },
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
