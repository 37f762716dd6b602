import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

// l10n/GLOSSARY.ko.md fixes one Korean spelling per term. Every Korean text the extension shows
// (catalogs and reference in src/, lessons, exercises, the manifest and runtime strings) keeps to it.

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

function files(dir: string, ends: readonly string[]): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, ends) : ends.some((e) => entry.name.endsWith(e)) ? [full] : [];
  });
}

/** The rejected spellings of each row: the glossary's last column. */
function rejected(): { term: string; not: string }[] {
  const text = fs.readFileSync(path.join(ROOT, 'l10n', 'GLOSSARY.ko.md'), 'utf8');
  const rows = [...text.matchAll(/^\| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].slice(2);
  return rows.flatMap((m) => m[3]!.split(',').map((not) => ({ term: m[1]!.trim(), not: not.trim() })));
}

describe('the Korean glossary', () => {
  it('lists terms, each with the spellings it rules out', () => {
    const list = rejected();
    assert.ok(list.length >= 10, `${list.length} rejected spellings`);
    assert.ok(list.some((r) => r.not === '확인 응답'));
  });

  it('is followed by every Korean text: messages, reference, lessons, exercises, manifest', () => {
    const texts = [
      ...files(path.join(ROOT, 'src'), ['.ts']),
      ...files(path.join(ROOT, 'examples'), ['.tcpflow']),
      ...files(path.join(ROOT, 'exercises'), ['.tcpflow']),
      ...files(path.join(ROOT, 'l10n'), ['.json']),
      path.join(ROOT, 'package.nls.ko.json'),
    ];
    assert.ok(texts.length > 30);
    const found: string[] = [];
    for (const file of texts) {
      const content = fs.readFileSync(file, 'utf8');
      for (const { term, not } of rejected()) {
        if (content.includes(not)) {
          found.push(`${path.relative(ROOT, file)}: '${not}' (write the glossary's spelling for "${term}")`);
        }
      }
    }
    assert.deepStrictEqual(found, []);
  });
});
