import * as assert from 'assert';
import { RenderScheduler } from '../../../src/webview/renderScheduler';

/** A render that waits until the test lets it finish, recording what it was asked and what it showed. */
class ControlledRenders {
  readonly started: string[] = [];
  readonly shown: string[] = [];
  readonly errors: string[] = [];
  private readonly finishers: (() => void)[] = [];
  readonly scheduler = new RenderScheduler<string>(
    async (job, isCurrent) => {
      this.started.push(job);
      await new Promise<void>((resolve) => this.finishers.push(resolve));
      if (job.startsWith('fail')) {
        throw new Error(job);
      }
      if (isCurrent()) {
        this.shown.push(job);
      }
    },
    (error) => this.errors.push((error as Error).message),
    () => this.yielded(),
  );
  /** Each yield to the event loop; the test lets them pass (all at once unless `holdYields`). */
  holdYields = false;
  private readonly heldYields: (() => void)[] = [];

  private yielded(): Promise<void> {
    return this.holdYields ? new Promise((resolve) => this.heldYields.push(resolve)) : Promise.resolve();
  }

  releaseYields(): void {
    this.heldYields.splice(0).forEach((resolve) => resolve());
  }

  /** Lets the oldest running render finish, then lets the scheduler move on. */
  async finishOne(): Promise<void> {
    const finish = this.finishers.shift();
    assert.ok(finish, 'a render is running');
    finish();
    await flush();
  }

  get running(): number {
    return this.finishers.length;
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
}

describe('RenderScheduler: one render at a time, the newest last', () => {
  it('renders a lone request at once and shows it', async () => {
    const r = new ControlledRenders();
    assert.strictEqual(r.scheduler.request(1, 'a'), true);
    await flush();
    assert.deepStrictEqual(r.started, ['a']);
    await r.finishOne();
    assert.deepStrictEqual(r.shown, ['a']);
    assert.strictEqual(r.scheduler.busy, false);
  });

  it('never runs two renders at once; requests made meanwhile collapse to the last', async () => {
    const r = new ControlledRenders();
    r.scheduler.request(1, 'a');
    await flush();
    for (let seq = 2; seq <= 200; seq++) {
      r.scheduler.request(seq, `v${seq}`);
      assert.ok(r.running <= 1, 'at most one render in progress');
    }
    await r.finishOne();
    assert.deepStrictEqual(r.started, ['a', 'v200'], 'the 198 requests in between were never rendered');
    await r.finishOne();
    assert.deepStrictEqual(r.shown, ['v200']);
    assert.strictEqual(r.scheduler.busy, false);
  });

  it('yields to the event loop before rendering, so a burst queued meanwhile renders only its last', async () => {
    const r = new ControlledRenders();
    r.holdYields = true;
    for (let seq = 1; seq <= 200; seq++) {
      r.scheduler.request(seq, `v${seq}`);
    }
    await flush();
    assert.deepStrictEqual(r.started, [], 'nothing renders before the page had its turn');
    r.releaseYields();
    await flush();
    assert.deepStrictEqual(r.started, ['v200']);
    await r.finishOne();
    assert.deepStrictEqual(r.shown, ['v200']);
    assert.strictEqual(r.scheduler.busy, false);
  });

  it('drops the result of a render that a newer request overtook', async () => {
    const r = new ControlledRenders();
    r.scheduler.request(1, 'old');
    await flush();
    r.scheduler.request(2, 'new');
    await r.finishOne();
    assert.deepStrictEqual(r.shown, [], 'the old render finished after the new request and showed nothing');
    await r.finishOne();
    assert.deepStrictEqual(r.shown, ['new']);
  });

  it('ignores a request older than one already seen, and accepts the same sequence number again', async () => {
    const r = new ControlledRenders();
    r.scheduler.request(5, 'five');
    await flush();
    assert.strictEqual(r.scheduler.request(4, 'four'), false);
    assert.strictEqual(r.scheduler.request(5, 'five, in the new theme'), true);
    await r.finishOne();
    await r.finishOne();
    assert.deepStrictEqual(r.started, ['five', 'five, in the new theme']);
    assert.deepStrictEqual(r.shown, ['five, in the new theme']);
    assert.strictEqual(r.scheduler.latestSeq, 5);
  });

  it('reports a failed render and goes on with the next request', async () => {
    const r = new ControlledRenders();
    r.scheduler.request(1, 'fail 1');
    await flush();
    r.scheduler.request(2, 'b');
    await r.finishOne();
    assert.deepStrictEqual(r.errors, ['fail 1']);
    await r.finishOne();
    assert.deepStrictEqual(r.shown, ['b']);
  });

  it('ends on the last request however the requests interleave with finishing renders', async () => {
    // A fixed pseudo-random interleaving of 500 requests and completions.
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const r = new ControlledRenders();
    let seq = 0;
    while (seq < 500) {
      if (random() < 0.7) {
        r.scheduler.request(++seq, `v${seq}`);
        await flush();
      } else if (r.running > 0) {
        await r.finishOne();
      }
      assert.ok(r.running <= 1);
    }
    while (r.running > 0) {
      await r.finishOne();
    }
    await r.scheduler.whenIdle();
    assert.strictEqual(r.shown[r.shown.length - 1], 'v500');
    const order = r.shown.map((s) => Number(s.slice(1)));
    assert.deepStrictEqual(order, [...order].sort((a, b) => a - b), 'shown in order, never an older after a newer');
  });
});
