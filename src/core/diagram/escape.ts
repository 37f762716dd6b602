import { rewriteCodeUnits } from '../rewriteCodeUnits';

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
 *   breaks: LF and CR, and the ones Unicode adds (U+0085 NEL, U+2028, U+2029),
 *   which a reader of the text other than Mermaid may end a line at.
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

/** The escape of each ASCII character that needs one; the others stand for themselves. */
const ASCII_ESCAPES: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = new Array<string | undefined>(0x80).fill(undefined);
  for (let code = 0; code < 0x20; code++) {
    // Tab, LF and CR as entities; XML has no character for the other C0 controls, so show their Control Pictures.
    table[code] = code === 0x09 || code === 0x0a || code === 0x0d ? `#${code};` : String.fromCharCode(0x2400 + code);
  }
  for (const ch of '#$%:;@\\`{}') {
    table[ch.charCodeAt(0)] = `#${ch.charCodeAt(0)};`;
  }
  table['<'.charCodeAt(0)] = '#lt;';
  table['>'.charCodeAt(0)] = '#gt;';
  table['"'.charCodeAt(0)] = '#quot;';
  table['&'.charCodeAt(0)] = '#amp;';
  table[0x7f] = '\u2421';
  return table;
})();

/** The escape of a character from U+0080 up, or undefined when it stands for itself. */
function escapeNonAscii(code: number): string | undefined {
  if (code <= 0x9f) {
    // The C1 controls, NEL (U+0085, a line break) among them: invisible, and XML 1.1 wants them as references.
    return `#${code};`;
  }
  switch (code) {
    case 0x00b6: // ¶ and ﬂ: the placeholders' brackets
    case 0xfb02:
    case 0x2028: // line and paragraph separators
    case 0x2029:
      return `#${code};`;
    case 0xfffe: // noncharacters XML cannot hold
    case 0xffff:
      return '\uFFFD';
    default:
      return undefined;
  }
}

/**
 * Text made inert by `escapeMermaidText`, or joined from such texts: escapes
 * are of one code unit or a surrogate pair each, so the escape of a whole is
 * that of its parts.
 */
export type MermaidText = string & { readonly __mermaidText: never };

/**
 * The text as Mermaid text that reads back as exactly these characters (up to
 * surrounding blanks). A lone surrogate, which XML cannot hold, becomes U+FFFD.
 */
export function escapeMermaidText(text: string): MermaidText {
  return rewriteCodeUnits(text, mermaidEscapeOf) as MermaidText;
}

function mermaidEscapeOf(code: number): string | undefined {
  return code < 0x80 ? ASCII_ESCAPES[code] : escapeNonAscii(code);
}

/**
 * What Mermaid would show for a text: it trims message texts, and a note or
 * message with nothing in it would draw an empty box. Empty means skip it.
 */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
