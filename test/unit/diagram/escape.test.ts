import * as assert from 'assert';
import fc from 'fast-check';
import { escapeMermaidText } from '../../../src/core/diagram/escape';
import { beside, MermaidWriter, over } from '../../../src/core/diagram/writer';
import { parseSequence, renderSequence } from '../support/mermaidParse';

/** Text that tries to be Mermaid syntax, markup, a directive or an entity. */
export const HOSTILE_TEXTS: readonly string[] = [
  '%%{init: {"theme": "forest", "securityLevel": "loose"}}%%',
  "%%{init: {'sequence': {'mirrorActors': false}}}%%",
  '%% a comment',
  'click h0 call alert(1)',
  'a; h0->>h1: injected',
  'x;end',
  '# not a comment',
  '#35; #lt; #59; #quot;',
  '#amp;lt#59;',
  '&amp; &lt; &#35; &#x3c;',
  'line<br>break<br/>again',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  'a: b: c',
  'wrap: this should not wrap',
  'nowrap:x',
  'h0-->>h1: fake arrow',
  '+h1 -h0 ->>+ --x',
  '{} {{}} }%% {',
  'end',
  'participant X',
  'participant h0 as Eve',
  'note left of h0: fake',
  'loop forever',
  'rect rgb(0,0,0)',
  'title another title',
  'activate h0',
  'autonumber',
  'box red Evil',
  'links h0: {"x": "javascript:alert(1)"}',
  'style x fill:#f00;',
  'classDef x fill:#f00;stroke:#0f0;',
  'lifestyle: #35; and #59;',
  '$$\\sqrt{x}$$',
  '`markdown` **bold** _it_',
  'back\\slash \\n \\\\',
  'at@sign @{ "type": "actor" }',
  'ﬂ°lt¶ß ﬂ°°35¶ß ﬂ° ¶ß',
  'pilcrow¶ß and ß',
  '\u2028line\u2029separators\u0085nel',
  'h0->>h1\u0085h1->>h0: after NEL\u2028h0->>h1: after LS\u2029note over h0: after PS',
  'C1 controls \u0080 \u008d \u009b[31m \u009f',
  'tab\there',
  'Ünïcödé — 한국어 레이블 — 日本語 — emoji 👩‍💻🇰🇷',
  'right-to-left \u202Eevil\u202C',
  "it's (fine) [ok] a+b-c=d? e! f*g~h^i|j, k. l/m_n",
];

/** A diagram holding `text` everywhere a user's words can go, written as the diagram writer writes it. */
function everywhere(text: string): string {
  const writer = new MermaidWriter();
  writer.title(text);
  writer.participant('h0', text);
  writer.participant('h1', 'B');
  writer.message('h0', 'arrive', 'h1', text, 0);
  writer.note(beside('left', 'h0'), text, 0);
  writer.note(over(['h0', 'h1']), text, 0);
  writer.message('h1', 'lost', 'h0', text, 0);
  return writer.finish().text;
}

/** What a reader should see for `text`: Mermaid trims, and characters XML cannot hold have stand-ins. */
function shown(text: string): string {
  return text
    .trim()
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/\u007F/g, '\u2421')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g, '\uFFFD');
}

async function assertInert(text: string): Promise<void> {
  const parsed = await parseSequence(everywhere(text));
  const expected = shown(text);
  const label = JSON.stringify(text);
  assert.deepStrictEqual(
    parsed.participants.map((p) => p.id),
    ['h0', 'h1'],
    `no participant may appear from ${label}`,
  );
  assert.strictEqual(parsed.title, expected, `title ${label}`);
  assert.strictEqual(parsed.participants[0]!.label, expected === '' ? 'h0' : expected, `participant ${label}`);
  const notes = expected === '' ? [] : [`note left of h0: ${expected}`, `note over h0,h1: ${expected}`];
  assert.deepStrictEqual(
    parsed.items.map((i) => (i.kind === 'message' ? `${i.from}${i.arrow}${i.to}: ${i.text}` : i.kind === 'note' ? `note ${i.placement} ${i.actors.join(',')}: ${i.text}` : i.kind)),
    [`h0->>h1: ${expected}`, ...notes, `h1-xh0: ${expected}`],
    label,
  );
}

describe('diagram text escaping', () => {
  for (const text of HOSTILE_TEXTS) {
    it(`keeps ${JSON.stringify(text)} literal and inert`, async () => {
      await assertInert(text);
    });
  }

  it('writes only characters that cannot end or start Mermaid syntax', () => {
    const escaped = escapeMermaidText(HOSTILE_TEXTS.join(' '));
    // Every # starts an entity that mermaid's encodeEntities turns into a placeholder ...
    const outsideEntities = escaped.replace(/#\w+;/g, '');
    // ... and nothing else means anything.
    assert.doesNotMatch(outsideEntities, /[#\n\r\u0085\u2028\u2029\u0080-\u009F;:%<>"&{}`$\\@\uFB02\u00B6]/);
  });

  it('leaves ordinary text, Korean included, as it is', () => {
    for (const text of ['SYN,ACK seq=300 ack=101', 'listen(수동 열기) → LISTEN', '(오래된 중복) SYN', 'ESTABLISHED']) {
      assert.strictEqual(escapeMermaidText(text), text);
    }
  });

  it('shows the literal text in the rendered SVG', async () => {
    const text = '<img src=x onerror=alert(1)> &amp; #35; %%{init: {}}%% a;b "q"';
    const rendered = await renderSequence(everywhere(text));
    assert.strictEqual(rendered.title, text);
    assert.strictEqual(rendered.participantLabels.get('h0'), text);
    assert.deepStrictEqual(rendered.messageTexts, [text, text]);
    assert.deepStrictEqual(rendered.noteTexts, [text, text]);
    assert.doesNotMatch(rendered.svg, /<img|onerror="/);
  });

  it('keeps any Unicode text inert (fuzzed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (text) => {
        await assertInert(text);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps any UTF-16, lone surrogates included, inert (fuzzed)', async () => {
    const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: codeUnit, maxLength: 30 }), async (text) => {
        await assertInert(text);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps any mix of syntax characters inert (fuzzed)', async () => {
    const pieces = fc.constantFrom(...'#;:%{}<>"&`$\\@\n\r\t -+x>ﬂ°¶ß'.split(''), '%%', '#35;', '<br>', 'end', 'note', '->>', 'wrap:', 'style', 'classDef', 'as', ' ');
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 25 }), async (parts) => {
        await assertInert(parts.join(''));
      }),
      { numRuns: 300 },
    );
  });
});
