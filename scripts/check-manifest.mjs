// Fails when custom-elements.json is not what the analyzer produces from the current JSDoc.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory, so keep it inside the project.
const out = join('node_modules', '.cache', 'vf-manifest-check');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync(
  'npx',
  ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', out, '--quiet'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const fresh = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
const committed = existsSync('custom-elements.json')
  ? JSON.parse(readFileSync('custom-elements.json', 'utf8'))
  : null;
if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
  console.error(
    'custom-elements.json is out of date: run `npm run manifest` and commit the result.',
  );
  process.exit(1);
}
console.log('manifest: custom-elements.json is up to date');
