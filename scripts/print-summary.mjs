// The last line of `npm test`: the browser suite's counts (the build and size steps ran after it).
import { readFileSync } from 'node:fs';
import { SUMMARY_FILE } from './summary-reporter.mjs';

const totals = JSON.parse(readFileSync(SUMMARY_FILE, 'utf8'));
console.log(`\nbrowser suite: ${totals.files} files`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
if (totals.failed > 0 || totals.sessionErrors > 0) process.exit(1);
