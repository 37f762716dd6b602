import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { headerSummary, readScriptHeader } from '../../../src/core/scriptHeader';

/**
 * The Korean text of each lesson and exercise says what the English does. Words cannot be compared,
 * but numbers can: every number of an English paragraph (an ISN, an ACK, a line) is in its Korean
 * paragraph, and every number of the English title and summary the picker shows is in the Korean ones.
 */

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const SCRIPTS = ['examples', 'exercises'].flatMap((dir) =>
  fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.tcpflow')).sort().map((f) => path.join(dir, f)),
);

function numbers(text: string | undefined): string[] {
  return [...new Set((text ?? '').match(/\d+/g) ?? [])];
}

function missing(english: string | undefined, korean: string | undefined): string[] {
  const there = new Set(numbers(korean));
  return numbers(english).filter((n) => !there.has(n));
}

describe('Korean lesson and exercise texts keep everything the English gives', () => {
  it('finds the lessons and exercises', () => {
    assert.ok(SCRIPTS.length >= 20, SCRIPTS.join(', '));
  });

  for (const file of SCRIPTS) {
    it(file, () => {
      const header = readScriptHeader(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      assert.strictEqual(header.paragraphs.ko.length, header.paragraphs.en.length, 'one Korean paragraph for each English one');
      header.paragraphs.en.forEach((english, i) => {
        assert.deepStrictEqual(missing(english, header.paragraphs.ko[i]), [], `paragraph ${i + 1}`);
      });
      assert.deepStrictEqual(missing(headerSummary(header, 'en'), headerSummary(header, 'ko')), [], 'the summary the picker shows');
      // The picker shows the title in the UI's language: both must be there, and say the same numbers.
      assert.match(header.title ?? '', /^[\x20-\x7e]+$/, 'an English title');
      assert.match(header.titleKo ?? '', /[\uac00-\ud7a3]/, 'a Korean title (a comment with Hangul after the title)');
      assert.deepStrictEqual(missing(header.title, header.titleKo), [], 'the Korean title');
    });
  }
});
