import type { WireSegment } from '../model';
import { formatFlags } from '../tcp/flags';
import { DEFAULT_WINDOW } from '../tcp/window';
import { escapeMermaidText, isBlank, type MermaidText } from './escape';

/**
 * The text on a segment's arrow, from the segment as it went on the wire:
 * `SYN,ACK seq=300 ack=101 len=10 win=0 “label”`. Sequence numbers are optional
 * (`showSeq`); ack= only when the ACK bit is set, len= only for a payload, win=
 * only for a window other than the default, so that flow control shows.
 */
export function segmentText(wire: WireSegment, label: string | undefined, showSeq: boolean): string {
  return spell(wire, label, showSeq, verbatim);
}

/** Where a segment's text is written, a piece at a time: numbers as they are, to be spelt where the pieces are joined. */
export interface TextPieces<Piece extends string> {
  write(piece: Piece | number): void;
}

/**
 * `escapeMermaidText(segmentText(...))`, written in pieces and escaping the label
 * alone: it is the only text from outside. The rest is spelt here of flag names,
 * digits, blanks and `=`, which need no escape, and begins and ends with no blank.
 * A long story writes thousands of these: as pieces of the diagram's text they are
 * copied once, into it, and never made as strings of their own.
 */
export function writeMermaidSegmentText(out: TextPieces<MermaidText>, wire: WireSegment, label: string | undefined, showSeq: boolean): void {
  // What is written here but the label is inert Mermaid text as it stands.
  write(out as TextPieces<string>, wire, label, showSeq, escapeMermaidText);
}

/** Collects a text's pieces into one string. */
class Spelling implements TextPieces<string> {
  text = '';

  write(piece: string | number): void {
    this.text += piece;
  }
}

function spell(wire: WireSegment, label: string | undefined, showSeq: boolean, labelText: (label: string) => string): string {
  const spelling = new Spelling();
  write(spelling, wire, label, showSeq, labelText);
  return spelling.text;
}

function write(out: TextPieces<string>, wire: WireSegment, label: string | undefined, showSeq: boolean, labelText: (label: string) => string): void {
  out.write(formatFlags(wire.flags));
  if (showSeq) {
    out.write(' seq=');
    out.write(wire.seq);
    if (wire.ack !== undefined && wire.flags.includes('ACK')) {
      out.write(' ack=');
      out.write(wire.ack);
    }
  }
  if (wire.len > 0) {
    out.write(' len=');
    out.write(wire.len);
  }
  if (wire.win !== DEFAULT_WINDOW) {
    out.write(' win=');
    out.write(wire.win);
  }
  if (label !== undefined && !isBlank(label)) {
    // Typographic quotes: they need no escape, so the Mermaid text stays readable.
    out.write(' “');
    out.write(labelText(label.trim()));
    out.write('”');
  }
}

function verbatim(text: string): string {
  return text;
}
