/**
 * The timeline's colours are CSS custom properties, so one drawing follows
 * any theme. A page that shows the SVG in `webview` mode defines them (the
 * preview maps them to VS Code's theme colours); a `standalone` SVG carries
 * light defaults and a `prefers-color-scheme: dark` block.
 *
 *   --tcpflow-tl-bg            background (also the halo that keeps labels readable over lines)
 *   --tcpflow-tl-fg            text: labels, host names, notes
 *   --tcpflow-tl-muted         step numbers, user calls, timer labels
 *   --tcpflow-tl-lifeline      the hosts' lifelines
 *   --tcpflow-tl-segment       a segment's arrow
 *   --tcpflow-tl-lost          a lost segment's arrow and its ✕
 *   --tcpflow-tl-timer         the RTO and 2MSL brackets
 *   --tcpflow-tl-error         the step in error: its number, text and band
 *   --tcpflow-tl-warning       a step with a warning
 *   --tcpflow-tl-opening       state labels LISTEN, SYN-SENT, SYN-RECEIVED
 *   --tcpflow-tl-synchronized  state label ESTABLISHED
 *   --tcpflow-tl-closing       state labels FIN-WAIT-1 … TIME-WAIT
 *   --tcpflow-tl-closed        state label CLOSED
 *   --tcpflow-tl-font          font family
 *
 * Every rule is scoped to `.tcpflow-timeline`, because a `<style>` inside an
 * SVG that is part of an HTML page applies to the whole page.
 */

export const CUSTOM_PROPERTIES = [
  '--tcpflow-tl-bg',
  '--tcpflow-tl-fg',
  '--tcpflow-tl-muted',
  '--tcpflow-tl-lifeline',
  '--tcpflow-tl-segment',
  '--tcpflow-tl-lost',
  '--tcpflow-tl-timer',
  '--tcpflow-tl-error',
  '--tcpflow-tl-warning',
  '--tcpflow-tl-opening',
  '--tcpflow-tl-synchronized',
  '--tcpflow-tl-closing',
  '--tcpflow-tl-closed',
  '--tcpflow-tl-font',
] as const;

const FONT_STACK = 'system-ui, "Segoe UI", "Noto Sans", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';

const LIGHT = [
  '--tcpflow-tl-bg: #ffffff',
  '--tcpflow-tl-fg: #1f2328',
  '--tcpflow-tl-muted: #57606a',
  '--tcpflow-tl-lifeline: #8c959f',
  '--tcpflow-tl-segment: #0550ae',
  '--tcpflow-tl-lost: #b35900',
  '--tcpflow-tl-timer: #6e40c9',
  '--tcpflow-tl-error: #cf222e',
  '--tcpflow-tl-warning: #9a6700',
  '--tcpflow-tl-opening: #953800',
  '--tcpflow-tl-synchronized: #116329',
  '--tcpflow-tl-closing: #8250df',
  '--tcpflow-tl-closed: #57606a',
  `--tcpflow-tl-font: ${FONT_STACK}`,
];

const DARK = [
  '--tcpflow-tl-bg: #0d1117',
  '--tcpflow-tl-fg: #e6edf3',
  '--tcpflow-tl-muted: #9198a1',
  '--tcpflow-tl-lifeline: #6e7681',
  '--tcpflow-tl-segment: #79c0ff',
  '--tcpflow-tl-lost: #ffa657',
  '--tcpflow-tl-timer: #d2a8ff',
  '--tcpflow-tl-error: #ff7b72',
  '--tcpflow-tl-warning: #e3b341',
  '--tcpflow-tl-opening: #ffa657',
  '--tcpflow-tl-synchronized: #56d364',
  '--tcpflow-tl-closing: #d2a8ff',
  '--tcpflow-tl-closed: #9198a1',
];

const T = '.tcpflow-timeline';

/** The drawing's rules; they only read the custom properties. */
const RULES = [
  `${T}{font-family:var(--tcpflow-tl-font);font-size:12px}`,
  `${T} .background{fill:var(--tcpflow-tl-bg)}`,
  `${T} text{fill:var(--tcpflow-tl-fg)}`,
  `${T} .title,${T} .host text{font-weight:600}`,
  `${T} .title{font-size:14px}`,
  `${T} .host text{font-size:13px}`,
  `${T} .lifeline{stroke:var(--tcpflow-tl-lifeline);stroke-width:2}`,
  `${T} .halo{paint-order:stroke;stroke:var(--tcpflow-tl-bg);stroke-width:4px;stroke-linejoin:round}`,
  `${T} .segment line,${T} .segment path{stroke:var(--tcpflow-tl-segment);stroke-width:1.6;fill:none}`,
  `${T} .head{fill:var(--tcpflow-tl-segment)!important;stroke:none!important}`,
  `${T} .delivery .head{fill:var(--tcpflow-tl-segment)}`,
  `${T} .segment.lost line,${T} .segment.lost path{stroke:var(--tcpflow-tl-lost)}`,
  `${T} .segment.lost .cross{stroke-width:2.4}`,
  `${T} .segment.stranded line{stroke-dasharray:2 4}`,
  `${T} .state text,${T} .initial-state text{font-weight:600}`,
  `${T} .closed text{fill:var(--tcpflow-tl-closed)}`,
  `${T} .opening text{fill:var(--tcpflow-tl-opening)}`,
  `${T} .synchronized text{fill:var(--tcpflow-tl-synchronized)}`,
  `${T} .closing text{fill:var(--tcpflow-tl-closing)}`,
  `${T} .action line{stroke:var(--tcpflow-tl-fg);stroke-width:2}`,
  `${T} .action text,${T} .step text,${T} .timer text{fill:var(--tcpflow-tl-muted);font-size:11px}`,
  `${T} .action text{font-style:italic}`,
  `${T} .timer path{stroke:var(--tcpflow-tl-timer);stroke-width:1.4;fill:none}`,
  `${T} .timer text{fill:var(--tcpflow-tl-timer)}`,
  `${T} .note rect{fill:var(--tcpflow-tl-bg);stroke:var(--tcpflow-tl-lifeline)}`,
  `${T} .band{fill-opacity:.12}`,
  `${T} .band.error{fill:var(--tcpflow-tl-error)}`,
  `${T} .band.warning{fill:var(--tcpflow-tl-warning)}`,
  `${T} text.error,${T} .error text,${T} .problems{fill:var(--tcpflow-tl-error)}`,
  `${T} text.warning,${T} .warning text{fill:var(--tcpflow-tl-warning)}`,
  `${T} .note.error rect{stroke:var(--tcpflow-tl-error)}`,
].join('\n');

export function styleSheet(mode: 'standalone' | 'webview'): string {
  if (mode === 'webview') {
    return RULES;
  }
  return [`${T}{${LIGHT.join(';')}}`, `@media (prefers-color-scheme: dark){${T}{${DARK.join(';')}}}`, RULES].join('\n');
}
