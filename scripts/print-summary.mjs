// The last line of a run: the counts of every suite that ran, added up.
import { readSummaries } from './summary.mjs';

const summaries = readSummaries();
let passed = 0;
let failed = 0;
console.log('');
for (const summary of summaries) {
  console.log(`${summary.suite}: ${summary.passed} passed, ${summary.failed} failed`);
  passed += summary.passed;
  failed += summary.failed;
}
if (summaries.length === 0) {
  console.log('no suite recorded any result');
  failed = 1;
}
console.log(`total: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
