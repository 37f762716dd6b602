import type { CheckedFile } from './checks';
import { xmlEscape, xmlTag } from './xml';

/**
 * JUnit XML, as CI servers and autograders read it: one `testsuite` per file,
 * one `testcase` per check. A failed check is a `failure` carrying its message
 * and `FILE:LINE:COL`; a file that could not be read is an `error` in each of
 * its test cases (or in one, when it has none to name).
 */
export function formatJunit(files: readonly CheckedFile[], suitesName: string, unreadableCase: string): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const tests = files.reduce((sum, f) => sum + Math.max(f.checks.length, 1), 0);
  const failures = files.reduce((sum, f) => sum + (f.error === undefined ? f.checks.filter((c) => !c.passed).length : 0), 0);
  const errors = files.reduce((sum, f) => sum + (f.error === undefined ? 0 : Math.max(f.checks.length, 1)), 0);
  out.push(xmlTag('testsuites', { name: suitesName, tests, failures, errors }));
  for (const file of files) {
    const cases = file.checks.length > 0 ? file.checks : [{ name: unreadableCase, passed: false, message: file.error ?? '' }];
    const fileFailures = file.error === undefined ? cases.filter((c) => !c.passed).length : 0;
    const fileErrors = file.error === undefined ? 0 : cases.length;
    out.push('  ' + xmlTag('testsuite', { name: file.path, tests: cases.length, failures: fileFailures, errors: fileErrors, skipped: 0, file: file.path }));
    for (const check of cases) {
      const open = xmlTag('testcase', { name: check.name, classname: file.path, file: file.path, line: check.line });
      if (file.error !== undefined) {
        out.push(`    ${open}`, `      ${xmlTag('error', { message: file.error, type: 'unreadable' })}${xmlEscape(file.error)}</error>`, '    </testcase>');
      } else if (check.passed) {
        out.push(`    ${open.slice(0, -1)}/>`);
      } else {
        const where = check.line === undefined ? file.path : `${file.path}:${check.line}:${check.column ?? 1}`;
        const body = `${where}: ${check.message}${check.code === undefined ? '' : ` [${check.code}]`}`;
        out.push(`    ${open}`, `      ${xmlTag('failure', { message: check.message, type: check.code ?? 'failed' })}${xmlEscape(body)}</failure>`, '    </testcase>');
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
