import { escapeXml } from './escape';
import { STATE_OFFSET } from './layout';
import { phaseOf } from './phase';
import type { Mark, Point, Shape, TextShape, TimelineLayout } from './shapes';
import { styleSheet } from './style';

/**
 * Writes a laid-out timeline as one SVG string (the custom properties it
 * reads are listed in style.ts). Every text the user wrote is escaped; the
 * SVG holds no script, no foreignObject, no external reference and no event
 * attribute, only shapes, text and one style sheet.
 *
 * The contract tools read: the root has a `viewBox`; each segment is
 * `<g class="segment [lost] [dup]" data-line="N">` whose first `<line>` is
 * the shaft from the send point to the arrival or loss point; each state
 * change is `<g class="state" data-host="H" data-line="N">` holding the
 * state's name. Every group that belongs to an event also has `data-slot`,
 * its time slot, so a page can hide later slots with CSS.
 */
export function writeSvg(layout: TimelineLayout, mode: 'standalone' | 'webview'): string {
  const back = new Chunks();
  const front = new Chunks();
  const { width, height } = layout;
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" class="tcpflow-timeline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">` +
    (layout.title ? `<title>${escapeXml(layout.title.text)}</title>` : '') +
    `<style>${styleSheet(mode)}</style>` +
    `<rect class="background" x="0" y="0" width="${width}" height="${height}"/>`;

  if (layout.title) {
    front.push(textElement(layout.title, 'title'));
  }
  if (layout.problems) {
    front.push(textElement(layout.problems, 'problems'));
  }
  for (const host of layout.hosts) {
    const name = escapeXml(host.name);
    front.push(
      `<g class="host" data-host="${name}">` +
        textElement({ x: host.x, y: layout.hostLabelY, text: host.label, font: 'state', anchor: 'middle' }) +
        `<line class="lifeline" x1="${n(host.x)}" y1="${n(layout.lifelineTop)}" x2="${n(host.x)}" y2="${n(layout.lifelineBottom)}"/></g>`,
    );
    if (host.initial !== undefined) {
      const anchor = host.outside < 0 ? 'end' : 'start';
      front.push(
        `<g class="initial-state ${phaseOf(host.initial)}" data-host="${name}">` +
          textElement({ x: host.x + host.outside * STATE_OFFSET, y: layout.initialStateY + 4, text: host.initial, font: 'state', anchor }) +
          '</g>',
      );
    }
  }
  for (const shape of layout.shapes) {
    writeShape(shape, width, back, front);
  }
  return head + back.finish() + front.finish() + '</svg>\n';
}

const CHUNK = 256;

/**
 * Pieces of the SVG, joined into one flat string every CHUNK pieces: a long
 * story then keeps a few hundred compact strings alive while it is written,
 * not tens of thousands of small ones for the garbage collector to copy.
 */
class Chunks {
  private batch: string[] = [];
  private readonly joined: string[] = [];

  push(piece: string): void {
    this.batch.push(piece);
    if (this.batch.length === CHUNK) {
      this.joined.push(this.batch.join(''));
      this.batch = [];
    }
  }

  finish(): string {
    this.joined.push(this.batch.join(''));
    this.batch = [];
    return this.joined.join('');
  }
}

function writeShape(shape: Shape, width: number, back: Chunks, front: Chunks): void {
  const at = `data-line="${shape.line + 1}" data-slot="${shape.slot}"`;
  switch (shape.kind) {
    case 'segment': {
      const classes = `segment${shape.lost ? ' lost' : ''}${shape.dup ? ' dup' : ''}`;
      const { from, to } = shape;
      let body =
        `<line class="shaft${shape.stranded ? ' stranded' : ''}" x1="${n(from.x)}" y1="${n(from.y)}" x2="${n(to.x)}" y2="${n(to.y)}"` +
        (shape.dup ? ' stroke-dasharray="6 4"' : '') +
        '/>';
      if (shape.head) {
        body += arrowhead(from, to);
      }
      if (shape.lost) {
        body += `<path class="cross" d="M${n(to.x - 5)} ${n(to.y - 5)}L${n(to.x + 5)} ${n(to.y + 5)}M${n(to.x - 5)} ${n(to.y + 5)}L${n(to.x + 5)} ${n(to.y - 5)}"/>`;
      }
      body += textElement(shape.label, markClass('halo', shape.mark));
      front.push(`<g class="${classes}" ${at}>${body}</g>`);
      return;
    }
    case 'delivery':
      front.push(`<g class="delivery${shape.mark ? ' ' + shape.mark : ''}" ${at}>${arrowhead(shape.from, shape.to)}</g>`);
      return;
    case 'state':
      front.push(`<g class="state ${shape.phase}" data-host="${escapeXml(shape.host)}" ${at}>${textElement(shape.text, 'halo')}</g>`);
      return;
    case 'action': {
      const { x, y } = shape.at;
      front.push(
        `<g class="action" data-host="${escapeXml(shape.host)}" ${at}><line x1="${n(x - 6)}" y1="${n(y)}" x2="${n(x + 6)}" y2="${n(y)}"/>` +
          `${textElement(shape.text, markClass('halo', shape.mark))}</g>`,
      );
      return;
    }
    case 'note': {
      const { box } = shape;
      front.push(
        `<g class="note${shape.mark ? ' ' + shape.mark : ''}" ${at}><rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="3"/>` +
          `${textElement(shape.text)}</g>`,
      );
      return;
    }
    case 'bracket': {
      const tick = shape.x + shape.side * 5;
      const d = `M${n(tick)} ${n(shape.top)}H${n(shape.x)}V${n(shape.bottom)}` + (shape.open ? '' : `H${n(tick)}`);
      front.push(
        `<g class="timer ${shape.timer}" data-host="${escapeXml(shape.host)}" ${at}><title>${escapeXml(shape.title)}</title>` +
          `<path d="${d}"${shape.open ? ' stroke-dasharray="4 3"' : ''}/>${textElement(shape.text, 'halo')}</g>`,
      );
      return;
    }
    case 'step':
      if (shape.mark !== undefined) {
        back.push(`<rect class="band ${shape.mark}" ${at} x="0" y="${n(shape.band.top)}" width="${width}" height="${n(shape.band.height)}"/>`);
      }
      front.push(`<g class="step${shape.mark ? ' ' + shape.mark : ''}" ${at}>${textElement(shape.text)}</g>`);
      return;
  }
}

/** A filled triangle whose tip is the arrival point, along the shaft. */
function arrowhead(from: Point, to: Point): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const bx = to.x - ux * 9;
  const by = to.y - uy * 9;
  return `<path class="head" d="M${n(to.x)} ${n(to.y)}L${n(bx - uy * 4.5)} ${n(by + ux * 4.5)}L${n(bx + uy * 4.5)} ${n(by - ux * 4.5)}Z"/>`;
}

function textElement(text: TextShape, className?: string): string {
  const anchor = text.anchor === 'start' ? '' : ` text-anchor="${text.anchor}"`;
  const cls = className ? ` class="${className}"` : '';
  return `<text${cls} x="${n(text.x)}" y="${n(text.y)}"${anchor}>${escapeXml(text.text)}</text>`;
}

function markClass(base: string, mark: Mark | undefined): string {
  return mark === undefined ? base : `${base} ${mark}`;
}

/** Coordinates to a tenth of a pixel: precise enough, and a long story's SVG stays small. */
function n(value: number): number {
  return Math.round(value * 10) / 10;
}
