import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const PREVIEW_SOURCES = path.join(ROOT, 'src', 'extension', 'preview');

/** Every string the preview passes to vscode.l10n.t (or to the `t` it is handed), read from its sources. */
function previewMessages(): Set<string> {
  const messages = new Set<string>();
  for (const file of fs.readdirSync(PREVIEW_SOURCES).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(PREVIEW_SOURCES, file), 'utf8');
    for (const match of source.matchAll(/\b(?:l10n\.t|\bt)\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      messages.add(match[1]!.replace(/\\'/g, "'"));
    }
  }
  return messages;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
}

describe('preview strings: English and Korean', () => {
  const korean = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
  const messages = previewMessages();

  it('finds the strings it checks', () => {
    assert.ok(messages.size >= 30, `${messages.size} strings found`);
    assert.ok(messages.has('Step {0} of {1}'));
  });

  it('has a Korean translation of every runtime string, with the same placeholders', () => {
    for (const message of messages) {
      const translated = korean[message];
      assert.ok(translated !== undefined, `no Korean for ${JSON.stringify(message)}`);
      assert.deepStrictEqual(placeholders(translated), placeholders(message), message);
    }
  });

  it('has a Korean title for every preview command', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { commands: { command: string; title: string }[] } };
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const ko = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
    const previewCommands = pkg.contributes.commands.filter((c) => /Preview/i.test(c.command));
    assert.strictEqual(previewCommands.length, 3);
    for (const command of previewCommands) {
      const key = /^%(.+)%$/.exec(command.title)?.[1];
      assert.ok(key !== undefined && en[key] !== undefined && ko[key] !== undefined, command.command);
      assert.notStrictEqual(en[key], ko[key]);
    }
  });
});
