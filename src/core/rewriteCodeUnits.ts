/**
 * Rewrites `text` one UTF-16 code unit at a time, as the label writers need: `escapeOf` gives the
 * replacement of a code unit, or undefined to keep it. A surrogate pair is one character outside
 * the BMP and stands for itself; a lone surrogate, which neither XML nor Mermaid text can hold,
 * becomes U+FFFD. A plain scan rather than a regular expression: labels are escaped by the hundred
 * thousand in a long story.
 */
export function rewriteCodeUnits(text: string, escapeOf: (code: number) => string | undefined): string {
  let rewritten = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      replacement = '\uFFFD';
    } else {
      replacement = escapeOf(code);
    }
    if (replacement !== undefined) {
      rewritten += text.slice(copied, i) + replacement;
      copied = i + 1;
    }
  }
  return copied === 0 ? text : rewritten + text.slice(copied);
}
