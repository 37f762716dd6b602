import { analyze } from '../src/core/analyze';
import { importCapture } from '../src/core/capture/importCapture';
import { ethernet, ipv4, pcap, tcp, type PcapFrame, type SegmentSpec } from '../test/unit/capture/captureWriter';
import { measure, ms, type Check, type Suite } from './suite';

/**
 * Importing a capture: a 100,000-packet pcap of one bulk transfer (handshake, 1000-octet
 * segments with an ACK for every second one, as delayed ACKs do, windows scaled by 7, close)
 * read, grouped and written as a story. Target: at most 2 s. The story it makes must then
 * replay cleanly; its analyze time is printed beside, for the linear-time check of the engine.
 */
const PACKETS = 100_000;
const TARGET_MS = 2000;

export function bulkCapture(packets: number): Uint8Array {
  const client = { sport: 51836, dport: 80 };
  const server = { sport: 80, dport: 51836 };
  const c = 1_000_000;
  const s = 9_000_000;
  const segments: SegmentSpec[] = [
    { ...client, seq: c, flags: ['SYN'], win: 64240, mss: 1460, wscale: 7 },
    { ...server, seq: s, ack: c + 1, flags: ['SYN', 'ACK'], win: 65160, mss: 1460, wscale: 7 },
    { ...client, seq: c + 1, ack: s + 1, flags: ['ACK'], win: 502 },
  ];
  let next = c + 1;
  while (segments.length < packets - 4) {
    segments.push({ ...client, seq: next, ack: s + 1, flags: ['PSH', 'ACK'], win: 502, payload: 1000 });
    next += 1000;
    if ((segments.length - 3) % 3 === 2) {
      segments.push({ ...server, seq: s + 1, ack: next, flags: ['ACK'], win: 512 });
    }
  }
  segments.push({ ...client, seq: next, ack: s + 1, flags: ['FIN', 'ACK'], win: 502 });
  segments.push({ ...server, seq: s + 1, ack: next + 1, flags: ['ACK'], win: 512 });
  segments.push({ ...server, seq: s + 1, ack: next + 1, flags: ['FIN', 'ACK'], win: 512 });
  segments.push({ ...client, seq: next + 1, ack: s + 2, flags: ['ACK'], win: 502 });
  // Segments of one shape share their bytes but for seq and ack, patched in a copy: writing 70 MB byte by byte would dwarf the import.
  const templates = new Map<string, Uint8Array>();
  const frames: PcapFrame[] = segments.map((seg, i) => {
    const fromClient = seg.sport === 51836;
    const shape = `${fromClient} ${seg.flags.join()} ${seg.payload ?? 0} ${seg.win} ${seg.mss ?? ''}`;
    let template = templates.get(shape);
    if (!template) {
      template = ethernet(ipv4(fromClient ? '10.0.0.1' : '10.0.0.2', fromClient ? '10.0.0.2' : '10.0.0.1', tcp(seg)), 4);
      templates.set(shape, template);
    }
    const data = template.slice();
    const view = new DataView(data.buffer);
    view.setUint32(14 + 20 + 4, seg.seq >>> 0);
    view.setUint32(14 + 20 + 8, (seg.ack ?? 0) >>> 0);
    return { data, seconds: 1_700_000_000 + Math.floor(i / 1000), fraction: (i % 1000) * 1000 };
  });
  return pcap(frames);
}

/** The median CPU time (user + system) of `runs` runs of `work`, in milliseconds. */
function cpuTime(work: () => unknown, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export const captureSuite: Suite = {
  name: 'capture: import a 100,000-packet pcap',
  async run() {
    const bytes = bulkCapture(PACKETS);
    const importOnce = (): string => importCapture(bytes).connections[0]!.story('en');
    const story = importOnce();
    const analysis = analyze(story);
    const problems = analysis.diagnostics.filter((d) => d.severity !== 'hint').length;
    const imported = await measure(importOnce, { warmup: 1, runs: 5 });
    const cpu = cpuTime(importOnce, 5);
    const analyzed = await measure(() => analyze(story), { warmup: 1, runs: 3 });
    const checks: Check[] = [
      { name: `${PACKETS} packets: one story, every packet a step, replays cleanly`, pass: analysis.steps.length === PACKETS + 1 && problems === 0, detail: `${analysis.steps.length} steps, ${problems} errors and warnings` },
      { name: `import ≤ ${TARGET_MS} ms of CPU time`, pass: cpu <= TARGET_MS, detail: `${ms(cpu)} ms CPU, ${ms(imported.median)} ms wall` },
    ];
    return {
      table: [
        ['packets', 'file MB', 'import + story ms (wall)', 'import + story ms (CPU)', 'story lines', 'analyze of the story ms'],
        [String(PACKETS), (bytes.length / 1e6).toFixed(1), ms(imported.median), ms(cpu), String(story.split('\n').length), ms(analyzed.median)],
      ],
      notes: [
        "The story has one step per packet plus the server's listen.",
        'The target is checked on CPU time (the median of 5 runs), which a busy shared machine does not inflate; wall time is printed beside it.',
      ],
      checks,
    };
  },
};
