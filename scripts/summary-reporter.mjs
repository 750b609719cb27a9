// A web-test-runner reporter that records the pass/fail counts, so `npm test` can end with them
// after the build and size steps (scripts/print-summary.mjs).
import { clearSummaries, recordSummary } from './summary.mjs';

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
    start() {
      // A fresh run: counts of earlier runs must not be added to this one.
      clearSummaries();
    },
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      recordSummary('browser', totals);
    },
  };
}
