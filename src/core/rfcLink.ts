/**
 * Links from a citation such as `RFC 9293 §3.10.7.2` to the RFC Editor's HTML
 * text, whose section anchors are `#section-3.10.7.2`.
 */
const CITATION = /RFC (\d+)(?: §(\d+(?:\.\d+)*))?/g;

/** The address of the first RFC a citation names (its section when it names one), or undefined. */
export function rfcUrl(citation: string): string | undefined {
  CITATION.lastIndex = 0;
  const match = CITATION.exec(citation);
  return match ? urlOf(match[1]!, match[2]) : undefined;
}

/** The citation as Markdown, every RFC it names a link. */
export function rfcMarkdown(citation: string): string {
  return citation.replace(CITATION, (whole, rfc: string, section: string | undefined) => `[${whole}](${urlOf(rfc, section)})`);
}

function urlOf(rfc: string, section: string | undefined): string {
  return `https://www.rfc-editor.org/rfc/rfc${rfc}${section ? `#section-${section}` : ''}`;
}
