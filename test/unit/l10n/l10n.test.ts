import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { EDITOR_MESSAGES } from '../../../src/core/messages/editor';
import { FLAG_REFERENCE } from '../../../src/core/reference/flags';
import { snippetDescriptionId, snippetNameId, SNIPPETS } from '../../../src/core/snippets';
import { STATE_REFERENCE } from '../../../src/core/reference/states';
import { TCP_FLAGS } from '../../../src/core/tcp/flags';
import { TCP_STATES } from '../../../src/core/tcp/states';

// Every user-visible string has a Korean translation: the catalogs of the core and the CLI, the
// state and flag reference, the manifest (package.nls), the runtime strings (vscode.l10n) and the
// snippets' names and descriptions. A string added in English only makes one of these fail.

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const COMPILED_SRC = path.resolve(__dirname, '..', '..', '..', 'src');
const HANGUL = /[\uac00-\ud7a3]/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The placeholders a text uses (`{host}`, or `{host:은}` with a particle); a translation may use one twice or once, but must use each. */
function namedPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]!))].sort();
}

interface FoundCatalog {
  readonly name: string;
  readonly en: Record<string, string>;
  readonly ko: Record<string, string>;
}

/** Every `export const X: Catalog<...>` in src/, loaded from its compiled module. */
function catalogs(): FoundCatalog[] {
  const found: FoundCatalog[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/export const (\w+): Catalog</g)) {
      const relative = path.relative(path.join(ROOT, 'src'), file).replace(/\.ts$/, '.js');
      const loaded = (require(path.join(COMPILED_SRC, relative)) as Record<string, FoundCatalog>)[match[1]!];
      assert.ok(loaded, `${relative} exports ${match[1]}`);
      found.push({ name: `${relative}:${match[1]}`, en: loaded.en, ko: loaded.ko });
    }
  }
  return found;
}

/** Korean text may keep the product's name, RFC names and symbols, but a sentence of it must hold Hangul. */
function needsHangul(english: string): boolean {
  return /[a-z]{3,}/.test(english.replace(/\{\w+\}|TCP Flow/g, ''));
}

describe('Korean translations of every user-visible string', () => {
  it('finds every message catalog: syntax, engine, diagram, hover, editor and the CLI', () => {
    const names = catalogs().map((c) => c.name);
    for (const expected of ['syntax', 'engine', 'diagram', 'hover', 'editor', 'cli/messages']) {
      assert.ok(names.some((n) => n.includes(expected)), `${expected} in ${names.join(', ')}`);
    }
  });

  it('gives each catalog the same ids in both languages, with the same placeholders, and Korean text', () => {
    for (const catalog of catalogs()) {
      assert.deepStrictEqual(Object.keys(catalog.ko).sort(), Object.keys(catalog.en).sort(), catalog.name);
      for (const [id, english] of Object.entries(catalog.en)) {
        const korean = catalog.ko[id]!;
        assert.deepStrictEqual(namedPlaceholders(korean), namedPlaceholders(english), `${catalog.name} ${id}`);
        if (needsHangul(english)) {
          assert.match(korean, HANGUL, `${catalog.name} ${id} is not in Korean: ${korean}`);
        }
      }
    }
  });

  it('explains each of the eleven states and each control bit in both languages', () => {
    assert.deepStrictEqual(Object.keys(STATE_REFERENCE).sort(), [...TCP_STATES].sort());
    assert.deepStrictEqual(Object.keys(FLAG_REFERENCE).sort(), [...TCP_FLAGS].sort());
    for (const [name, entry] of [...Object.entries(STATE_REFERENCE), ...Object.entries(FLAG_REFERENCE)]) {
      for (const text of [entry.rfc, entry.explanation]) {
        assert.ok(text.en.length > 10, name);
        assert.match(text.ko, HANGUL, `${name}: ${text.ko}`);
      }
    }
  });

  it('keeps the RFC 9293 §3.3.2 meaning of each state word for word in English', () => {
    const rfc = fs.readFileSync(path.join(ROOT, '..', 'shared', 'reference', 'rfc9293.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const state of TCP_STATES) {
      assert.ok(rfc.includes(`${state} - ${STATE_REFERENCE[state].rfc.en}`), state);
    }
  });

  it('translates every manifest string (package.nls.json ↔ package.nls.ko.json)', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const ko = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
    const used = new Set([...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!));
    assert.ok(used.size >= 10, `${used.size} manifest keys`);
    for (const key of used) {
      assert.ok(en[key] !== undefined, `package.nls.json has no ${key}`);
    }
    assert.deepStrictEqual(Object.keys(ko).sort(), Object.keys(en).sort(), 'the same keys in both files');
    for (const [key, english] of Object.entries(en)) {
      assert.ok(used.has(key), `package.nls.json's ${key} is used nowhere`);
      if (needsHangul(english)) {
        assert.match(ko[key]!, HANGUL, `${key} is not in Korean: ${ko[key]}`);
      }
    }
  });

  it('translates every runtime string the extension passes to vscode.l10n.t, and keeps no stale ones', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
    const messages = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'src', 'extension'))) {
      const source = fs.readFileSync(file, 'utf8');
      // Calls with a template or a variable cannot be checked here, so the sources must not make them.
      assert.doesNotMatch(source, /l10n\.t\(\s*[^'\s]/, `${file} passes vscode.l10n.t something other than a string literal`);
      for (const match of source.matchAll(/\b(?:l10n\.t|\bt)\(\s*'((?:[^'\\]|\\.)*)'/g)) {
        messages.add(match[1]!.replace(/\\'/g, "'"));
      }
    }
    for (const message of messages) {
      const korean = bundle[message];
      assert.ok(korean !== undefined, `no Korean for ${JSON.stringify(message)}`);
      assert.deepStrictEqual([...korean.matchAll(/\{\d+\}/g)].map(String).sort(), [...message.matchAll(/\{\d+\}/g)].map(String).sort(), message);
    }
    for (const key of Object.keys(bundle)) {
      assert.ok(messages.has(key), `l10n/bundle.l10n.ko.json translates ${JSON.stringify(key)}, which no source uses`);
    }
  });

  it('names and describes every snippet in both languages', () => {
    for (const snippet of SNIPPETS) {
      for (const id of [snippetNameId(snippet), snippetDescriptionId(snippet)]) {
        assert.match(EDITOR_MESSAGES.en[id], /[a-z]{3}/, id);
        assert.match(EDITOR_MESSAGES.ko[id], /[\uac00-\ud7a3]/, id);
      }
    }
  });
});
