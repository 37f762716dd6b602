import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';
import { localize } from '../../../src/core/messages';
import {
  deliveredNewestFirst,
  deliveredOldestFirst,
  namedInFlight,
  octetsInReverse,
  oneNameForAll,
  unknownDeliveries,
} from '../support/scaleStories';

/**
 * Constructs a long script can repeat tens of thousands of times: at that size the result is
 * still exactly right, and each message stays short (their time, 1k → 10k → 100k, is in
 * `npm run bench`). An implementation that rescans per event spends minutes here, not seconds.
 */
const N = 20_000;
/** Lines before the first construct line: two hosts and the handshake. */
const HANDSHAKE_STEPS = 4;

function codes(analysis: Analysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of analysis.diagnostics) {
    counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  }
  return counts;
}

describe(`scale: constructs repeated ${N.toLocaleString('en')} times`, () => {
  it('named segments in flight: each is reported once at the end, and no name clashes', () => {
    const analysis = analyze(namedInFlight(N));
    assert.strictEqual(analysis.steps.length, HANDSHAKE_STEPS + N);
    assert.deepStrictEqual([...codes(analysis)], [['in-flight-at-end', N]]);
  });

  it('delivered newest first by name: each deliver takes the segment of its name', () => {
    const analysis = analyze(deliveredNewestFirst(N));
    assert.deepStrictEqual([...codes(analysis)], []);
    const deliveries = analysis.steps.slice(HANDSHAKE_STEPS + N);
    assert.strictEqual(deliveries.length, N);
    deliveries.forEach((step, i) => {
      const delivered = step.detail.kind === 'deliver' ? step.detail.delivered : undefined;
      assert.strictEqual(delivered?.name, `s${N - 1 - i}`);
      assert.strictEqual(delivered.sentLine, HANDSHAKE_STEPS + 2 + N - 1 - i);
    });
  });

  it('plain deliver takes the oldest in flight, one after another', () => {
    const analysis = analyze(deliveredOldestFirst(N));
    assert.deepStrictEqual([...codes(analysis)], []);
    const deliveries = analysis.steps.slice(HANDSHAKE_STEPS + N);
    deliveries.forEach((step, i) => {
      assert.strictEqual(step.detail.kind === 'deliver' ? step.detail.delivered?.sentLine : undefined, HANDSHAKE_STEPS + 2 + i);
    });
  });

  it('one-octet segments in reverse are held, then released together by the last', () => {
    const analysis = analyze(octetsInReverse(N));
    // The sender is told once that its first line skips ahead; the receiver holds all but the last.
    assert.deepStrictEqual([...codes(analysis)].sort(), [['out-of-order', N - 1], ['seq-mismatch', 1]]);
    const released = analysis.steps[HANDSHAKE_STEPS + N - 1]!;
    assert.strictEqual(released.variables['B']!.RCV_NXT, 101 + N);
    assert.strictEqual(analysis.steps.at(-1)!.severity, undefined, 'B acknowledges every octet');
  });

  it('deliver of an unknown name lists the first five names, then how many more, in English and Korean', () => {
    const analysis = analyze(unknownDeliveries(N));
    const unknown = analysis.diagnostics.filter((d) => d.code === 'unknown-segment');
    assert.strictEqual(unknown.length, N / 2);
    const more = N / 2 - 5;
    assert.strictEqual(localize(unknown[0]!.message, 'en'), `No segment named 'nope' is in flight. In flight: s0, s1, s2, s3, s4 and ${more} more.`);
    assert.strictEqual(localize(unknown[0]!.message, 'ko'), `'nope'라는 세그먼트가 네트워크에 없습니다. 전송 중: s0, s1, s2, s3, s4 외 ${more}개.`);
    assert.ok(analysis.diagnostics.every((d) => localize(d.message, 'en').length < 200));
  });

  it('a few names are listed whole', () => {
    const analysis = analyze(unknownDeliveries(6));
    const unknown = analysis.diagnostics.find((d) => d.code === 'unknown-segment')!;
    assert.strictEqual(localize(unknown.message, 'en'), "No segment named 'nope' is in flight. In flight: s0, s1, s2.");
  });

  it('one name for every segment: each later one is a duplicate, and deliveries take them oldest first', () => {
    const analysis = analyze(oneNameForAll(N));
    assert.deepStrictEqual([...codes(analysis)], [['duplicate-name', N / 2 - 1]]);
    const deliveries = analysis.steps.slice(HANDSHAKE_STEPS + N / 2);
    deliveries.forEach((step, i) => {
      assert.strictEqual(step.detail.kind === 'deliver' ? step.detail.delivered?.sentLine : undefined, HANDSHAKE_STEPS + 2 + i);
    });
  });
});
