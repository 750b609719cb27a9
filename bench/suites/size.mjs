// 1. Size: gzip (level 9) and brotli (quality 11) of the full bundle and of each element entry.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundlePath, root } from '../lib/server.mjs';

const LIT_EXTERNAL = ['lit', 'lit/*', '@lit/*'];

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;

function measure(bytes) {
  return { raw: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) };
}

/** esbuild --bundle --minify --format=esm of a virtual entry; `{ bytes, metafile }`. */
async function bundle(contents, { litExternal }) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    external: litExternal ? LIT_EXTERNAL : [],
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  return { bytes: Buffer.from(result.outputFiles[0].contents), metafile: result.metafile };
}

// Everything outside src/elements/: the client, context, quantities and the VfElement base with its
// shared controllers, views, styles and messages. Namespace re-exports keep every export alive.
const CORE_MODULES = [
  'src/client/index.ts',
  'src/context/index.ts',
  'src/quantity/index.ts',
  ...readdirSync(join(root, 'src/internal'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `src/internal/${file}`),
];
const reexport = (modules, prefix) =>
  modules
    .map(
      (module, index) =>
        `import * as ${prefix}${index} from './${module}';\nexport { ${prefix}${index} };`,
    )
    .join('\n');
const CORE_ENTRY = reexport(CORE_MODULES, 'core');

const defineModule = (name) => `src/elements/${name}/define.ts`;

/** Raw minified bytes of the full kit by kind of source (esbuild metafile of src/index.ts). */
function breakdown(metafile) {
  const inputs = Object.values(metafile.outputs)[0].inputs;
  const groups = {};
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    let group;
    if (path.startsWith('node_modules/'))
      group = 'Lit (lit-html, reactive-element, lit-element, @lit/context, @lit/task)';
    else if (/\.messages\.ts$|src\/internal\/messages\.ts$|src\/locales\//.test(path))
      group = 'messages (en + pt-BR strings)';
    else if (/\.styles\.ts$|src\/internal\/styles\.ts$/.test(path)) group = 'styles (css`` in JS)';
    else if (path.startsWith('src/client/')) group = 'client (fetch, errors, status store)';
    else if (path.startsWith('src/quantity/')) group = 'quantity (BigInt quantities)';
    else if (path.startsWith('src/elements/')) group = 'element code (templates, logic)';
    else group = 'internal + context (base class, controllers)';
    groups[group] = (groups[group] ?? 0) + bytesInOutput;
  }
  const total = Object.values(groups).reduce((sum, bytes) => sum + bytes, 0);
  return Object.entries(groups)
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => ({ group, bytes, share: Number((bytes / total).toFixed(3)) }));
}

/** Raw minified bytes of each element's own folder, by kind (messages, styles, code). */
function perElementBreakdown(metafile) {
  const inputs = Object.values(metafile.outputs)[0].inputs;
  const elements = {};
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const match = /^src\/elements\/([^/]+)\/(.*)$/.exec(path);
    if (!match) continue;
    const [, name, file] = match;
    const kind = file.endsWith('.messages.ts')
      ? 'messages'
      : file.endsWith('.styles.ts')
        ? 'styles'
        : 'code';
    elements[name] ??= { messages: 0, styles: 0, code: 0 };
    elements[name][kind] += bytesInOutput;
  }
  return elements;
}

export async function runSize() {
  const elements = readdirSync(join(root, 'src/elements')).sort();
  const full = measure(readFileSync(bundlePath));
  const allMinified = await bundle(`export * from './src/index.ts';`, { litExternal: false });
  const allLitExternal = measure(
    (await bundle(`export * from './src/index.ts';`, { litExternal: true })).bytes,
  );
  const core = {
    litExternal: measure((await bundle(CORE_ENTRY, { litExternal: true })).bytes),
    litIncluded: measure((await bundle(CORE_ENTRY, { litExternal: false })).bytes),
  };
  const litOnly = measure(
    (
      await bundle(
        `export * from 'lit'; export * from 'lit/decorators.js'; export * from 'lit/directives/if-defined.js'; export * from '@lit/context'; export * from '@lit/task';`,
        { litExternal: false },
      )
    ).bytes,
  );
  const perElement = {};
  for (const name of elements) {
    const entry = `export * from './${defineModule(name)}';`;
    const litExternal = measure((await bundle(entry, { litExternal: true })).bytes);
    const litIncluded = measure((await bundle(entry, { litExternal: false })).bytes);
    const withCore = measure(
      (await bundle(`${CORE_ENTRY}\n${entry}`, { litExternal: true })).bytes,
    );
    const marginal = {
      gzip: withCore.gzip - core.litExternal.gzip,
      brotli: withCore.brotli - core.litExternal.brotli,
      raw: withCore.raw - core.litExternal.raw,
    };
    perElement[name] = { litExternal, litIncluded, marginal };
  }
  // The panel composes the six other UI elements: its own cost is over core + those six.
  const composed = elements.filter((name) => !['orch-panel', 'orch-provider'].includes(name));
  const composedEntry = composed
    .map((name) => `export * from './${defineModule(name)}';`)
    .join('\n');
  const base = measure(
    (await bundle(`${CORE_ENTRY}\n${composedEntry}`, { litExternal: true })).bytes,
  );
  const withPanel = measure(
    (
      await bundle(
        `${CORE_ENTRY}\n${composedEntry}\nexport * from './${defineModule('orch-panel')}';`,
        { litExternal: true },
      )
    ).bytes,
  );
  perElement['orch-panel'].ownMarginal = {
    gzip: withPanel.gzip - base.gzip,
    brotli: withPanel.brotli - base.brotli,
    raw: withPanel.raw - base.raw,
  };
  return {
    fullBundle: full,
    fullBundleEsbuildMinified: measure(allMinified.bytes),
    allElementsLitExternal: allLitExternal,
    core,
    lit: litOnly,
    perElement,
    breakdown: breakdown(allMinified.metafile),
    ownFolderBytes: perElementBreakdown(allMinified.metafile),
  };
}
