import type { Mermaid, MermaidConfig } from 'mermaid';
import { DIAGRAM_FONTS, PARTICIPANT_FONTS } from './fonts';
import { loadMermaid } from './mermaidLoader';
import type { ThemeKind } from './theme';

/**
 * Mermaid, loaded once per page (see mermaidLoader.ts) and set up for text
 * that comes from a user's file: `securityLevel: 'strict'` (labels are
 * sanitized and clicks/links disabled), no rendering on load, and no error
 * picture left in the page (the page shows errors its own way).
 */

/** Far above any story a person writes by hand, but still a bound on the work one render may take. */
const MAX_TEXT_SIZE = 2_000_000;

/** Mermaid's theme for each VS Code theme; high contrast uses `base` with the workbench's own colours. */
function themeConfig(theme: ThemeKind): Pick<MermaidConfig, 'theme' | 'themeVariables'> {
  const fonts = { fontFamily: DIAGRAM_FONTS };
  switch (theme) {
    case 'light':
      return { theme: 'default', themeVariables: fonts };
    case 'dark':
      return { theme: 'dark', themeVariables: fonts };
    case 'high-contrast':
      return { theme: 'base', themeVariables: { ...fonts, ...highContrastVariables('#000000', '#ffffff', '#6fc3df') } };
    case 'high-contrast-light':
      return { theme: 'base', themeVariables: { ...fonts, ...highContrastVariables('#ffffff', '#000000', '#0f4a85') } };
  }
}

/** Reads a workbench colour (VS Code sets them as CSS variables on the webview's <html>). */
function workbenchColor(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  // Mermaid derives shades from these colours and only understands plain colour syntax.
  return /^#[0-9a-f]{3,8}$/i.test(value) ? value : fallback;
}

function highContrastVariables(background: string, foreground: string, border: string): Record<string, string> {
  const bg = workbenchColor('--vscode-editor-background', background);
  const fg = workbenchColor('--vscode-editor-foreground', foreground);
  const line = workbenchColor('--vscode-contrastBorder', border);
  return {
    background: bg,
    primaryColor: bg,
    primaryTextColor: fg,
    primaryBorderColor: line,
    lineColor: fg,
    textColor: fg,
    actorBkg: bg,
    actorBorder: line,
    actorTextColor: fg,
    actorLineColor: fg,
    signalColor: fg,
    signalTextColor: fg,
    labelBoxBkgColor: bg,
    labelBoxBorderColor: line,
    labelTextColor: fg,
    noteBkgColor: bg,
    noteTextColor: fg,
    noteBorderColor: line,
    sequenceNumberColor: bg,
  };
}

export class MermaidRenderer {
  private configuredTheme: ThemeKind | undefined;
  private renders = 0;

  /**
   * `load` gives Mermaid: by default the shared module beside the page's bundle; a page that
   * cannot load modules from the extension (VS Code's Markdown preview) passes its own copy.
   */
  constructor(private readonly load: () => Promise<Mermaid> = loadMermaid) {}

  /** Renders a diagram to SVG markup; rejects with Mermaid's error when it cannot. */
  async render(text: string, theme: ThemeKind): Promise<string> {
    const mermaid = await this.load();
    this.configure(mermaid, theme);
    const { svg } = await mermaid.render(`tcpflow-diagram-${++this.renders}`, text);
    return svg;
  }

  private configure(mermaid: Mermaid, theme: ThemeKind): void {
    if (this.configuredTheme === theme) {
      return;
    }
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      suppressErrorRendering: true,
      maxTextSize: MAX_TEXT_SIZE,
      // The preview zooms and pans itself: draw at the natural size. Tighter than Mermaid's defaults
      // (the page has its own margin; boxes no wider than their text needs), so a three-lifeline
      // story fits a pane beside the editor with its labels still readable.
      // Mermaid measures each text in these fonts to size its box: the same lists as the drawing's CSS.
      sequence: {
        useMaxWidth: false,
        diagramMarginX: 8,
        width: 100,
        actorMargin: 10,
        noteMargin: 4,
        boxMargin: 6,
        wrapPadding: 4,
        messageFontFamily: DIAGRAM_FONTS,
        noteFontFamily: DIAGRAM_FONTS,
        actorFontFamily: PARTICIPANT_FONTS,
      },
      ...themeConfig(theme),
    });
    this.configuredTheme = theme;
  }
}
