// A web-test-runner reporter that writes the pass/fail counts, so `npm test` can end with them
// after the build and size steps (scripts/print-summary.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const SUMMARY_FILE = 'node_modules/.cache/vf-test-summary.json';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, sessionErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.sessionErrors += 1;
      }
      mkdirSync(dirname(SUMMARY_FILE), { recursive: true });
      writeFileSync(SUMMARY_FILE, JSON.stringify(totals));
    },
  };
}
