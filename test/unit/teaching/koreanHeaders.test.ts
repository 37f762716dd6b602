import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { headerSummary, readScriptHeader } from '../../../src/core/scriptHeader';

/**
 * The Korean text of each lesson and exercise says what the English does. Words cannot be compared,
 * but numbers can: every number of an English paragraph (an ISN, an ACK, a line) is in its Korean
 * paragraph, and every number of the English summary the picker shows is in the Korean summary.
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
    });
  }
});
