import * as assert from 'assert';
import { ControlBits } from '../../../src/core/tcp/controlBits';
import { FLAG_BIT, formatFlags, sortedFlags, TCP_FLAGS, type TcpFlag } from '../../../src/core/tcp/flags';

describe('control bits', () => {
  it('give each flag its own bit, in TCP_FLAGS order', () => {
    assert.deepStrictEqual(
      TCP_FLAGS.map((flag) => FLAG_BIT[flag]),
      TCP_FLAGS.map((_, index) => 1 << index),
    );
  });

  it('answer has, size, copy and spelling as a Set of the same flags would', () => {
    const written: TcpFlag[][] = [[], ['ACK'], ['FIN', 'ACK'], ['ACK', 'SYN', 'ACK'], ['CWR', 'RST', 'ECE', 'PSH', 'URG']];
    for (const flags of written) {
      const bits = new ControlBits();
      flags.forEach((flag) => bits.add(flag));
      const set = new Set(flags);
      assert.strictEqual(bits.size, set.size, flags.join(' '));
      for (const flag of TCP_FLAGS) {
        assert.strictEqual(bits.has(flag), set.has(flag), `${flags.join(' ')}: ${flag}`);
      }
      assert.strictEqual(bits.format(), formatFlags(set));
      assert.strictEqual(bits.format('+'), formatFlags(set, '+'));
      assert.strictEqual(bits.sorted(), sortedFlags(set));
      assert.deepStrictEqual([...bits], TCP_FLAGS.filter((flag) => set.has(flag)));
    }
  });

  it('copy apart from the original', () => {
    const written = new ControlBits();
    written.add('FIN');
    const sent = written.copy();
    sent.add('ACK');
    assert.strictEqual(written.has('ACK'), false);
    assert.strictEqual(sent.format(), 'FIN,ACK');
  });
});
