import mermaid from 'mermaid';

/**
 * The benchmark's baseline page script: Mermaid alone, bundled the same way
 * as the preview and set up the same way, so `mermaid.render` of the same
 * text can be timed in the same browser.
 */
declare global {
  interface Window {
    baselineRender(text: string): Promise<number>;
  }
}

mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', suppressErrorRendering: true, maxTextSize: 2_000_000, sequence: { useMaxWidth: false }, theme: 'default' });
let renders = 0;

window.baselineRender = async (text: string): Promise<number> => {
  const { svg } = await mermaid.render(`baseline-${++renders}`, text);
  return svg.length;
};
