import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.join(__dirname, '../../../..');

/** Tokenizes lines with the extension's grammar, by VS Code's own TextMate engine. */
async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.tcpflow'
        ? textmate.parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes/tcpflow.tmLanguage.json'), 'utf8'), 'tcpflow.tmLanguage.json')
        : null,
  });
  const grammar = await registry.loadGrammar('source.tcpflow');
  assert.ok(grammar);
  return grammar;
}

/** Each token of each line as `text → the most specific scope`. */
function tokens(grammar: textmate.IGrammar, text: string): string[] {
  let state = textmate.INITIAL;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) {
      const word = line.slice(t.startIndex, t.endIndex);
      if (word.trim() !== '') {
        out.push(`${word.trim()} → ${t.scopes[t.scopes.length - 1]}`);
      }
    }
    state = result.ruleStack;
  }
  return out;
}

describe('grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('colours the header: keywords, host names, strings with escapes', () => {
    assert.deepStrictEqual(tokens(grammar, 'title "Figure \\"7\\""\nHOST client "클라이언트"'), [
      'title → keyword.other.title.tcpflow',
      '" → punctuation.definition.string.begin.tcpflow',
      'Figure → string.quoted.double.tcpflow',
      '\\" → constant.character.escape.tcpflow',
      '7 → string.quoted.double.tcpflow',
      '\\" → constant.character.escape.tcpflow',
      '" → punctuation.definition.string.end.tcpflow',
      'HOST → keyword.other.host.tcpflow',
      'client → entity.name.type.host.tcpflow',
      '" → punctuation.definition.string.begin.tcpflow',
      '클라이언트 → string.quoted.double.tcpflow',
      '" → punctuation.definition.string.end.tcpflow',
    ]);
  });

  it('colours a segment: hosts, arrow, flags and joiners, fields and numbers, label, alias, comment', () => {
    assert.deepStrictEqual(tokens(grammar, 'dup a ~> b: syn+ACK seq=100 "x" as s1 # why'), [
      'dup → keyword.other.dup.tcpflow',
      'a → entity.name.type.host.tcpflow',
      '~> → keyword.operator.arrow.tcpflow',
      'b → entity.name.type.host.tcpflow',
      ': → punctuation.separator.colon.tcpflow',
      'syn → constant.language.flag.tcpflow',
      '+ → punctuation.separator.flags.tcpflow',
      'ACK → constant.language.flag.tcpflow',
      'seq → variable.parameter.field.tcpflow',
      '= → keyword.operator.assignment.tcpflow',
      '100 → constant.numeric.decimal.tcpflow',
      '" → punctuation.definition.string.begin.tcpflow',
      'x → string.quoted.double.tcpflow',
      '" → punctuation.definition.string.end.tcpflow',
      'as → keyword.other.as.tcpflow',
      's1 → entity.name.label.segment.tcpflow',
      '# why → comment.line.number-sign.tcpflow',
    ]);
    assert.ok(tokens(grammar, 'A -x B: FIN').includes('-x → keyword.operator.arrow.tcpflow'));
  });

  it('colours actions, expect with state names in any accepted spelling, deliver and note', () => {
    assert.deepStrictEqual(tokens(grammar, 'server: listen\nA: lisen'), [
      'server → entity.name.type.host.tcpflow',
      ': → punctuation.separator.colon.tcpflow',
      'listen → support.function.action.tcpflow',
      'A → entity.name.type.host.tcpflow',
      ': → punctuation.separator.colon.tcpflow',
      'lisen → invalid.illegal.unknown-action.tcpflow',
    ]);
    assert.deepStrictEqual(tokens(grammar, 'expect A SYN-RECEIVED, B time_wait'), [
      'expect → keyword.control.expect.tcpflow',
      'A → entity.name.type.host.tcpflow',
      'SYN-RECEIVED → variable.other.enummember.state.tcpflow',
      ', → punctuation.separator.comma.tcpflow',
      'B → entity.name.type.host.tcpflow',
      'time_wait → variable.other.enummember.state.tcpflow',
    ]);
    assert.deepStrictEqual(tokens(grammar, 'deliver s1\nnote B "done"'), [
      'deliver → keyword.control.deliver.tcpflow',
      's1 → entity.name.label.segment.tcpflow',
      'note → keyword.other.note.tcpflow',
      'B → entity.name.type.host.tcpflow',
      '" → punctuation.definition.string.begin.tcpflow',
      'done → string.quoted.double.tcpflow',
      '" → punctuation.definition.string.end.tcpflow',
    ]);
  });

  it('ends an unterminated string at the end of its line', () => {
    assert.deepStrictEqual(tokens(grammar, 'note "open\nB: close').slice(-3), [
      'B → entity.name.type.host.tcpflow',
      ': → punctuation.separator.colon.tcpflow',
      'close → support.function.action.tcpflow',
    ]);
  });
});
