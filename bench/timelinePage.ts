import mermaid from 'mermaid';
import { renderTimeline, type TimelineInput } from '../src/core/timeline';

/**
 * The timeline benchmark's page script: the timeline's layout and SVG writer
 * and Mermaid, bundled alike, so both draw the same story in the same browser.
 * Mermaid is set up as the preview sets it up (bench/previewBaseline.ts).
 */
declare global {
  interface Window {
    timelineBench: {
      load(input: TimelineInput): void;
      timeline(): number;
      timelineIntoPage(): number;
      mermaid(text: string): Promise<number>;
    };
  }
}

mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', suppressErrorRendering: true, maxTextSize: 2_000_000, sequence: { useMaxWidth: false }, theme: 'default' });
let input: TimelineInput | undefined;
let renders = 0;

window.timelineBench = {
  load(loaded) {
    input = loaded;
  },
  /** Layout + SVG string, in ms by the page clock. */
  timeline() {
    const start = performance.now();
    renderTimeline(input!, { showSeq: true, lang: 'en', mode: 'webview' });
    return performance.now() - start;
  },
  /** The same, then the SVG parsed into the page, as the preview will show it. */
  timelineIntoPage() {
    const start = performance.now();
    const { svg } = renderTimeline(input!, { showSeq: true, lang: 'en', mode: 'webview' });
    document.body.innerHTML = svg;
    return performance.now() - start;
  },
  async mermaid(text) {
    const start = performance.now();
    await mermaid.render(`timeline-bench-${++renders}`, text);
    return performance.now() - start;
  },
};
