import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { CUSTOM_PROPERTIES, renderTimeline } from '../../../src/core/timeline';
import { estimateWidth } from '../../../src/core/timeline/measure';
import { allScripts, draw, drawnSegments, intersect, readScript, shaftOf } from './support';

/** A segment's send and arrival, in event order (a `->` arrives where it is sent). */
interface Flight {
  readonly line: number;
  readonly from: string;
  readonly send: number;
  readonly arrive: number;
}

function flights(text: string): Flight[] {
  const analysis = analyze(text);
  const deliveredAt = new Map<number, number>();
  analysis.steps.forEach((step, index) => {
    if (step.detail.kind === 'deliver' && step.detail.delivered) {
      deliveredAt.set(step.detail.delivered.sentLine, index);
    }
  });
  const indexOf = new Map(analysis.steps.map((step, index) => [step, index] as const));
  return drawnSegments(analysis).flatMap(({ step, detail }) => {
    const send = indexOf.get(step)!;
    const arrive = detail.fate === 'arrived' ? send : deliveredAt.get(step.line);
    return arrive === undefined || detail.dup ? [] : [{ line: step.line + 1, from: detail.from, send, arrive }];
  });
}

/**
 * Pairs whose arrows must cross: in opposite directions, each sent before the other arrived (in
 * flight together); in the same direction, the later one arriving first (overtaking).
 */
function crossingPairs(all: readonly Flight[], sameDirection: boolean): [Flight, Flight][] {
  const pairs: [Flight, Flight][] = [];
  for (const a of all) {
    for (const b of all) {
      if (a.line >= b.line) {
        continue;
      }
      const crossing =
        a.from !== b.from ? a.send < b.arrive && b.send < a.arrive : sameDirection && (a.send - b.send) * (a.arrive - b.arrive) < 0;
      if (crossing) {
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

function segmentOn(svg: Element, line: number): Element {
  const group = [...svg.querySelectorAll('g.segment')].find((g) => g.getAttribute('data-line') === String(line));
  assert.ok(group, `segment on line ${line}`);
  return group;
}

describe('timeline drawing', () => {
  describe('segments in flight together cross', () => {
    for (const lesson of ['examples/06-figure-07-simultaneous-open.tcpflow', 'examples/12-figure-13-simultaneous-close.tcpflow']) {
      it(`${lesson}: the shafts of the crossing segments intersect`, () => {
        const text = readScript(lesson);
        const pairs = crossingPairs(flights(text), false);
        assert.ok(pairs.length >= 2, `${pairs.length} crossing pairs`);
        const { svg } = draw(text);
        for (const [a, b] of pairs) {
          assert.ok(intersect(shaftOf(segmentOn(svg, a.line)), shaftOf(segmentOn(svg, b.line))), `lines ${a.line} and ${b.line} cross`);
        }
      });
    }

    it('in every lesson and exercise, and only those: a segment overtaken crosses too, the others never cross', () => {
      for (const file of allScripts()) {
        const text = readScript(file);
        const all = flights(text);
        const together = new Set(crossingPairs(all, true).map(([a, b]) => `${a.line}/${b.line}`));
        const { svg } = draw(text);
        for (const a of all) {
          for (const b of all) {
            if (a.line < b.line) {
              const crossing = intersect(shaftOf(segmentOn(svg, a.line)), shaftOf(segmentOn(svg, b.line)));
              assert.strictEqual(crossing, together.has(`${a.line}/${b.line}`), `${file}: lines ${a.line} and ${b.line}`);
            }
          }
        }
      }
    });
  });

  it('draws a lost segment with a ✕ part-way and an RTO bracket from its send to its retransmission', () => {
    const { svg } = draw(readScript('examples/17-lost-syn.tcpflow'));
    const lost = svg.querySelector('g.segment.lost');
    assert.ok(lost);
    assert.ok(lost.querySelector('path.cross'));
    assert.ok(!lost.querySelector('path.head'), 'a lost segment has no arrowhead');
    const resend = [...svg.querySelectorAll('g.segment:not(.lost)')][0]!;
    const rto = svg.querySelector('g.timer.rto');
    assert.ok(rto, 'an RTO bracket');
    assert.strictEqual(rto.getAttribute('data-line'), resend.getAttribute('data-line'), 'the bracket belongs to the resend');
    assert.strictEqual(rto.textContent?.includes('RTO'), true);
    const d = rto.querySelector('path')!.getAttribute('d')!;
    const ys = [...d.matchAll(/[MLV]\s*(?:[\d.]+ )?([\d.]+)/g)].map((m) => Number(m[1]));
    assert.ok(ys.includes(shaftOf(lost).y1) && ys.includes(shaftOf(resend).y1), `${d} spans the send and the resend`);
  });

  it('brackets an RTO only for a resend of a segment not yet acknowledged, in the same connection', () => {
    // Figure 7's SYN,ACK repeats the SYN's seq as a reply, not after a timeout.
    assert.strictEqual(draw(readScript('examples/06-figure-07-simultaneous-open.tcpflow')).svg.querySelectorAll('g.timer.rto').length, 0);
    // Lesson 04 opens three connections from ISN 0; only the duplicates inside the first are resends.
    const rto = [...draw(readScript('examples/04-why-random-isn.tcpflow')).svg.querySelectorAll('g.timer.rto')];
    assert.deepStrictEqual(rto.map((r) => r.getAttribute('data-line')), ['30', '31']);
    // Data sent again after its ACK came is not waiting for a timer.
    const acked = draw('B: listen\nA -> B: SYN seq=100\nB -> A: SYN,ACK seq=300 ack=101\nA -> B: ACK len=10\nB -> A: ACK ack=111\nA -> B: ACK seq=101 len=10\n');
    assert.strictEqual(acked.svg.querySelectorAll('g.timer.rto').length, 0);
  });

  it('draws an old duplicate dashed, marked as one, apart from its sender', () => {
    const { svg } = draw(readScript('examples/07-figure-08-old-duplicate-syn.tcpflow'));
    const dup = svg.querySelector('g.segment.dup');
    assert.ok(dup);
    assert.ok(dup.querySelector('line')!.getAttribute('stroke-dasharray'), 'dashed');
    assert.match(dup.textContent ?? '', /old duplicate/);
    assert.strictEqual(svg.querySelectorAll('g.segment.dup').length, 1);
  });

  it('brackets TIME-WAIT until the timeout, or open to the end', () => {
    const closed = draw(readScript('examples/12-figure-13-simultaneous-close.tcpflow')).svg;
    const waits = [...closed.querySelectorAll('g.timer.msl')];
    assert.deepStrictEqual(waits.map((w) => w.getAttribute('data-host')).sort(), ['A', 'B']);
    assert.ok(waits.every((w) => w.querySelector('path')!.getAttribute('stroke-dasharray') === null), 'both end at a timeout');
    const open = draw('B: listen\nA -> B: SYN\nB -> A: SYN,ACK\nA -> B: ACK\nA -> B: FIN\nB -> A: ACK\nB -> A: FIN\nA -> B: ACK\n').svg;
    const wait = open.querySelector('g.timer.msl');
    assert.ok(wait);
    assert.ok(wait.querySelector('path')!.getAttribute('stroke-dasharray'), 'still waiting when the story ends');
  });

  it('marks the step in error in the margin and says how many errors there are', () => {
    // A FIN from SYN-SENT, the one mistake (with a SYN,ACK owed, its absence would be the cause instead).
    const drawn = draw('B: listen\nA: connect\nA -> B: FIN\n');
    const error = drawn.svg.querySelector('g.step.error');
    assert.ok(error);
    assert.strictEqual(error.getAttribute('data-line'), '3');
    assert.match(error.textContent ?? '', /✗ 3/);
    assert.ok(drawn.svg.querySelector('rect.band.error[data-line="3"]'));
    assert.match(drawn.svg.querySelector('text.problems')?.textContent ?? '', /1 error, on line 3/);
  });

  it('draws user calls as marks on the lifeline and a failed expect where it was written', () => {
    const { svg, drawing } = draw('B: listen\nexpect B CLOSED\nA -> B: SYN\n');
    const action = svg.querySelector('g.action');
    assert.strictEqual(action?.getAttribute('data-host'), 'B');
    assert.match(action?.textContent ?? '', /listen/);
    const note = svg.querySelector('g.note.error');
    assert.strictEqual(note?.getAttribute('data-line'), '2');
    assert.match(note?.textContent ?? '', /expected CLOSED, is LISTEN/);
    assert.deepStrictEqual(
      drawing.elements.map((e) => [e.line, e.slot, e.kind]),
      [
        [0, 0, 'action'],
        [0, 0, 'state'],
        [1, 1, 'note'],
        [2, 2, 'segment'],
        [2, 2, 'state'],
        [2, 2, 'state'],
      ],
    );
  });

  it('writes notes beside their host or over both, in their own slot, only when given them', () => {
    const text = 'host A\nhost B\nnote "over both"\nB: listen\nnote B "beside B"\nA -> B: SYN\n';
    const { svg, drawing } = draw(text);
    const notes = [...svg.querySelectorAll('g.note')];
    assert.deepStrictEqual(notes.map((n) => [n.getAttribute('data-line'), n.getAttribute('data-slot'), n.textContent]), [
      ['3', '0', 'over both'],
      ['5', '2', 'beside B'],
    ]);
    const besideB = Number(notes[1]!.querySelector('rect')!.getAttribute('x')) + Number(notes[1]!.querySelector('rect')!.getAttribute('width'));
    const b = Number([...svg.querySelectorAll('g.host')][1]!.querySelector('line')!.getAttribute('x1'));
    assert.ok(besideB < b && besideB > b - 30, 'beside B, on the side facing A');
    assert.deepStrictEqual(drawing.elements.filter((e) => e.kind === 'note').map((e) => e.line), [2, 4]);
    const withoutNotes = renderTimeline(analyze(text), { showSeq: true, lang: 'en', mode: 'standalone' });
    assert.ok(!withoutNotes.svg.includes('class="note'), 'the analysis alone carries no notes');
  });

  it('follows showSeq and writes len= and win= along the arrow with the label', () => {
    const text = 'B: listen\nA -> B: SYN seq=100\nB -> A: SYN,ACK seq=300 ack=101\nA -> B: ACK len=5 win=0 "GET /"\n';
    const withSeq = draw(text).svg.querySelectorAll('g.segment')[2]!.textContent;
    assert.strictEqual(withSeq, 'ACK seq=101 ack=301 len=5 win=0 “GET /”');
    const without = draw(text, { showSeq: false }).svg.querySelectorAll('g.segment')[2]!.textContent;
    assert.strictEqual(without, 'ACK len=5 win=0 “GET /”');
  });

  it('escapes every text the user wrote, line separators included', () => {
    const hostile = '<script>alert(1)</script> & "quoted" \'single\' \u0085 \u2028 \u2029 \u0001';
    const text = `title "${hostile.replace(/"/g, '\\"')}"\nhost A "${hostile.replace(/"/g, '\\"')}"\nhost B "<img src=x onerror=alert(1)>"\nB: listen\nA -> B: SYN "${hostile.replace(/"/g, '\\"')}"\n`;
    const { svg, drawing } = draw(text);
    assert.ok(!/[\u0085\u2028\u2029\u0001]/.test(drawing.svg), 'no raw line terminator or control character');
    assert.strictEqual(svg.querySelectorAll('script, img, foreignObject').length, 0);
    assert.ok(drawing.svg.includes('&lt;script&gt;'));
    const label = svg.querySelector('g.segment text')!.textContent!;
    assert.ok(label.includes('<script>alert(1)</script> & "quoted" \'single\' \u0085 \u2028 \u2029 \u2401'), label);
    assert.strictEqual(svg.querySelector('g.host text')!.textContent, hostile.replace('\u0001', '\u2401'));
  });

  it('leaves the colours to the page in webview mode, and carries light and dark ones standalone', () => {
    const text = readScript('examples/01-three-way-handshake.tcpflow');
    const standalone = renderTimeline(analyze(text), { showSeq: true, lang: 'en', mode: 'standalone' }).svg;
    const webview = renderTimeline(analyze(text), { showSeq: true, lang: 'en', mode: 'webview' }).svg;
    const used = new Set([...standalone.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]!));
    assert.deepStrictEqual([...used].sort(), [...CUSTOM_PROPERTIES].sort(), 'every property documented is used, and only those');
    for (const property of CUSTOM_PROPERTIES) {
      assert.ok(standalone.includes(`${property}: `), `${property} has a default`);
      assert.ok(!webview.includes(`${property}: `), `${property} is the page's in webview mode`);
    }
    assert.match(standalone, /@media \(prefers-color-scheme: dark\)/);
    assert.ok(!webview.includes('@media'));
    assert.ok(!/#[0-9a-f]{6}/i.test(webview.replace(/<style>[^]*?<\/style>/, '')), 'no colour outside the style sheet');
  });

  it('speaks Korean in the words it writes, keeping RFC names', () => {
    const { svg } = draw(readScript('examples/17-lost-syn.tcpflow'), { lang: 'ko' });
    assert.match(svg.querySelector('g.segment.lost')!.textContent!, /유실/);
    assert.match(svg.querySelector('g.action')!.textContent!, /수동 열기/);
    assert.strictEqual(svg.querySelector('g.timer.rto text')!.textContent, 'RTO');
  });

  it('takes its text widths from the measure it is given; the estimate counts Hangul about double', () => {
    const hangul = estimateWidth('가나다라', 'label');
    const latin = estimateWidth('abcd', 'label');
    assert.ok(hangul / latin > 1.8 && hangul / latin < 2.2, `${hangul} / ${latin}`);
    const analysis = analyze('B: listen\nA -> B: SYN "a label"\n');
    const narrow = renderTimeline(analysis, { showSeq: true, lang: 'en', mode: 'standalone', measure: () => 10 });
    const wide = renderTimeline(analysis, { showSeq: true, lang: 'en', mode: 'standalone', measure: (_text, font) => (font === 'label' ? 1000 : 10) });
    assert.ok(wide.width > narrow.width + 700, `${wide.width} vs ${narrow.width}`);
  });

  it('draws scripts it cannot replay as far as they go, never throwing', () => {
    for (const text of ['', 'title "t"\n', 'A -> A: SYN\n', 'A -> B:\n', 'deliver\n', 'deliver x\nA: close\n', 'A: listen\nA -> B: SYN\nC -> A: SYN\n']) {
      const { svg } = draw(text);
      assert.ok(svg.getAttribute('viewBox'), JSON.stringify(text));
    }
  });
});
