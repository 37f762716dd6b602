import type { CheckedFile, CheckResult } from './checks';

/**
 * TAP version 14: one test point per file, its checks as a subtest (indented
 * four spaces, with its own plan), a failure's message and place in a YAML
 * diagnostics block. A file that could not be read is `not ok` with its error.
 */
export function formatTap(files: readonly CheckedFile[]): string {
  const out: string[] = ['TAP version 14', `1..${files.length}`];
  files.forEach((file, index) => {
    const number = index + 1;
    if (file.error !== undefined) {
      out.push(`not ok ${number} - ${description(file.path)}`, ...yamlBlock({ message: file.error, severity: 'fail', at: { file: file.path } }, '  '));
      return;
    }
    out.push(`# Subtest: ${description(file.path)}`, `    1..${file.checks.length}`);
    file.checks.forEach((check, i) => out.push(...testPoint(check, i + 1, file.path, '    ')));
    const passed = file.checks.every((c) => c.passed);
    out.push(`${passed ? 'ok' : 'not ok'} ${number} - ${description(file.path)}`);
  });
  return out.join('\n') + '\n';
}

function testPoint(check: CheckResult, number: number, path: string, indent: string): string[] {
  const line = `${indent}${check.passed ? 'ok' : 'not ok'} ${number} - ${description(check.name)}`;
  if (check.passed) {
    return [line];
  }
  const at: { readonly [key: string]: YamlValue } = check.line === undefined ? { file: path } : { file: path, line: check.line, column: check.column ?? 1 };
  return [line, ...yamlBlock({ message: check.message, severity: 'fail', ...(check.code === undefined ? {} : { code: check.code }), at }, indent + '  ')];
}

/** A description never holds `#` (it would start a directive) or a line break; `\` escapes both kinds of mark. */
function description(text: string): string {
  return text.replace(/[\\#]/g, (ch) => `\\${ch}`).replace(/[\r\n\u0085\u2028\u2029]+/g, ' ');
}

type YamlValue = string | number | { readonly [key: string]: YamlValue };

/** `---` … `...` around a mapping; strings double-quoted (JSON's escapes are YAML's), line separators escaped too. */
function yamlBlock(value: { readonly [key: string]: YamlValue }, indent: string): string[] {
  return [`${indent}---`, ...yamlMapping(value, indent), `${indent}...`];
}

function yamlMapping(value: { readonly [key: string]: YamlValue }, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'object') {
      lines.push(`${indent}${key}:`, ...yamlMapping(item, indent + '  '));
    } else {
      lines.push(`${indent}${key}: ${typeof item === 'number' ? item : yamlString(item)}`);
    }
  }
  return lines;
}

function yamlString(text: string): string {
  return JSON.stringify(text).replace(/[\u0085\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
