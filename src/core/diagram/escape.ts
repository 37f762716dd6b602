/**
 * Turns any text into inert Mermaid text: what the user wrote is shown as
 * written and can never be read as Mermaid syntax, a directive or markup.
 *
 * How Mermaid reads a sequence diagram, and what each escape defeats:
 * - Before parsing, `#name;` and `#123;` become private placeholders (mermaid's
 *   `encodeEntities`) that survive the lexer and turn into `&name;` / `&#123;`
 *   only in the finished SVG, where they are plain characters. So every
 *   character that means something is written as one of these entities.
 * - In a message, note, alias or title the text runs to the end of the line,
 *   or to `#` or `;` (statement separators): both are escaped, and so are line
 *   breaks.
 * - `%%{...}%%` is a directive anywhere in the text, `%%` a comment: `%` is escaped.
 * - `<tag>` is rewritten and `<br>` breaks lines: `<` and `>` are escaped.
 * - A line holding `style` or `classDef`, then `:` right before a `#`, loses its
 *   last `;`, breaking the entity before it: `:` is escaped, so the only colon
 *   left on a line is the one Mermaid needs, followed by a space.
 * - `wrap:` opening a text turns wrapping on (again the colon); `{` `}`, `$`,
 *   `` ` ``, `\` and `@` open configuration, math, markdown and escapes in
 *   some of Mermaid's texts.
 * - `ﬂ°` and `¶ß` are the placeholders' own brackets: `ﬂ` and `¶` are escaped so
 *   that the user's text can never spell one.
 * Entities are numeric, or one of XML's five, so an exported SVG stays valid XML;
 * characters XML cannot hold at all become visible stand-ins.
 */

const NAMED: Readonly<Record<string, string>> = {
  '<': '#lt;',
  '>': '#gt;',
  '"': '#quot;',
  '&': '#amp;',
};

/** Everything that needs an escape; other characters stand for themselves. */
const SPECIAL =
  /[\u0000-\u001F"#$%&:;<>@\\`{}\u007F\u00B6\u2028\u2029\uFB02\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeCharacter(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) {
    return named;
  }
  const code = ch.charCodeAt(0);
  if (code === 0x09 || code === 0x0a || code === 0x0d) {
    return `#${code};`;
  }
  if (code < 0x20) {
    // XML has no character for the other C0 controls; show their Control Pictures (U+2400 block).
    return String.fromCharCode(0x2400 + code);
  }
  if (code === 0x7f) {
    return '\u2421';
  }
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
    // A lone surrogate or a noncharacter cannot be written in XML: the replacement character.
    return '\uFFFD';
  }
  return `#${code};`;
}

/** A quick test for SPECIAL (surrogates included, paired or not): most texts need no escape at all. */
const MAYBE_SPECIAL = /[\u0000-\u001F"#$%&:;<>@\\`{}\u007F\u00B6\u2028\u2029\uFB02\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The text as Mermaid text that reads back as exactly these characters (up to surrounding blanks). */
export function escapeMermaidText(text: string): string {
  return MAYBE_SPECIAL.test(text) ? text.replace(SPECIAL, escapeCharacter) : text;
}

/**
 * What Mermaid would show for a text: it trims message texts, and a note or
 * message with nothing in it would draw an empty box. Empty means skip it.
 */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
