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

/**
 * `escapeMermaidText(segmentText(...))`, escaping the label alone: it is the
 * only text from outside. The rest is spelt here of flag names, digits, blanks
 * and `=`, which need no escape, and begins and ends with no blank: the text
 * is made without ever being copied to be read through.
 */
export function mermaidSegmentText(wire: WireSegment, label: string | undefined, showSeq: boolean): MermaidText {
  return spell(wire, label, showSeq, escapeMermaidText) as MermaidText;
}

function spell(wire: WireSegment, label: string | undefined, showSeq: boolean, labelText: (label: string) => string): string {
  let text = formatFlags(wire.flags);
  if (showSeq) {
    text += ` seq=${wire.seq}`;
    if (wire.ack !== undefined && wire.flags.includes('ACK')) {
      text += ` ack=${wire.ack}`;
    }
  }
  if (wire.len > 0) {
    text += ` len=${wire.len}`;
  }
  if (wire.win !== DEFAULT_WINDOW) {
    text += ` win=${wire.win}`;
  }
  if (label !== undefined && !isBlank(label)) {
    // Typographic quotes: they need no escape, so the Mermaid text stays readable.
    text += ` “${labelText(label.trim())}”`;
  }
  return text;
}

function verbatim(text: string): string {
  return text;
}
