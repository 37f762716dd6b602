import type { Diagram, DiagramElement } from '../model';
import type { StatePhase } from '../tcp/statePhase';

const MESSAGE = 0;
const NOTE = 1;

/**
 * A diagram's elements in drawing order, kept as one number each (its line and whether it is
 * a note) while the diagram is written, and made into DiagramElements when first read. A long
 * story draws an element per event: as an object each they were what the diagram kept alive
 * and the garbage collector copied, for readers (the preview, the Markdown block) that not
 * every analysis has.
 */
export class DrawnElements {
  private readonly codes: number[] = [];
  /** The phases of the notes that show states, by the note's place in drawing order. */
  private readonly phases = new Map<number, readonly StatePhase[]>();
  /** Where the note that begins the Network's lifeline is, or -1. */
  private networkStart = -1;

  message(line: number): void {
    this.codes.push(line * 2 + MESSAGE);
  }

  note(line: number, phases: readonly StatePhase[] | undefined): void {
    if (phases !== undefined && phases.length > 0) {
      this.phases.set(this.codes.length, phases);
    }
    this.codes.push(line * 2 + NOTE);
  }

  networkStartNote(line: number): void {
    this.networkStart = this.codes.length;
    this.codes.push(line * 2 + NOTE);
  }

  toArray(): DiagramElement[] {
    return this.codes.map((code, index): DiagramElement => {
      const line = code >> 1;
      if ((code & 1) === MESSAGE) {
        return { kind: 'message', line };
      }
      const phases = this.phases.get(index);
      if (phases !== undefined) {
        return { kind: 'note', line, phases };
      }
      return index === this.networkStart ? { kind: 'note', line, networkStart: true } : { kind: 'note', line };
    });
  }
}

/** A written diagram: its text, and its elements made when first read. JSON carries both as model.ts writes them. */
export class WrittenDiagram implements Diagram {
  readonly #drawn: DrawnElements;
  #elements: readonly DiagramElement[] | undefined;

  constructor(
    readonly text: string,
    drawn: DrawnElements,
  ) {
    this.#drawn = drawn;
  }

  get elements(): readonly DiagramElement[] {
    return (this.#elements ??= this.#drawn.toArray());
  }

  toJSON(): Diagram {
    return { text: this.text, elements: this.elements };
  }
}
