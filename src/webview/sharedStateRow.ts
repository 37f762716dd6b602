import { STATE_SEPARATOR } from '../core/diagram/stateRow';

/** Room between a state and its end of the box, the same at both ends. */
const END_PADDING = 8;
/** The least room between the two states of a row (where the box is divided). */
const GAP = 16;

/** A note that shows both hosts' states, as stateRow.ts writes it: `LEFT │ RIGHT`. */
export interface SharedRow {
  readonly text: SVGTextElement;
  readonly box: SVGRectElement;
  /** Colours the right half of the box in its state's phase. */
  readonly paintRight: (half: SVGRectElement) => void;
}

interface SplitRow extends SharedRow {
  readonly left: SVGTSpanElement;
  readonly right: SVGTSpanElement;
}

/**
 * Puts the two states of each shared row at the two ends of its box, as RFC
 * 9293's figures print them at the ends of the line that changed them, with
 * the same room at both ends and each state in a half of its own colour.
 *
 * Mermaid sized the box for `LEFT │ RIGHT` centred; the two ends need a
 * little more, and more again when the step-through sets the row in bold, so
 * a box too narrow for both states in bold is widened about its centre (the
 * drawing's size then follows what is drawn: drawingExtent.ts). All rows are
 * split first, then measured together, then placed: the page lays out twice
 * whatever the number of rows.
 */
export function layOutSharedRows(rows: readonly SharedRow[]): void {
  const split = rows.map(splitText).filter((row): row is SplitRow => row !== undefined);
  if (split.length === 0) {
    return;
  }
  const regular = split.map(widths);
  const weights = split.map((row) => row.text.style.getPropertyValue('font-weight'));
  for (const row of split) {
    row.text.style.setProperty('font-weight', 'bold');
  }
  const bold = split.map(widths);
  split.forEach((row, index) => row.text.style.setProperty('font-weight', weights[index]!));
  split.forEach((row, index) => {
    place(row, Math.max(regular[index]![0], bold[index]![0]), Math.max(regular[index]![1], bold[index]![1]));
  });
}

/** One line of text becomes two, the left and the right state; a row Mermaid wrapped is left as drawn, centred. */
function splitText(row: SharedRow): SplitRow | undefined {
  const content = row.text.textContent ?? '';
  const at = content.indexOf(STATE_SEPARATOR.trim());
  const tspans = row.text.querySelectorAll('tspan');
  const left = tspans[0];
  if (at < 0 || left === undefined || tspans.length !== 1) {
    return undefined;
  }
  const right = left.cloneNode(false) as SVGTSpanElement;
  left.textContent = content.slice(0, at).trim();
  right.textContent = content.slice(at + STATE_SEPARATOR.trim().length).trim();
  left.after(right);
  return { ...row, left, right };
}

function widths(row: SplitRow): [number, number] {
  return [textLength(row.left), textLength(row.right)];
}

function textLength(node: SVGTSpanElement): number {
  const length = typeof node.getComputedTextLength === 'function' ? node.getComputedTextLength() : 0;
  return Number.isFinite(length) ? length : 0;
}

function place(row: SplitRow, leftWidth: number, rightWidth: number): void {
  let x = parseFloat(row.box.getAttribute('x') ?? '');
  let width = parseFloat(row.box.getAttribute('width') ?? '');
  if (!Number.isFinite(x) || !Number.isFinite(width)) {
    return;
  }
  const needed = 2 * END_PADDING + leftWidth + GAP + rightWidth;
  if (needed > width) {
    x -= (needed - width) / 2;
    width = needed;
    row.box.setAttribute('x', String(x));
    row.box.setAttribute('width', String(width));
  }
  row.left.setAttribute('x', String(x + END_PADDING));
  row.left.setAttribute('text-anchor', 'start');
  row.right.setAttribute('x', String(x + width - END_PADDING));
  row.right.setAttribute('text-anchor', 'end');
  // The right state gets a box of its own, drawn over the right part: the two halves meet in the
  // middle of the room between the states, so even two states of one phase read as two.
  const split = x + END_PADDING + leftWidth + (width - 2 * END_PADDING - leftWidth - rightWidth) / 2;
  const half = row.box.cloneNode(false) as SVGRectElement;
  half.setAttribute('x', String(split));
  half.setAttribute('width', String(x + width - split));
  half.classList.remove(...[...half.classList].filter((c) => c.startsWith('tcpflow-phase')));
  row.paintRight(half);
  row.box.after(half);
}
