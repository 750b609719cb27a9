import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The service worker script of MSW, through which stories reach the in-browser simulator.
  staticDirs: ['../storybook-public'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  async viteFinal(viteConfig, { configType }) {
    // The project's vite.config.ts is a library build (entries, Lit external, one module per
    // source file): Storybook needs an app build of its own entries.
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      delete viteConfig.build.rollupOptions;
      // Storybook has already written the manager, index.json and the static files (the MSW
      // worker) into the output directory: emptying it would delete them.
      viteConfig.build.emptyOutDir = false;
      // Source maps double the build time and nothing here reads them.
      viteConfig.build.sourcemap = false;
    }
    viteConfig.publicDir = false;
    if (configType === 'PRODUCTION') {
      // `storybook build --quiet` still lists every chunk with its gzip size: keep warnings only.
      viteConfig.logLevel = 'warn';
      viteConfig.build = {
        ...viteConfig.build,
        reportCompressedSize: false,
        // The preview bundles Storybook's own UI (docs, axe): large by nature.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          ...viteConfig.build?.rolldownOptions,
          // The html/css literal minifier takes a few seconds over the sources; that is expected.
          checks: { ...viteConfig.build?.rolldownOptions?.checks, bundlerTimings: false },
        },
      };
    }
    return viteConfig;
  },
};

export default config;
