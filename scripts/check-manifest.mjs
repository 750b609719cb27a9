// Fails when custom-elements.json is not what the analyzer produces from the current JSDoc.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'vf-cem-'));
execFileSync(
  'npx',
  ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', out, '--quiet'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
const committed = existsSync('custom-elements.json')
  ? readFileSync('custom-elements.json', 'utf8')
  : '';
if (JSON.stringify(JSON.parse(fresh)) !== (committed && JSON.stringify(JSON.parse(committed)))) {
  console.error(
    'custom-elements.json is out of date: run `npm run manifest` and commit the result.',
  );
  process.exit(1);
}
console.log('manifest: custom-elements.json is up to date');
