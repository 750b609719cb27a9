import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const elementNames = readdirSync(resolve(root, 'src/elements'));

/**
 * Two library builds:
 * - default: one ES module per source module under `dist/` (Lit external), so an app bundler
 *   loads only the elements it imports;
 * - `--mode bundle`: `dist/veloflux-elements.bundle.js`, self-contained (Lit included), which a
 *   plain HTML page loads with one `<script type="module">`.
 */
export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  return {
    publicDir: false,
    // Whitespace and comments inside html`` and css`` templates ship to every page: minify them.
    plugins: [
      literalsHtmlCssMinifier({
        include: ['src/**/*.ts'],
        failOnError: true,
        // Whitespace between words and expressions is text: collapse it to one space, never drop it.
        options: { minifyOptions: { conservativeCollapse: true } },
      }),
    ],
    build: {
      outDir: 'dist',
      emptyOutDir: !bundle,
      copyPublicDir: false,
      target: 'es2022',
      sourcemap: true,
      minify: bundle,
      lib: bundle
        ? {
            entry: resolve(root, 'src/index.ts'),
            formats: ['es'],
            fileName: () => 'veloflux-elements.bundle.js',
          }
        : {
            entry: {
              index: resolve(root, 'src/index.ts'),
              'client/index': resolve(root, 'src/client/index.ts'),
              'quantity/index': resolve(root, 'src/quantity/index.ts'),
              'context/index': resolve(root, 'src/context/index.ts'),
              ...Object.fromEntries(
                elementNames.map((name) => [
                  `elements/${name}/define`,
                  resolve(root, `src/elements/${name}/define.ts`),
                ]),
              ),
            },
            formats: ['es'],
          },
      rollupOptions: bundle
        ? {}
        : {
            external: [/^lit(\/.*)?$/, /^@lit\//],
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              entryFileNames: '[name].js',
            },
          },
    },
  };
});
