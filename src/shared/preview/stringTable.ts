/**
 * The webview's user-visible strings: the host localizes them (see
 * previewStrings.ts) and embeds the table in the page's HTML.
 */
export interface PreviewStrings {
  readonly previewOf: string;
  readonly toolbar: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly zoomReset: string;
  readonly fit: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  readonly copySource: string;
  readonly lock: string;
  readonly unlock: string;
  /** The switch between the two ways of drawing the story, and its two sides. */
  readonly viewStyle: string;
  readonly sequenceStyle: string;
  readonly timelineStyle: string;
  readonly stepControls: string;
  readonly first: string;
  readonly back: string;
  readonly play: string;
  readonly pause: string;
  readonly forward: string;
  readonly last: string;
  readonly wholeStory: string;
  /** `{0}` step number, `{1}` number of steps. */
  readonly stepOf: string;
  readonly noSteps: string;
  /** `{0}` how many errors. */
  readonly errors: string;
  readonly staleDiagram: string;
  /** `{0}` line number, `{1}` message. */
  readonly problemAt: string;
  /** `{0}` Mermaid's message. */
  readonly renderFailed: string;
  readonly loading: string;
  /** `{0}` how many steps. */
  readonly tooLarge: string;
  readonly drawAnyway: string;
  readonly empty: string;
}

/** Every key of PreviewStrings: `satisfies` makes the compiler reject a key missing here. */
const STRING_KEYS = Object.keys({
  previewOf: true,
  toolbar: true,
  zoomIn: true,
  zoomOut: true,
  zoomReset: true,
  fit: true,
  exportSvg: true,
  exportPng: true,
  copySource: true,
  lock: true,
  unlock: true,
  viewStyle: true,
  sequenceStyle: true,
  timelineStyle: true,
  stepControls: true,
  first: true,
  back: true,
  play: true,
  pause: true,
  forward: true,
  last: true,
  wholeStory: true,
  stepOf: true,
  noSteps: true,
  errors: true,
  staleDiagram: true,
  problemAt: true,
  renderFailed: true,
  loading: true,
  tooLarge: true,
  drawAnyway: true,
  empty: true,
} satisfies Record<keyof PreviewStrings, true>);

/** The string table embedded in the webview's HTML; undefined unless every string is there. */
export function parsePreviewStrings(value: unknown): PreviewStrings | undefined {
  if (typeof value !== 'object' || value === null || !STRING_KEYS.every((key) => typeof (value as Record<string, unknown>)[key] === 'string')) {
    return undefined;
  }
  return value as unknown as PreviewStrings;
}

/** Fills `{0}`, `{1}`, ... as vscode.l10n.t does, for strings the webview formats itself. */
export function formatString(template: string, ...args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? whole : String(arg);
  });
}
