import type { Page } from 'playwright-core';
import { PREVIEW_MARKS } from '../../../src/shared/preview/protocol';
import { webviewFrame } from './editor';
import { eventually } from './wait';

/**
 * Measurements of the preview in the real workbench, shared by the e2e specs
 * (which hold them to the goals) and `npm run bench` (which prints them).
 * Times are wall-clock milliseconds (Date.now in Node and performance.timeOrigin
 * + a mark in the page read the same system clock).
 */

/** Wall-clock time of a user-timing mark in the preview page, or undefined while it is not set. */
export async function markTime(page: Page, name: string): Promise<number | undefined> {
  const frame = webviewFrame(page).locator('body');
  try {
    return await frame.evaluate((_, mark) => {
      const entry = performance.getEntriesByName(mark).at(-1);
      return entry === undefined ? undefined : performance.timeOrigin + entry.startTime;
    }, name, { timeout: 2_000 });
  } catch {
    return undefined; // The frame is not there yet.
  }
}

/** Resolves with the wall-clock time of the preview's first drawing. */
export async function firstDrawingTime(page: Page, timeoutMs = 60_000): Promise<number> {
  const time = await eventually(() => markTime(page, PREVIEW_MARKS.firstDrawing), (t) => t !== undefined, 'the first drawing', timeoutMs);
  return time!;
}

/** Resolves with the wall-clock time of the first drawing after `after` (ms since the epoch). */
export async function drawingAfter(page: Page, after: number, timeoutMs = 30_000): Promise<number> {
  const time = await eventually(() => markTime(page, PREVIEW_MARKS.drawing), (t) => t !== undefined && t > after, 'a new drawing', timeoutMs);
  return time!;
}

/** What the latest drawing cost the page (Mermaid, then layout and paint), as the page measured it. */
export async function drawingCost(page: Page): Promise<number | undefined> {
  return webviewFrame(page)
    .locator('body')
    .evaluate((_, mark) => (performance.getEntriesByName(mark).at(-1) as PerformanceMark | undefined)?.detail?.costMs as number | undefined, PREVIEW_MARKS.drawing);
}

/** Starts recording the workbench page's long tasks (> 50 ms; in code-server the webviews run on this thread too). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const global = window as unknown as { __tcpflowLongTasks?: { start: number; duration: number }[] };
    if (global.__tcpflowLongTasks !== undefined) {
      return;
    }
    const tasks: { start: number; duration: number; where: string }[] = [];
    global.__tcpflowLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // Which frame the task ran in: 'self' (the workbench) or a webview ('same-origin-descendant', ...).
        const frame = (entry as PerformanceEntry & { attribution?: { containerSrc?: string }[] }).attribution?.[0]?.containerSrc ?? '';
        tasks.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration, where: `${entry.name}${frame.includes('webview') ? ' (webview)' : ''}` });
      }
    }).observe({ type: 'longtask', buffered: false });
  });
}

export interface LongTask {
  readonly start: number;
  readonly duration: number;
  /** The longtask entry's name and whether a webview frame ran it. */
  readonly where: string;
}

/** The long tasks recorded that started between `from` and `to` (wall clock). */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<LongTask[]> {
  return page.evaluate(
    ({ from, to }) => {
      const tasks = (window as unknown as { __tcpflowLongTasks?: { start: number; duration: number; where: string }[] }).__tcpflowLongTasks ?? [];
      return tasks.filter((t) => t.start >= from && t.start <= to);
    },
    { from, to },
  );
}

/**
 * Types `text` into the focused editor key by key, `intervalMs` apart (a
 * quick typist is ~80–120 ms a key), and returns the longest main-thread task
 * of the workbench page meanwhile.
 */
export async function longestTaskWhileTyping(page: Page, text: string, intervalMs: number): Promise<{ longest: number; over100: number; typingMs: number; tasks: LongTask[] }> {
  await recordLongTasks(page);
  const from = Date.now();
  for (const key of text) {
    await page.keyboard.type(key);
    await page.waitForTimeout(intervalMs);
  }
  const to = Date.now();
  const tasks = await longTasksBetween(page, from, to);
  const durations = tasks.map((t) => t.duration);
  await provenObserving(page);
  return { longest: Math.max(0, ...durations), over100: durations.filter((d) => d > 100).length, typingMs: to - from, tasks };
}

/**
 * Runs one task of 120 ms in the workbench page and throws unless the recorder saw it: a typing
 * session with no long task is a result only if the observer would have seen one.
 */
async function provenObserving(page: Page): Promise<void> {
  const from = Date.now();
  // Scheduled as a task of the page's own: code run by page.evaluate itself is not a task the observer sees.
  await page.evaluate(() => {
    setTimeout(() => {
      const start = performance.now();
      while (performance.now() - start < 120) {
        // A long task on purpose.
      }
    }, 0);
  });
  await eventually(
    () => longTasksBetween(page, from - 50, Date.now()),
    (tasks) => tasks.some((t) => t.duration >= 100),
    'the long-task recorder to see a 120 ms task',
    10_000,
  );
}

/** Waits until the workbench page has gone `quietMs` without a long task (a drawing just made is laid out and painted). */
export async function waitForQuiet(page: Page, quietMs = 1000, timeoutMs = 30_000): Promise<void> {
  await recordLongTasks(page);
  const start = Date.now();
  for (;;) {
    const lastEnd = await page.evaluate(() => {
      const tasks = (window as unknown as { __tcpflowLongTasks?: { start: number; duration: number }[] }).__tcpflowLongTasks ?? [];
      return Math.max(0, ...tasks.map((t) => t.start + t.duration));
    });
    const now = Date.now();
    if (now - Math.max(lastEnd, start) >= quietMs) {
      return;
    }
    if (now - start > timeoutMs) {
      throw new Error(`the workbench did not go ${quietMs} ms without a long task in ${timeoutMs} ms`);
    }
    await page.waitForTimeout(100);
  }
}

/** Where the preview's drawing and pane are, in the preview page's own CSS pixels. */
export interface PreviewGeometry {
  /** The visible pane (the scroll container). */
  readonly pane: { left: number; top: number; right: number; bottom: number };
  /** The drawing's SVG element. */
  readonly svg: { left: number; top: number; right: number; bottom: number };
  /** The box around every text element of the drawing. */
  readonly text: { left: number; top: number; right: number; bottom: number };
  /** The box around every state box (the phase-coloured note rects); undefined when there is none. */
  readonly stateBoxes: { left: number; top: number; right: number; bottom: number } | undefined;
  /** The arrow labels' size on screen (font size × zoom), smallest first. */
  readonly labelPx: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
  readonly zoom: string;
}

export async function previewGeometry(page: Page): Promise<PreviewGeometry> {
  return webviewFrame(page)
    .locator('.viewport')
    .evaluate((viewport) => {
      const pane = viewport.getBoundingClientRect();
      const svg = viewport.querySelector('svg')!;
      const texts = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect()).filter((b) => b.width > 0);
      const states = [...svg.querySelectorAll('rect.tcpflow-phase')].map((r) => r.getBoundingClientRect()).filter((b) => b.width > 0);
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const labels = [...svg.querySelectorAll('.messageText, .segment text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      const drawing = svg.getBoundingClientRect();
      return {
        pane: { left: pane.left, top: pane.top, right: pane.left + viewport.clientWidth, bottom: pane.top + viewport.clientHeight },
        svg: { left: drawing.left, top: drawing.top, right: drawing.right, bottom: drawing.bottom },
        text: {
          left: Math.min(...texts.map((b) => b.left)),
          top: Math.min(...texts.map((b) => b.top)),
          right: Math.max(...texts.map((b) => b.right)),
          bottom: Math.max(...texts.map((b) => b.bottom)),
        },
        stateBoxes:
          states.length === 0
            ? undefined
            : {
                left: Math.min(...states.map((b) => b.left)),
                top: Math.min(...states.map((b) => b.top)),
                right: Math.max(...states.map((b) => b.right)),
                bottom: Math.max(...states.map((b) => b.bottom)),
              },
        labelPx: labels.length === 0 ? Infinity : Math.min(...labels),
        scrollHeight: viewport.scrollHeight,
        clientHeight: viewport.clientHeight,
        zoom: document.querySelector('.zoom-level')?.textContent ?? '',
      };
    });
}

/** The box of what the preview draws for a 1-based script line (highlighted as the cursor's), in page pixels. */
export async function cursorStepBox(page: Page): Promise<{ top: number; bottom: number; left: number; right: number } | undefined> {
  return webviewFrame(page)
    .locator('.viewport')
    .evaluate(() => {
      const nodes = [...document.querySelectorAll('.tcpflow-cursor')].map((n) => n.getBoundingClientRect()).filter((b) => b.width > 0 || b.height > 0);
      if (nodes.length === 0) {
        return undefined;
      }
      return {
        top: Math.min(...nodes.map((b) => b.top)),
        bottom: Math.max(...nodes.map((b) => b.bottom)),
        left: Math.min(...nodes.map((b) => b.left)),
        right: Math.max(...nodes.map((b) => b.right)),
      };
    });
}
