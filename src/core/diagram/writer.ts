import type { Diagram, DiagramElement } from '../model';
import { escapeMermaidText, isBlank } from './escape';

/** The arrows the diagram uses, by what happens to the segment. */
const ARROWS = {
  /** Arrives. */
  arrive: '->>',
  /** Lost: Mermaid's cross. */
  lost: '-x',
  /** Goes into the network and stays there for now (the RFC figures' `...`). */
  toNetwork: '-->>',
} as const;

export type ArrowKind = keyof typeof ARROWS;

/** Where a note goes: beside one participant, or over a span of them. */
export type NotePlacement =
  | { readonly side: 'left' | 'right'; readonly id: string }
  | { readonly side: 'over'; readonly ids: readonly string[] };

export type Mark = 'error' | 'warning';

/** Tints that read on light and dark backgrounds alike: the colour at low opacity. */
const MARK_FILL: Readonly<Record<Mark, string>> = {
  error: 'rgba(229, 83, 75, 0.18)',
  warning: 'rgba(212, 160, 23, 0.18)',
};

/** Put before the text of the element that went wrong. */
export const MARK_PREFIX: Readonly<Record<Mark, string>> = {
  error: '✗ ',
  warning: '⚠ ',
};

/**
 * Writes Mermaid sequence-diagram text line by line, escaping every text it is
 * given, and records each drawn message and note with its source line, in
 * drawing order. Participant ids are the caller's and must be plain
 * identifiers that are not Mermaid keywords.
 */
export class MermaidWriter {
  private readonly lines: string[] = ['sequenceDiagram'];
  private readonly elements: DiagramElement[] = [];
  private pendingMark: Mark | undefined;
  private openMark = false;

  title(text: string): void {
    if (!isBlank(text)) {
      this.lines.push(`  title ${escapeMermaidText(text.trim())}`);
    }
  }

  /** Declares a participant; a blank label leaves Mermaid showing the id. */
  participant(id: string, label: string): void {
    this.lines.push(isBlank(label) ? `  participant ${id}` : `  participant ${id} as ${escapeMermaidText(label.trim())}`);
  }

  message(from: string, arrow: ArrowKind, to: string, text: string, line: number): void {
    this.flushMark();
    this.lines.push(`${this.indent()}${from}${ARROWS[arrow]}${to}: ${escapeMermaidText(text.trim())}`);
    this.elements.push({ kind: 'message', line });
  }

  /** Draws a note; a blank one is not drawn, as Mermaid would draw an empty box. */
  note(placement: NotePlacement, text: string, line: number): void {
    if (isBlank(text)) {
      return;
    }
    this.flushMark();
    const where = placement.side === 'over' ? `over ${placement.ids.join(',')}` : `${placement.side} of ${placement.id}`;
    this.lines.push(`${this.indent()}note ${where}: ${escapeMermaidText(text.trim())}`);
    this.elements.push({ kind: 'note', line });
  }

  /**
   * Tints everything drawn until `endMark()`. The block opens with the first
   * thing drawn, so a step that draws nothing leaves no empty block.
   */
  beginMark(mark: Mark | undefined): void {
    this.endMark();
    this.pendingMark = mark;
  }

  endMark(): void {
    if (this.openMark) {
      this.lines.push('  end');
    }
    this.openMark = false;
    this.pendingMark = undefined;
  }

  finish(): Diagram {
    this.endMark();
    return { text: this.lines.join('\n') + '\n', elements: this.elements };
  }

  private flushMark(): void {
    if (this.pendingMark !== undefined && !this.openMark) {
      this.lines.push(`  rect ${MARK_FILL[this.pendingMark]}`);
      this.openMark = true;
    }
  }

  private indent(): string {
    return this.openMark ? '    ' : '  ';
  }
}
