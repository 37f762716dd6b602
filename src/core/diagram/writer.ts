import type { Diagram } from '../model';
import type { StatePhase } from '../tcp/statePhase';
import { DrawnElements, WrittenDiagram } from './elements';
import { escapeMermaidText, type MermaidText } from './escape';

/** A line's indent in the diagram, and inside a tinted block (`rect`), one level deeper. */
const INDENT = '  ';
const TINTED_INDENT = '    ';

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

/** Where a note goes, as Mermaid writes it: `left of h0`, `over h0,h1`. Made by `beside` and `over`. */
export type NotePlacement = string & { readonly __placement: never };

export function beside(side: 'left' | 'right', id: string): NotePlacement {
  return `${side} of ${id}` as NotePlacement;
}

export function over(ids: readonly string[]): NotePlacement {
  return `over ${ids.join(',')}` as NotePlacement;
}

export type Mark = 'error' | 'warning';

/** Pieces of text in a batch: a few hundred lines. */
const BATCH_PIECES = 2048;
/** Room kept in a batch for one more line: the most pieces any line is written in. */
const LINE_PIECES = 16;

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
  /**
   * Lines, and the pieces of arrows' lines, go into a batch that is joined into
   * one flat string when full: a long story then keeps a few hundred compact
   * strings alive while it is written, not hundreds of thousands of small ones
   * (which the garbage collector would copy again and again), and an arrow's text
   * is copied once, into the diagram, never made as a string of its own. The
   * batch is one array for the whole diagram; numbers in it are spelt by the join.
   */
  private readonly batch: (string | number)[] = new Array<string | number>(BATCH_PIECES).fill('');
  private pieces = 0;
  private readonly written: string[] = [];
  private readonly elements = new DrawnElements();
  private pendingMark: Mark | undefined;
  private openMark = false;
  private readonly arrowStarts = new ArrowStarts(INDENT);
  private readonly tintedArrowStarts = new ArrowStarts(TINTED_INDENT);

  constructor() {
    this.add('sequenceDiagram\n');
  }

  title(text: string): void {
    const trimmed = text.trim();
    if (trimmed !== '') {
      this.add(`  title ${escapeMermaidText(trimmed)}\n`);
    }
  }

  /** Declares a participant; a blank label leaves Mermaid showing the id. */
  participant(id: string, label: string): void {
    const trimmed = label.trim();
    this.add(trimmed === '' ? `  participant ${id}\n` : `  participant ${id} as ${escapeMermaidText(trimmed)}\n`);
  }

  message(from: string, arrow: ArrowKind, to: string, text: string, line: number): void {
    this.arrow(from, arrow, to, escapeMermaidText(text.trim()), line);
  }

  /**
   * Opens an arrow's line whose text follows in pieces (`write`), escaped already and with
   * no blank at either end (Mermaid would trim it), until `endArrow`.
   */
  beginArrow(from: string, arrow: ArrowKind, to: string): void {
    this.flushMark();
    const starts = this.openMark ? this.tintedArrowStarts : this.arrowStarts;
    this.batch[this.pieces++] = starts.of(from, arrow, to);
  }

  /** A piece of the open arrow's text. */
  write(piece: MermaidText | number): void {
    this.batch[this.pieces++] = piece;
  }

  endArrow(line: number): void {
    this.add('\n');
    this.elements.message(line);
  }

  /** `message` with its text escaped already. */
  private arrow(from: string, arrow: ArrowKind, to: string, text: MermaidText, line: number): void {
    this.beginArrow(from, arrow, to);
    this.write(text);
    this.endArrow(line);
  }

  /**
   * Draws a note; a blank one is not drawn, as Mermaid would draw an empty box.
   * `phases` are those of the states the note shows, left to right.
   */
  note(placement: NotePlacement, text: string, line: number, phases?: readonly StatePhase[]): void {
    const trimmed = text.trim();
    if (trimmed === '') {
      return;
    }
    this.flushMark();
    this.add(`${this.indent()}note ${placement}: ${escapeMermaidText(trimmed)}\n`);
    this.elements.note(line, phases);
  }

  /**
   * Marks where a lifeline declared at the top is first needed: a note over it
   * with its label. Mermaid's own `create participant` would put the
   * participant after every declared one, not between the hosts.
   */
  lifelineStart(id: string, label: string, line: number): void {
    const trimmed = label.trim();
    if (trimmed === '') {
      return;
    }
    this.flushMark();
    this.add(`${this.indent()}note over ${id}: ${escapeMermaidText(trimmed)}\n`);
    this.elements.networkStartNote(line);
  }

  /** Ends a participant's lifeline at the next message, which must be to or from it. */
  destroy(id: string): void {
    this.flushMark();
    this.add(`${this.indent()}destroy ${id}\n`);
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
      this.add('  end\n');
    }
    this.openMark = false;
    this.pendingMark = undefined;
  }

  finish(): Diagram {
    this.endMark();
    this.flush();
    return new WrittenDiagram(this.written.join(''), this.elements);
  }

  /** Adds a line, or the end of one, ending in a line feed. */
  private add(line: string): void {
    this.batch[this.pieces++] = line;
    if (this.pieces > BATCH_PIECES - LINE_PIECES) {
      this.flush();
    }
  }

  private flush(): void {
    this.batch.fill('', this.pieces);
    this.written.push(this.batch.join(''));
    this.pieces = 0;
  }

  private flushMark(): void {
    if (this.pendingMark !== undefined && !this.openMark) {
      this.add(`  rect ${MARK_FILL[this.pendingMark]}\n`);
      this.openMark = true;
    }
  }

  private indent(): string {
    return this.openMark ? TINTED_INDENT : INDENT;
  }
}

/** The starts of arrows' lines at one indent, `  h0->>h1: `, each made once: a story draws its few arrows over and over. */
class ArrowStarts {
  private readonly bySender = new Map<string, Map<string, Partial<Record<ArrowKind, string>>>>();

  constructor(private readonly indent: string) {}

  of(from: string, arrow: ArrowKind, to: string): string {
    let byReceiver = this.bySender.get(from);
    if (byReceiver === undefined) {
      byReceiver = new Map();
      this.bySender.set(from, byReceiver);
    }
    let starts = byReceiver.get(to);
    if (starts === undefined) {
      starts = {};
      byReceiver.set(to, starts);
    }
    return (starts[arrow] ??= `${this.indent}${from}${ARROWS[arrow]}${to}: `);
  }
}
