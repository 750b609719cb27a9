import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The service worker script of MSW, through which stories reach the in-browser simulator.
  staticDirs: ['../storybook-public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // The project's vite.config.ts is a library build: Storybook needs an app build.
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      delete viteConfig.build.rollupOptions;
      viteConfig.build.emptyOutDir = true;
    }
    viteConfig.publicDir = false;
    return viteConfig;
  },
};

export default config;
