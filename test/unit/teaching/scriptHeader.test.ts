import * as assert from 'assert';
import { headerSummary, headerTitle, readScriptHeader } from '../../../src/core/scriptHeader';

describe('the header of a lesson or an exercise', () => {
  const text = [
    'title "Exercise: complete the 3-way handshake"',
    '# Task: the server listens. Write the segments of the',
    '# handshake so that every expect line holds.',
    '#',
    '# 과제: Server는 LISTEN 중입니다. 세그먼트를 쓰세요.',
    '',
    '# not part of the header: after a gap',
    'host client',
    'server: listen # a trailing comment',
  ].join('\n');

  it('reads the title and the opening comment, one paragraph per language, joined into one line', () => {
    const header = readScriptHeader(text);
    assert.strictEqual(header.title, 'Exercise: complete the 3-way handshake');
    assert.deepStrictEqual(header.paragraphs.en, ['Task: the server listens. Write the segments of the handshake so that every expect line holds.']);
    assert.deepStrictEqual(header.paragraphs.ko, ['과제: Server는 LISTEN 중입니다. 세그먼트를 쓰세요.']);
  });

  it('summarises with the first sentence, in the language asked for, without the "Task:" label', () => {
    const header = readScriptHeader(text);
    assert.strictEqual(headerSummary(header, 'en'), 'the server listens.');
    assert.strictEqual(headerSummary(header, 'ko'), 'Server는 LISTEN 중입니다.');
  });

  it('reads the Korean title from a comment with Hangul after the title, which is not part of the opening comment', () => {
    const header = readScriptHeader(`title "3-Way Handshake"  # 3-way 핸드셰이크\n${text.split('\n').slice(1).join('\n')}`);
    assert.strictEqual(header.titleKo, '3-way 핸드셰이크');
    assert.strictEqual(headerTitle(header, 'ko'), '3-way 핸드셰이크');
    assert.strictEqual(headerTitle(header, 'en'), '3-Way Handshake');
    assert.strictEqual(header.paragraphs.en.length, 1);
    assert.strictEqual(header.paragraphs.ko.length, 1);
    // A comment without Hangul after the title is no translation; the English title stands in.
    const remark = readScriptHeader('title "3-Way Handshake"  # draft\n# An opening. More.');
    assert.strictEqual(headerTitle(remark, 'ko'), '3-Way Handshake');
    assert.deepStrictEqual(remark.paragraphs.en, ['An opening. More.']);
  });

  it('falls back to English, and to nothing, when a language or the whole header is missing', () => {
    const english = readScriptHeader('# Only English here. More.\nA -> B: SYN');
    assert.strictEqual(headerSummary(english, 'ko'), 'Only English here.');
    const bare = readScriptHeader('A -> B: SYN\n# a comment after the story starts');
    assert.deepStrictEqual(bare, { title: undefined, titleKo: undefined, paragraphs: { en: [], ko: [] } });
    assert.strictEqual(headerSummary(bare, 'en'), undefined);
  });

  it('reads any text without throwing, including an empty one and a broken title', () => {
    assert.deepStrictEqual(readScriptHeader(''), { title: undefined, titleKo: undefined, paragraphs: { en: [], ko: [] } });
    assert.strictEqual(readScriptHeader('title\n# x').title, undefined);
  });
});
