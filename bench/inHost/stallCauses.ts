import * as inspector from 'inspector';

/**
 * Who held the extension host's thread during each stall. While it listens, a timer ticks every
 * few milliseconds and notes each gap between ticks longer than a stall, and V8's sampling
 * profiler notes what ran; afterwards each stall is told by the samples inside it: this
 * extension's code (any frame from its folder), another's or VS Code's own (the innermost frame's
 * file), the garbage collector, or nothing at all (the thread was waiting for a core).
 */

/** A stall and what ran in it. */
export interface StallCause {
  readonly ms: number;
  /** How much of it ran this extension's code (sampled). */
  readonly ownMs: number;
  /** What ran most in it: `tcpflow`, a file of VS Code or of another extension, `garbage collector`, or `not running`. */
  readonly mostly: string;
  /** The function of this extension's seen most in it, innermost first (`name (file:line)`), if any. */
  readonly ownFunction: string | undefined;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber?: number };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const TICK_MS = 5;
const SAMPLE_INTERVAL_US = 1000;

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/** Starts listening; `stop` ends it and tells each stall of at least `stallMs`, longest first. */
export async function listenToStalls(ownFolder: string, stallMs: number): Promise<{ stop(): Promise<StallCause[]> }> {
  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: SAMPLE_INTERVAL_US });
  await post(session, 'Profiler.start');
  // Microseconds on the profiler's clock (both are the monotonic clock).
  const gaps: [number, number][] = [];
  let last = process.hrtime.bigint();
  const ticker = setInterval(() => {
    const now = process.hrtime.bigint();
    if (now - last >= BigInt(Math.round(stallMs * 1e6))) {
      gaps.push([Number(last / 1000n), Number(now / 1000n)]);
    }
    last = now;
  }, TICK_MS);
  return {
    async stop() {
      clearInterval(ticker);
      const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
      session.disconnect();
      return causes(profile, gaps, ownFolder).sort((a, b) => b.ms - a.ms);
    },
  };
}

function causes(profile: Profile, gaps: readonly [number, number][], ownFolder: string): StallCause[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parent.set(child, node.id);
    }
  }
  const owners = new Map<number, string>();
  const ownFunctions = new Map<number, string | undefined>();
  /** What a sample's innermost frame says it was, or this extension if any frame is its own. */
  const ownerOf = (id: number): string => {
    let owner = owners.get(id);
    if (owner !== undefined) {
      return owner;
    }
    const inner = byId.get(id)!.callFrame;
    owner =
      inner.functionName === '(idle)' || inner.functionName === '(program)'
        ? 'not running'
        : inner.functionName === '(garbage collector)'
          ? 'garbage collector'
          : (inner.url.split('/').pop() ?? '') || inner.functionName;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.url.includes(ownFolder)) {
        owner = 'tcpflow';
        ownFunctions.set(id, `${frame.functionName || '(anonymous)'} (${frame.url.split('/').pop()}:${(frame.lineNumber ?? -1) + 1})`);
        break;
      }
    }
    owners.set(id, owner);
    return owner;
  };
  const samples: { at: number; owner: string; ownFunction: string | undefined }[] = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i]!;
    samples.push({ at, owner: ownerOf(id), ownFunction: ownFunctions.get(id) });
  });
  return gaps.map(([start, end]) => {
    const counts = new Map<string, number>();
    const functions = new Map<string, number>();
    for (const sample of samples) {
      if (sample.at >= start && sample.at <= end) {
        counts.set(sample.owner, (counts.get(sample.owner) ?? 0) + 1);
        if (sample.ownFunction !== undefined) {
          functions.set(sample.ownFunction, (functions.get(sample.ownFunction) ?? 0) + 1);
        }
      }
    }
    const sampled = [...counts.values()].reduce((a, b) => a + b, 0);
    const ms = (end - start) / 1000;
    // A thread that is not scheduled is not sampled either: the time the samples do not cover is time not running.
    const notSampled = Math.max(0, ms - (sampled * SAMPLE_INTERVAL_US) / 1000) / (SAMPLE_INTERVAL_US / 1000);
    counts.set('not running', (counts.get('not running') ?? 0) + notSampled);
    const mostly = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const ownFunction = [...functions.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    return { ms, ownMs: ((counts.get('tcpflow') ?? 0) * SAMPLE_INTERVAL_US) / 1000, mostly, ownFunction };
  });
}
