import * as assert from 'assert';
import { SYNTAX_MESSAGES } from '../../../src/core/messages/syntax';

function placeholders(template: string): string[] {
  // `{text:은}` is `{text}` followed by a Korean particle (see format in lang.ts).
  return [...template.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]!).sort();
}

describe('syntax messages', () => {
  it('English and Korean have the same ids and the same placeholders', () => {
    assert.deepStrictEqual(Object.keys(SYNTAX_MESSAGES.ko).sort(), Object.keys(SYNTAX_MESSAGES.en).sort());
    for (const [id, en] of Object.entries(SYNTAX_MESSAGES.en)) {
      const ko = (SYNTAX_MESSAGES.ko as Record<string, string>)[id]!;
      assert.deepStrictEqual(placeholders(ko), placeholders(en), id);
    }
  });

  it('every Korean message is written in Korean', () => {
    for (const [id, ko] of Object.entries(SYNTAX_MESSAGES.ko)) {
      assert.match(ko, /[\uac00-\ud7a3]/, id);
    }
  });

  it('ids are namespaced so they cannot collide with the engine catalog', () => {
    for (const id of Object.keys(SYNTAX_MESSAGES.en)) {
      assert.ok(id.startsWith('syntax.'), id);
    }
  });
});
