import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readStudyNoteHeader } from '../../../src/core/studyNote';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', '..', 'examples');

describe('the Markdown study notes the lesson picker lists', () => {
  it('reads the first heading outside the fenced stories, and the language from the file name', () => {
    const text = ['Intro line', '```tcpflow', '# a comment in a story', 'A -> B: SYN', '```', '', '# The real title #', '## A section'].join('\n');
    assert.deepStrictEqual(readStudyNoteHeader('note.ko.md', text), { title: 'The real title', lang: 'ko' });
    assert.deepStrictEqual(readStudyNoteHeader('note.md', '#nothing\n'), { title: undefined, lang: 'en' });
    assert.deepStrictEqual(readStudyNoteHeader('x.md', ''), { title: undefined, lang: 'en' });
  });

  it('finds a title in each note of examples/, one note in each language', () => {
    const notes = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')).sort();
    assert.deepStrictEqual(notes, ['handshakes.ko.md', 'handshakes.md']);
    const headers = notes.map((n) => readStudyNoteHeader(n, fs.readFileSync(path.join(EXAMPLES, n), 'utf8')));
    assert.deepStrictEqual(headers.map((h) => h.lang), ['ko', 'en']);
    for (const header of headers) {
      assert.ok(header.title && header.title.length > 3, JSON.stringify(header));
    }
  });
});
