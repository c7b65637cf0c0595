// Sums Vitest JSON reports into the one plain line CI reads: "N passed, N failed".
// A missing report (a stage that never ran) counts as a failure, so a broken
// typecheck can never look like a green run with few tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'test-results';
const expected = ['unit.json', 'e2e.json'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of expected) {
  try {
    const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that failed to load has no tests in it but is still a failure.
    for (const file of report.testResults ?? []) {
      if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
    }
  } catch {
    console.error(`no test report ${name}: that stage did not run`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
