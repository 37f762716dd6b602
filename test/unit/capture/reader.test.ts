import * as assert from 'assert';
import { CaptureError } from '../../../src/core/capture/frames';
import { ipv6Text } from '../../../src/core/capture/ip';
import { decodeCapture } from '../../../src/core/capture/packets';
import { bsdNull, conversation, datagrams, ethernet, ipv4, ipv6, linuxCooked, linuxCooked2, pcap, pcapng, tcp } from './captureWriter';

const SYN = { sport: 1234, dport: 80, seq: 7, flags: ['SYN'] as const, mss: 1460, wscale: 7, sackPermitted: true, timestamp: [11, 0] as const };

function summary(bytes: Uint8Array): string[] {
  return decodeCapture(bytes).packets.map((p) => `${p.source}:${p.tcp.sourcePort}>${p.destination}:${p.tcp.destinationPort} ${p.tcp.flags.join('+')} ${p.tcp.seq}/${p.tcp.payloadLength}`);
}

describe('capture reader', () => {
  describe('classic pcap', () => {
    for (const le of [true, false]) {
      for (const nano of [false, true]) {
        it(`reads ${le ? 'little' : 'big'}-endian ${nano ? 'nanosecond' : 'microsecond'} files, with their times`, () => {
          const frames = datagrams().map((d, i) => ({ data: ethernet(d, 4), seconds: 1700000000, fraction: i * 7 }));
          const decoded = decodeCapture(pcap(frames, { le, nano }));
          assert.strictEqual(decoded.format, 'pcap');
          assert.strictEqual(decoded.packets.length, 8);
          assert.strictEqual(decoded.timeDigits, nano ? 9 : 6);
          assert.deepStrictEqual(decoded.packets[3]!.time, { seconds: 1700000000, nanos: nano ? 21 : 21000 });
          assert.deepStrictEqual(decoded.packets[0]!.tcp.flags, ['SYN']);
          assert.strictEqual(decoded.packets[4]!.tcp.payloadLength, 3000);
        });
      }
    }

    it('keeps the frames before a record the file cuts short, and says it was cut', () => {
      const whole = pcap(datagrams().map((d) => ({ data: ethernet(d, 4) })));
      const decoded = decodeCapture(whole.subarray(0, whole.length - 10));
      assert.strictEqual(decoded.packets.length, 7);
      assert.strictEqual(decoded.truncated, true);
    });

    it('refuses a record length no capture could hold as a cut file, not as a frame', () => {
      const bytes = pcap([{ data: ethernet(datagrams()[0]!, 4) }]);
      new DataView(bytes.buffer).setUint32(24 + 8, 0x7fffffff, true);
      const decoded = decodeCapture(bytes);
      assert.deepStrictEqual([decoded.packets.length, decoded.truncated], [0, true]);
    });
  });

  describe('pcapng', () => {
    for (const le of [true, false]) {
      it(`reads ${le ? 'little' : 'big'}-endian sections, skipping blocks it does not know`, () => {
        const blocks = [
          { kind: 'section' as const },
          { kind: 'unknown' as const, type: 0x0bad, length: 12 },
          { kind: 'interface' as const, linkType: 1 },
          ...datagrams().map((d, i) => ({ kind: 'enhanced' as const, interfaceId: 0, units: 1700000000_000000n + BigInt(i), data: ethernet(d, 4) })),
          { kind: 'unknown' as const, type: 5, length: 8 },
        ];
        const decoded = decodeCapture(pcapng(blocks, le));
        assert.strictEqual(decoded.format, 'pcapng');
        assert.strictEqual(decoded.packets.length, 8);
        assert.deepStrictEqual(decoded.packets[2]!.time, { seconds: 1700000000, nanos: 2000 });
      });
    }

    it('gives each interface its own link type and time resolution (if_tsresol, decimal and binary)', () => {
      const [first, second, third] = datagrams();
      const decoded = decodeCapture(
        pcapng([
          { kind: 'section' },
          { kind: 'interface', linkType: 1, tsresol: 9 },
          { kind: 'interface', linkType: 276, tsresol: 0x80 | 10 },
          { kind: 'interface', linkType: 101 },
          { kind: 'enhanced', interfaceId: 0, units: 5_000000123n, data: ethernet(first!, 4) },
          { kind: 'enhanced', interfaceId: 1, units: 5n * 1024n + 512n, data: linuxCooked2(second!, 4) },
          { kind: 'enhanced', interfaceId: 2, units: 5_000001n, data: third! },
        ]),
      );
      assert.deepStrictEqual(
        decoded.packets.map((p) => p.time),
        [
          { seconds: 5, nanos: 123 },
          { seconds: 5, nanos: 500000000 },
          { seconds: 5, nanos: 1000 },
        ],
      );
      assert.strictEqual(decoded.timeDigits, 9);
    });

    it('reads simple packet blocks (no time), and a second section with the other byte order', () => {
      const one = pcapng([{ kind: 'section' }, { kind: 'interface', linkType: 101 }, { kind: 'simple', data: datagrams()[0]! }], true);
      const two = pcapng([{ kind: 'section' }, { kind: 'interface', linkType: 1 }, { kind: 'enhanced', interfaceId: 0, units: 1n, data: ethernet(datagrams()[1]!, 4) }], false);
      const both = new Uint8Array(one.length + two.length);
      both.set(one);
      both.set(two, one.length);
      const decoded = decodeCapture(both);
      assert.deepStrictEqual(
        decoded.packets.map((p) => [p.tcp.flags.join(','), p.time === undefined]),
        [
          ['SYN', true],
          ['SYN,ACK', false],
        ],
      );
    });

    it('stops at a block whose length runs past the end, keeping what came before', () => {
      const bytes = pcapng([{ kind: 'section' }, { kind: 'interface', linkType: 101 }, ...datagrams().map((d) => ({ kind: 'enhanced' as const, interfaceId: 0, units: 1n, data: d }))]);
      const decoded = decodeCapture(bytes.subarray(0, bytes.length - 4));
      assert.deepStrictEqual([decoded.packets.length, decoded.truncated], [7, true]);
    });
  });

  describe('not a capture', () => {
    const cases: [string, Uint8Array, CaptureError['id']][] = [
      ['an empty file', new Uint8Array(0), 'capture.empty'],
      ['a text file', new TextEncoder().encode('title "x"\nA -> B: SYN\n'), 'capture.notCapture'],
      ['a pcap header cut short', pcap([]).subarray(0, 20), 'capture.truncatedHeader'],
      ['a pcapng section header with a wrong byte-order magic', Uint8Array.from([0x0a, 0x0d, 0x0d, 0x0a, 28, 0, 0, 0, 1, 2, 3, 4, ...new Array(20).fill(0)]), 'capture.notCapture'],
    ];
    for (const [name, bytes, id] of cases) {
      it(`${name} is one error: ${id}`, () => {
        assert.throws(
          () => decodeCapture(bytes),
          (error: unknown) => error instanceof CaptureError && error.id === id,
        );
      });
    }

    it('a pcap of another major version is refused with its version', () => {
      const bytes = pcap([]);
      new DataView(bytes.buffer).setUint16(4, 3, true);
      assert.throws(
        () => decodeCapture(bytes),
        (error: unknown) => error instanceof CaptureError && error.id === 'capture.badVersion' && error.args.version === '3.4',
      );
    });
  });

  describe('link types', () => {
    const v4 = datagrams()[0]!;
    const v6 = datagrams(conversation(true))[0]!;
    const cases: [string, number, Uint8Array, string][] = [
      ['Ethernet', 1, ethernet(v4, 4), '10.0.0.1'],
      ['Ethernet with an 802.1Q tag', 1, ethernet(v4, 4, [0x8100]), '10.0.0.1'],
      ['Ethernet with QinQ (802.1ad then 802.1Q)', 1, ethernet(v6, 6, [0x88a8, 0x8100]), '2001:db8::1'],
      ['Linux cooked v1 (113)', 113, linuxCooked(v6, 6), '2001:db8::1'],
      ['Linux cooked v2 (276)', 276, linuxCooked2(v4, 4), '10.0.0.1'],
      ['BSD NULL, little-endian family', 0, bsdNull(v4, 2, true), '10.0.0.1'],
      ['BSD NULL, big-endian family, IPv6 (Darwin 30)', 0, bsdNull(v6, 30, false), '2001:db8::1'],
      ['OpenBSD LOOP (108)', 108, bsdNull(v6, 24, false), '2001:db8::1'],
      ['raw IP (101)', 101, v4, '10.0.0.1'],
      ['raw IP as DLT 12', 12, v6, '2001:db8::1'],
      ['raw IP as DLT 14', 14, v4, '10.0.0.1'],
      ['IPv4 (228)', 228, v4, '10.0.0.1'],
    ];
    for (const [name, linkType, data, source] of cases) {
      it(name, () => {
        const decoded = decodeCapture(pcap([{ data }], { linkType }));
        assert.deepStrictEqual(
          decoded.packets.map((p) => [p.source, p.tcp.seq]),
          [[source, 1000]],
        );
      });
    }

    it('counts frames on a link type it cannot read, by link type', () => {
      const decoded = decodeCapture(pcap([{ data: v4 }, { data: v4 }], { linkType: 147 }));
      assert.deepStrictEqual([...decoded.skipped.unsupportedLink], [[147, 2]]);
    });
  });

  describe('IP and TCP', () => {
    it('reads IPv4 with options and IPv6 with extension headers', () => {
      const segment = tcp(SYN);
      assert.deepStrictEqual(summary(pcap([{ data: ipv4('192.0.2.1', '192.0.2.2', segment, { options: 8 }) }], { linkType: 101 })), ['192.0.2.1:1234>192.0.2.2:80 SYN 7/0']);
      assert.deepStrictEqual(summary(pcap([{ data: ipv6('fe80::1', 'fe80::2', segment, { extensions: [0, 60, 43] }) }], { linkType: 101 })), ['fe80::1:1234>fe80::2:80 SYN 7/0']);
      assert.deepStrictEqual(summary(pcap([{ data: ipv6('::1', '::1', segment, { extensions: [44] }) }], { linkType: 101 })), ['::1:1234>::1:80 SYN 7/0'], 'an atomic fragment is whole');
    });

    it('reads the TCP options a story shows', () => {
      const [packet] = decodeCapture(pcap([{ data: ipv4('10.0.0.1', '10.0.0.2', tcp(SYN)) }], { linkType: 101 })).packets;
      assert.deepStrictEqual(packet!.tcp.options, { mss: 1460, sackPermitted: true, timestamp: { value: 11, echo: 0 }, windowScale: 7 });
    });

    it('skips and counts fragments, other protocols, other frames and headers the snap length cut', () => {
      const segment = tcp({ ...SYN, payload: 100 });
      const frames = [
        { data: ethernet(ipv4('10.0.0.1', '10.0.0.2', segment, { moreFragments: true }), 4) },
        { data: ethernet(ipv4('10.0.0.1', '10.0.0.2', segment, { fragmentOffset: 185 }), 4) },
        { data: ethernet(ipv6('::1', '::2', segment, { extensions: [44], moreFragments: true }), 6) },
        { data: ethernet(ipv4('10.0.0.1', '10.0.0.2', new Uint8Array(8), { protocol: 17 }), 4) },
        { data: ethernet(ipv6('::1', '::2', new Uint8Array(8), { nextHeader: 58 }), 6) },
        { data: Uint8Array.from([2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2, 0x08, 0x06, 0, 1]) },
        { data: ethernet(ipv4('10.0.0.1', '10.0.0.2', segment), 4), snap: 14 + 20 + 10 },
        { data: ethernet(ipv4('10.0.0.1', '10.0.0.2', segment), 4), snap: 14 + 20 + 40 },
      ];
      const decoded = decodeCapture(pcap(frames));
      const { skipped } = decoded;
      assert.deepStrictEqual(
        { fragment: skipped.fragment, notTcp: skipped.notTcp, notIp: skipped.notIp, cut: skipped.cut, malformed: skipped.malformed },
        { fragment: 3, notTcp: 2, notIp: 1, cut: 1, malformed: 0 },
      );
      // Cut inside the payload: the headers are whole, and the length comes from the IP header.
      assert.deepStrictEqual(decoded.packets.map((p) => p.tcp.payloadLength), [100]);
      assert.strictEqual(decoded.payloadCut, 1);
    });

    it('counts a TCP header whose data offset is impossible as malformed', () => {
      const segment = tcp(SYN);
      segment[12] = 0x20;
      assert.strictEqual(decodeCapture(pcap([{ data: ipv4('10.0.0.1', '10.0.0.2', segment) }], { linkType: 101 })).skipped.malformed, 1);
    });

    it('writes IPv6 addresses as RFC 5952 does', () => {
      const text = (hex: string): string => ipv6Text(Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16))), 0);
      assert.strictEqual(text('00000000000000000000000000000001'), '::1');
      assert.strictEqual(text('20010db8000000000001000000000001'), '2001:db8::1:0:0:1');
      assert.strictEqual(text('20010db8000100010001000100010001'), '2001:db8:1:1:1:1:1:1');
      assert.strictEqual(text('fe800000000000000000000000000000'), 'fe80::');
    });
  });
});
