import type { WireSegment } from '../model';
import { formatFlags } from '../tcp/flags';
import { DEFAULT_WINDOW } from '../tcp/window';
import { isBlank } from './escape';

/**
 * The text on a segment's arrow, from the segment as it went on the wire:
 * `SYN,ACK seq=300 ack=101 len=10 win=0 “label”`. Sequence numbers are optional
 * (`showSeq`); ack= only when the ACK bit is set, len= only for a payload, win=
 * only for a window other than the default, so that flow control shows.
 */
export function segmentText(wire: WireSegment, label: string | undefined, showSeq: boolean): string {
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
    text += ` “${label.trim()}”`;
  }
  return text;
}
