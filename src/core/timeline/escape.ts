import { rewriteCodeUnits } from '../rewriteCodeUnits';

/**
 * Makes any text inert character data or attribute value in SVG (XML 1.0):
 * the five markup characters become entities, and characters XML cannot hold
 * become visible stand-ins. U+0085, U+2028 and U+2029 are written as
 * character references, so the SVG text never holds a raw line terminator
 * (they end lines in JavaScript and in some editors).
 */
export function escapeXml(text: string): string {
  return rewriteCodeUnits(text, xmlEscapeOf);
}

function xmlEscapeOf(code: number): string | undefined {
  if (code < 0x20) {
    // Tab, LF and CR are allowed but would be folded into spaces; the other C0 controls are not XML.
    return code === 0x09 ? ' ' : String.fromCharCode(0x2400 + code);
  }
  switch (code) {
    case 0x26:
      return '&amp;';
    case 0x3c:
      return '&lt;';
    case 0x3e:
      return '&gt;';
    case 0x22:
      return '&quot;';
    case 0x27:
      return '&#39;';
    case 0x7f:
      return '\u2421';
    case 0x85:
    case 0x2028:
    case 0x2029:
      return `&#x${code.toString(16)};`;
    case 0xfffe:
    case 0xffff:
      return '\uFFFD';
    default:
      return undefined;
  }
}
