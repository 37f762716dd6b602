import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { importCapture } from '../../../src/core/capture/importCapture';
import { decodeCapture } from '../../../src/core/capture/packets';
import { conversation, datagrams, ethernet, ipv4, pcap, pcapng, tcp, type SegmentSpec } from './captureWriter';

/** The real loopback captures made by scripts/make-captures.sh, each with the kernel's final states beside it. */
const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/captures');

function errorsOf(story: string): string[] {
  return analyze(story).diagnostics.filter((d) => d.severity !== 'hint').map((d) => `${d.range.start.line + 1}:${d.code}`);
}

function finalStates(story: string): Record<string, string> {
  const steps = analyze(story).steps;
  return { ...steps[steps.length - 1]!.states };
}

function segmentLines(story: string): string[] {
  return story.split('\n').filter((l) => / -> /.test(l) && !l.startsWith('#'));
}

describe('capture import', () => {
  describe('real loopback captures', () => {
    const captures = fs.readdirSync(FIXTURES).filter((f) => /\.pcap(ng)?$/.test(f));

    it('has captures of every kind the issue names', () => {
      const kinds = captures.map((f) => {
        const decoded = decodeCapture(fs.readFileSync(path.join(FIXTURES, f)));
        return `${decoded.format}/${decoded.packets[0]!.version}/${decoded.timeDigits}`;
      });
      for (const kind of ['pcap/4/6', 'pcap/4/9', 'pcapng/6/9']) {
        assert.ok(kinds.includes(kind), `${kind} in ${kinds.join(' ')}`);
      }
    });

    for (const file of captures) {
      it(`${file}: every story replays with no error or warning and ends in the states the kernel ended in`, () => {
        const imported = importCapture(fs.readFileSync(path.join(FIXTURES, file)));
        // `ss` lists the ends the kernel still holds; an end it no longer lists is CLOSED.
        const kernel = new Map(
          fs
            .readFileSync(path.join(FIXTURES, file + '.states'), 'utf8')
            .split('\n')
            .filter((l) => l.trim() !== '')
            .map((l) => {
              const [state, local] = l.split(' ');
              return [local!, state!] as const;
            }),
        );
        assert.ok(imported.connections.length >= 1);
        for (const c of imported.connections) {
          const story = c.story('en');
          assert.deepStrictEqual(errorsOf(story), [], story);
          const [client, server] = c.endpoints.split(' → ');
          assert.deepStrictEqual(finalStates(story), { client: kernel.get(client!) ?? 'CLOSED', server: kernel.get(server!) ?? 'CLOSED' }, story);
          assert.strictEqual(segmentLines(story).length, c.connection.packets.length);
        }
      });
    }

    it('keeps the real numbers and scales the windows both SYNs agreed on', () => {
      const story = importCapture(fs.readFileSync(path.join(FIXTURES, 'ipv4-lo.pcap'))).connections[0]!.story('en');
      const lines = segmentLines(story);
      assert.match(lines[0]!, /^client -> server: SYN seq=\d+ len=0 win=65495 wscale=10 {2}# t=0\.000000 mss=65495 sack-permitted ts=\d+\/0$/);
      assert.match(lines[2]!, /^client -> server: ACK seq=\d+ ack=\d+ len=0 win=65536 {2}# t=0\.0000\d\d$/);
      assert.match(lines[7]!, /^client -> server: FIN,PSH,ACK seq=\d+ ack=\d+ len=3 win=65536/);
      assert.match(story, /^host client "127\.0\.0\.1:\d+"$/m);
      assert.match(story, /^server: listen$/m);
    });

    it('a capture that began after the handshake starts in ESTABLISHED and still replays cleanly', () => {
      const bytes = fs.readFileSync(path.join(FIXTURES, 'ipv4-lo.pcap'));
      // Drop the three handshake records: what a capture started a moment late would hold.
      let offset = 24;
      for (let i = 0; i < 3; i++) {
        offset += 16 + bytes.readUInt32LE(offset + 8);
      }
      const late = Buffer.concat([bytes.subarray(0, 24), bytes.subarray(offset)]);
      const [c] = importCapture(late).connections;
      const story = c!.story('en');
      assert.match(story, /^start ESTABLISHED A seq=\d+ B seq=\d+$/m);
      assert.match(story, /^host A "127\.0\.0\.1:\d+"$/m);
      assert.deepStrictEqual(errorsOf(story), [], story);
      assert.deepStrictEqual(finalStates(story), { A: 'TIME-WAIT', B: 'CLOSED' });
    });

    it('lists the connections of a capture in order, each with its own file name', () => {
      const imported = importCapture(fs.readFileSync(path.join(FIXTURES, 'ipv4-three.pcap')));
      assert.deepStrictEqual(imported.connections.map((c) => [c.connection.number, c.connection.packets.length, c.firstFlags, c.lastFlags]), [
        [1, 10, 'SYN', 'ACK'],
        [2, 10, 'SYN', 'ACK'],
        [3, 10, 'SYN', 'ACK'],
      ]);
      assert.strictEqual(new Set(imported.connections.map((c) => c.fileName)).size, 3);
      assert.match(imported.connections[0]!.fileName, /^127\.0\.0\.1_\d+-127\.0\.0\.1_18085\.tcpflow$/);
    });
  });

  describe('synthetic captures', () => {
    const bulk = (): Uint8Array => pcap(datagrams().map((d, i) => ({ data: ethernet(d, 4), seconds: 100, fraction: i * 1000 })));

    it('writes hosts, the listen, one line per packet and the time since the first packet', () => {
      const story = importCapture(bulk()).connections[0]!.story('en');
      assert.deepStrictEqual(segmentLines(story), [
        'client -> server: SYN seq=1000 len=0 win=64240 wscale=7  # t=0.000000 mss=1460 sack-permitted ts=1/0',
        'server -> client: SYN,ACK seq=5000 ack=1001 len=0 win=65160 wscale=7  # t=0.001000 mss=1460 sack-permitted ts=9/1',
        'client -> server: ACK seq=1001 ack=5001 len=0 win=64256  # t=0.002000',
        'client -> server: PSH,ACK seq=1001 ack=5001 len=100 win=64256  # t=0.003000',
        'server -> client: PSH,ACK seq=5001 ack=1101 len=3000 win=65152  # t=0.004000',
        'client -> server: FIN,ACK seq=1101 ack=8001 len=0 win=61440  # t=0.005000',
        'server -> client: FIN,ACK seq=8001 ack=1102 len=0 win=65152  # t=0.006000',
        'client -> server: ACK seq=1102 ack=8002 len=0 win=61440  # t=0.007000',
      ]);
      assert.match(story, /^title "10\.0\.0\.1:51836 → 10\.0\.0\.2:80"$/m);
      assert.deepStrictEqual(errorsOf(story), []);
      assert.deepStrictEqual(finalStates(story), { client: 'TIME-WAIT', server: 'CLOSED' });
    });

    it('leaves windows unscaled when only one SYN offered scaling', () => {
      const conv = conversation();
      const segments = conv.segments.map((s, i) => (i === 1 ? { ...s, wscale: undefined } : s));
      const story = importCapture(pcap(datagrams({ ...conv, segments }).map((d) => ({ data: ethernet(d, 4) })))).connections[0]!.story('en');
      assert.match(segmentLines(story)[2]!, / win=502 /);
      assert.match(story, /did not both offer window scaling/);
    });

    it('labels IPv6 ends in brackets', () => {
      const story = importCapture(pcap(datagrams(conversation(true)).map((d) => ({ data: d })), { linkType: 101 })).connections[0]!.story('en');
      assert.match(story, /^host client "\[2001:db8::1\]:51836"$/m);
      assert.match(story, /^host server "\[2001:db8::2\]:80"$/m);
      assert.deepStrictEqual(errorsOf(story), []);
    });

    it('a SYN on a 4-tuple whose connection ended begins a new connection; a retransmitted SYN does not', () => {
      const first = datagrams();
      const again = datagrams({ ...conversation(), segments: conversation().segments.map((s) => ({ ...s, seq: s.seq + 100000, ...(s.ack !== undefined ? { ack: s.ack + 100000 } : {}) })) });
      const frames = [first[0]!, first[0]!, ...first.slice(1), ...again].map((d) => ({ data: ethernet(d, 4) }));
      const imported = importCapture(pcap(frames));
      assert.deepStrictEqual(imported.connections.map((c) => c.connection.packets.length), [9, 8]);
      assert.deepStrictEqual(imported.connections.map((c) => c.fileName), ['10.0.0.1_51836-10.0.0.2_80.tcpflow', '10.0.0.1_51836-10.0.0.2_80-2.tcpflow']);
    });

    it('a capture that missed the SYN keeps the SYN,ACK as a comment and starts after it', () => {
      const frames = datagrams().slice(1).map((d) => ({ data: ethernet(d, 4) }));
      const story = importCapture(pcap(frames)).connections[0]!.story('en');
      assert.match(story, /^# server -> client: SYN,ACK seq=5000 ack=1001 len=0 win=65160/m);
      // The SYN,ACK tells the server's shift (7); the client's is the smallest that holds the server's 3000 octets.
      assert.match(story, /^start ESTABLISHED client seq=1001 wscale=3 server seq=5001 wscale=7$/m);
      assert.match(segmentLines(story)[2]!, / len=3000 win=65152 /);
      assert.deepStrictEqual(errorsOf(story), []);
    });

    it('a server that answers with a RST was not listening', () => {
      const C = { sport: 40000, dport: 9 };
      const segs: SegmentSpec[] = [
        { ...C, seq: 77, flags: ['SYN'] },
        { sport: 9, dport: 40000, seq: 0, ack: 78, flags: ['RST', 'ACK'], win: 0 },
      ];
      const story = importCapture(pcap(segs.map((s) => ({ data: ipv4(s.sport === 9 ? '10.0.0.2' : '10.0.0.1', s.sport === 9 ? '10.0.0.1' : '10.0.0.2', tcp(s)) })), { linkType: 101 })).connections[0]!.story('en');
      assert.doesNotMatch(story, /listen/);
      // What the real stack did is what RFC 9293 §3.10.7.1 says a CLOSED end does: the SYN is answered with a RST.
      assert.deepStrictEqual(errorsOf(story), ['9:unacceptable-segment']);
      assert.strictEqual(analyze(story).diagnostics.find((d) => d.code === 'unacceptable-segment')!.message.id, 'arrive.closed.syn');
      assert.deepStrictEqual(finalStates(story), { client: 'CLOSED', server: 'CLOSED' });
    });

    it('says in the header what no story holds, in English and Korean', () => {
      const frames = [...datagrams().map((d) => ({ data: ethernet(d, 4) })), { data: ethernet(ipv4('10.0.0.1', '10.0.0.3', new Uint8Array(8), { protocol: 17 }), 4) }];
      const imported = importCapture(pcapng([{ kind: 'section' }, { kind: 'interface', linkType: 1 }, ...frames.map((f) => ({ kind: 'enhanced' as const, interfaceId: 0, units: 1n, data: f.data }))]));
      assert.match(imported.connections[0]!.story('en'), /^# Frames in no story: 1 not TCP\.$/m);
      assert.match(imported.connections[0]!.story('ko'), /^# 어느 이야기에도 들지 않은 프레임: TCP가 아닌 것 1개\.$/m);
    });

    it('a capture without TCP is one error', () => {
      assert.throws(() => importCapture(pcap([{ data: ethernet(ipv4('10.0.0.1', '10.0.0.3', new Uint8Array(8), { protocol: 17 }), 4) }])), /capture\.noTcp/);
    });
  });
});
