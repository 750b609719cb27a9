// The simulator is TypeScript (simulator/*.ts) shared by the browser (MSW) and Node (dev and test
// servers). Node 20 cannot import .ts, so bundle the Node entry once with esbuild into a cache file.
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Imports simulator/node.ts; returns null while the simulator does not exist. */
export async function loadSimulator() {
  const entry = join(root, 'simulator', 'node.ts');
  if (!existsSync(entry)) return null;
  const outDir = join(root, 'node_modules', '.cache', 'vf-simulator');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `node-${process.pid}-${Date.now()}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
