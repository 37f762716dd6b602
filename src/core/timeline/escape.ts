/**
 * Makes any text inert character data or attribute value in SVG (XML 1.0):
 * the five markup characters become entities, and characters XML cannot hold
 * become visible stand-ins. U+0085, U+2028 and U+2029 are written as
 * character references, so the SVG text never holds a raw line terminator
 * (they end lines in JavaScript and in some editors).
 */
export function escapeXml(text: string): string {
  let escaped = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escape: string | undefined;
    if (code < 0x20) {
      // Tab, LF and CR are allowed but would be folded into spaces; the other C0 controls are not XML.
      escape = code === 0x09 ? ' ' : String.fromCharCode(0x2400 + code);
    } else if (code === 0x26) {
      escape = '&amp;';
    } else if (code === 0x3c) {
      escape = '&lt;';
    } else if (code === 0x3e) {
      escape = '&gt;';
    } else if (code === 0x22) {
      escape = '&quot;';
    } else if (code === 0x27) {
      escape = '&#39;';
    } else if (code === 0x7f) {
      escape = '\u2421';
    } else if (code === 0x85 || code === 0x2028 || code === 0x2029) {
      escape = `&#x${code.toString(16)};`;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++; // a pair: one character outside the BMP, which stands for itself
        continue;
      }
      escape = '\uFFFD';
    } else if (code === 0xfffe || code === 0xffff) {
      escape = '\uFFFD';
    }
    if (escape !== undefined) {
      escaped += text.slice(copied, i) + escape;
      copied = i + 1;
    }
  }
  return copied === 0 ? text : escaped + text.slice(copied);
}
