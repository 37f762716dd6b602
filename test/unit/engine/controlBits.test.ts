import * as assert from 'assert';
import { ControlBits } from '../../../src/core/tcp/controlBits';
import { FLAG_BIT, flagBit, formatFlags, sortedFlags, TCP_FLAGS, type TcpFlag } from '../../../src/core/tcp/flags';

describe('control bits', () => {
  it('give each flag its own bit, in TCP_FLAGS order', () => {
    assert.deepStrictEqual(
      TCP_FLAGS.map((flag) => FLAG_BIT[flag]),
      TCP_FLAGS.map((_, index) => 1 << index),
    );
    assert.deepStrictEqual(TCP_FLAGS.map(flagBit), TCP_FLAGS.map((flag) => FLAG_BIT[flag]));
  });

  it('answer has, size, with and spelling as a Set of the same flags would', () => {
    const written: TcpFlag[][] = [[], ['ACK'], ['FIN', 'ACK'], ['ACK', 'SYN', 'ACK'], ['CWR', 'RST', 'ECE', 'PSH', 'URG']];
    for (const flags of written) {
      const bits = ControlBits.of(flags);
      const set = new Set(flags);
      assert.strictEqual(bits.size, set.size, flags.join(' '));
      for (const flag of TCP_FLAGS) {
        assert.strictEqual(bits.has(flag), set.has(flag), `${flags.join(' ')}: ${flag}`);
        assert.deepStrictEqual([...bits.with(flag)], TCP_FLAGS.filter((f) => set.has(f) || f === flag));
      }
      assert.strictEqual(bits.format(), formatFlags(set));
      assert.strictEqual(bits.format('+'), formatFlags(set, '+'));
      assert.strictEqual(bits.sorted(), sortedFlags(set));
      assert.deepStrictEqual([...bits], TCP_FLAGS.filter((flag) => set.has(flag)));
    }
  });

  it('are one object for each set, which adding to leaves as it was', () => {
    const written = ControlBits.of(['FIN']);
    const sent = written.with('ACK');
    assert.strictEqual(written.has('ACK'), false);
    assert.strictEqual(sent.format(), 'FIN,ACK');
    assert.strictEqual(sent, ControlBits.of(['ACK', 'FIN']));
    assert.strictEqual(written.with('FIN'), written);
  });
});
