import * as assert from 'assert';
import { CHEAP_RENDER_MS, RenderPacer } from '../../../src/webview/renderPacer';
import { RenderScheduler } from '../../../src/webview/renderScheduler';

class Clock {
  time = 1000;
  now = (): number => this.time;
}

describe('RenderPacer: an expensive drawing waits for typing to pause', () => {
  it('never holds back a cheap drawing, even while typing', () => {
    const clock = new Clock();
    const pacer = new RenderPacer(clock.now);
    pacer.renderStarted();
    pacer.renderFinished(CHEAP_RENDER_MS - 1);
    pacer.noteInput();
    assert.ok(pacer.delay() <= 0);
  });

  it('holds an expensive drawing until the pause is longer than the drawing', () => {
    const clock = new Clock();
    const pacer = new RenderPacer(clock.now);
    pacer.renderStarted();
    pacer.renderFinished(800);
    pacer.noteInput();
    assert.ok(pacer.delay() >= 800, `waits at least its cost after the last keystroke (${pacer.delay()})`);
    clock.time += 300;
    pacer.noteInput(); // typing goes on: the wait starts again
    assert.ok(pacer.delay() >= 800);
    clock.time += pacer.quietNeeded;
    assert.ok(pacer.delay() <= 0, 'typing paused long enough');
  });

  it('waits longer after a drawing that typing ran into, and less again after undisturbed ones', () => {
    const clock = new Clock();
    const pacer = new RenderPacer(clock.now);
    pacer.renderStarted();
    pacer.renderFinished(400);
    const calm = pacer.quietNeeded;
    pacer.renderStarted();
    pacer.noteInput(); // a keystroke while it drew
    pacer.renderFinished(400);
    assert.strictEqual(pacer.quietNeeded, calm * 2);
    for (let i = 0; i < 10; i++) {
      pacer.renderStarted();
      pacer.renderFinished(400);
    }
    assert.strictEqual(pacer.quietNeeded, calm);
  });
});

describe('RenderScheduler with a pace: sleeps while the pace says wait, then draws only the newest', () => {
  it('draws once, the last request, after the wait', async () => {
    const drawn: string[] = [];
    let wait = 100;
    const sleeps: number[] = [];
    const scheduler = new RenderScheduler<string>(
      async (job) => {
        drawn.push(job);
      },
      () => undefined,
      () => Promise.resolve(),
      {
        delay: () => wait,
        sleep: async (ms) => {
          sleeps.push(ms);
          scheduler.request(2 + sleeps.length, `edit ${sleeps.length}`);
          if (sleeps.length === 3) {
            wait = 0;
          }
        },
      },
    );
    scheduler.request(1, 'first');
    await scheduler.whenIdle();
    assert.deepStrictEqual(sleeps, [100, 100, 100]);
    assert.deepStrictEqual(drawn, ['edit 3']);
  });
});
