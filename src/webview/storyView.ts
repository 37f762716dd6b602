import type { PreviewUpdate } from '../shared/preview/protocol';
import type { ThemeKind } from './theme';
import type { Drawing } from './zoomPan';

/**
 * One way of drawing the story in the preview (the Mermaid sequence diagram,
 * the timeline). The page owns the controls, the framing and the schedule;
 * a view turns an update into SVG in the canvas and maps what it drew back
 * to script lines, so every control works the same in every view.
 */
export interface StoryView extends Drawing {
  /** Whether `next` draws differently from `previous` here (otherwise only the marks change). */
  differs(previous: PreviewUpdate, next: PreviewUpdate): boolean;
  /** Makes the drawing's SVG markup (the slow part: nothing in the page changes yet). */
  draw(update: PreviewUpdate, theme: ThemeKind): Promise<string>;
  /** Puts drawn markup in the canvas, in place of what was there, and maps it to the update's lines. */
  show(markup: string, update: PreviewUpdate): void;
  /** Keeps the drawing (it did not change) but maps it to the update's lines, which may have moved. */
  remap(update: PreviewUpdate): void;
  /** Empties the canvas (the other view takes over, or nothing is drawn). */
  clear(): void;
  /** The 0-based script line of the drawn element under an event's target. */
  lineAt(target: EventTarget | null): number | undefined;
  /** Marks what is drawn for the editor's cursor line; returns those nodes. */
  highlightLine(line: number | undefined): readonly Element[];
  /** The step-through: shows the story up to step `step` (1-based), later ones hidden; undefined shows all. */
  showUpTo(step: number | undefined): void;
  /** The nodes drawn for a line, to bring them into view. */
  nodesOfLine(line: number): readonly Element[];
  /** The drawing as a standalone SVG file, without the preview's marks. */
  exportSvg(): string | undefined;
  /** The drawing as it looks in the preview, self-contained, to rasterize into a PNG. */
  imageSvg(): string | undefined;
}
