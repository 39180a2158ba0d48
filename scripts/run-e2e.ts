/**
 * Runs the end-to-end files one browser at a time. Firefox over WebDriver BiDi fails
 * now and then with a protocol error for no visible reason (BROWSER-TESTING.md: "allow
 * one retry of a whole Firefox test file, never of an assertion"), so each Firefox file
 * that failed is run once more, whole, and the retry is announced; a failure that
 * repeats fails the run. Chromium gets no retry.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

interface JsonReport {
  testResults: { name: string; status: string }[];
}

/** Runs the end-to-end files matching `filters`; gives the files that failed. */
function run(filters: readonly string[]): string[] | null {
  const dir = mkdtempSync(join(tmpdir(), 'legible-e2e-'));
  const report = join(dir, 'report.json');
  try {
    const result = spawnSync(
      'npx',
      [
        'vitest',
        'run',
        '-c',
        'vitest.e2e.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...filters,
      ],
      { stdio: 'inherit' },
    );
    if (result.status === 0) return [];
    try {
      const { testResults } = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
      const failed = testResults.filter((file) => file.status !== 'passed');
      return failed.map((file) => relative(process.cwd(), file.name));
    } catch {
      return null; // no report: vitest itself failed, nothing to retry
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let ok = run(['tests/e2e/chromium'])?.length === 0;
const firefoxFailed = run(['tests/e2e/firefox']);
if (firefoxFailed === null) {
  ok = false;
} else if (firefoxFailed.length > 0) {
  console.log(`\nFirefox files failed: ${firefoxFailed.join(', ')}; running each once more.\n`);
  ok = run(firefoxFailed)?.length === 0 && ok;
}
process.exit(ok ? 0 : 1);
