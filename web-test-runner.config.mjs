// Browser tests: headless Debian Chromium, TypeScript through esbuild, the simulator mounted on the
// test server so element tests talk real HTTP to it (see simulator/node.ts).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath } from './scripts/chromium-path.mjs';
import { simulatorKoaMiddleware } from './scripts/simulator-middleware.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  // One test file at a time: a second file would run in a background tab, where Chromium pauses
  // requestAnimationFrame (open-wc's fixture waits for a frame) and reports the page hidden (which
  // pauses the kit's status polling, as it should on a real page).
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [await simulatorKoaMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromeArgs },
    }),
  ],
  // Coverage is switched on by `npm test` (--coverage) so a single suite can run on its own.
  coverage: false,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.styles.ts', 'src/locales/**'],
    threshold: { lines: 95, statements: 95, functions: 88, branches: 88 },
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
