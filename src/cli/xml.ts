/**
 * Text and attribute values for XML 1.0. Characters XML cannot hold at all
 * (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so a
 * file name or message can never make the document unreadable.
 */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"\n\r\t]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (ch) => {
    switch (ch) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      // As references, so that attribute values keep their line breaks and tabs.
      case '\n':
        return '&#10;';
      case '\r':
        return '&#13;';
      case '\t':
        return '&#9;';
      default:
        return '\ufffd';
    }
  });
}

/** `<name a="1" b="x">`, attributes in the order given, undefined ones left out. */
export function xmlTag(name: string, attributes: Readonly<Record<string, string | number | undefined>>, selfClosing = false): string {
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${xmlEscape(String(value))}"`)
    .join('');
  return `<${name}${written}${selfClosing ? '/>' : '>'}`;
}
