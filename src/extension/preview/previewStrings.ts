import type { PreviewStrings } from '../../shared/preview/stringTable';

/** A translator with vscode.l10n.t's signature. */
export type Translate = (message: string, ...args: string[]) => string;

/**
 * The webview's strings, in English and translated by `t` (vscode.l10n.t,
 * whose Korean is in l10n/bundle.l10n.ko.json). Placeholders the webview
 * fills itself are passed through as `{0}`, `{1}`, so a translation may put
 * them in any order.
 */
export function previewStrings(t: Translate): PreviewStrings {
  return {
    previewOf: t('TCP Flow preview of {0}', '{0}'),
    toolbar: t('Diagram tools'),
    zoomIn: t('Zoom in'),
    zoomOut: t('Zoom out'),
    zoomReset: t('Actual size (100%)'),
    fit: t('Fit to window'),
    exportSvg: t('Export as SVG…'),
    exportPng: t('Export as PNG…'),
    copySource: t('Copy Mermaid source'),
    lock: t('Lock preview to this file'),
    unlock: t('Unlock preview (follow the active editor)'),
    viewStyle: t('Draw the story as'),
    sequenceStyle: t('Sequence diagram'),
    timelineStyle: t('Timeline'),
    stepControls: t('Step through the story'),
    first: t('First step'),
    back: t('Previous step'),
    play: t('Play'),
    pause: t('Pause'),
    forward: t('Next step'),
    last: t('Last step'),
    wholeStory: t('Whole story'),
    stepOf: t('Step {0} of {1}', '{0}', '{1}'),
    noSteps: t('No events yet'),
    errors: t('Errors: {0}', '{0}'),
    staleDiagram: t('showing the last diagram without errors'),
    problemAt: t('Line {0}: {1}', '{0}', '{1}'),
    renderFailed: t('The diagram could not be drawn: {0}', '{0}'),
    loading: t('Drawing…'),
    tooLarge: t('This story has {0} steps: too long to redraw at every pause in typing.', '{0}'),
    drawAnyway: t('Draw it'),
    empty: t('Nothing to draw yet: write an event such as “A -> B: SYN”.'),
  };
}
