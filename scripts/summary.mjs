// Pass/fail counts of each suite (browser tests, host end-to-end, Storybook smoke), so the last
// line of a run can add them up whichever suites ran.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join('node_modules', '.cache', 'vf-summaries');

export function recordSummary(suite, totals) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, `${suite}.json`), JSON.stringify({ suite, ...totals }));
}

export function readSummaries() {
  try {
    return readdirSync(DIR).map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')));
  } catch {
    return [];
  }
}

export function clearSummaries() {
  rmSync(DIR, { recursive: true, force: true });
}
