/**
 * How wide a text is drawn. The webview measures with the real font; the CLI
 * and tests use `estimateWidth`, a fixed-width estimate that errs on the wide
 * side so that nothing it lays out is clipped by a real font.
 */

export type TextFont = 'label' | 'state' | 'small';

/** CSS px at 100 %. */
export type TextMeasure = (text: string, font: TextFont) => number;

/** Font sizes in CSS px; nothing the timeline writes is smaller than 11 px. */
export const FONT_SIZE: Readonly<Record<TextFont, number>> = { label: 12, state: 12, small: 11 };

/** Average advance of a narrow glyph, in em: generous for a proportional sans, bold states a little wider. */
const NARROW_EM: Readonly<Record<TextFont, number>> = { label: 0.6, state: 0.66, small: 0.6 };

/** Hangul, CJK, kana and full-width forms take a full em: about twice a Latin letter. */
const WIDE_EM = 1.15;

/**
 * The estimate: each character by its class. A plain loop over char codes, as
 * every label of a long story is measured once.
 */
export const estimateWidth: TextMeasure = (text, font) => {
  const narrow = NARROW_EM[font];
  let ems = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      // A character outside the BMP: emoji and CJK extensions are wide.
      ems += WIDE_EM;
      i++;
    } else if (isZeroWidth(code)) {
      continue;
    } else {
      ems += isWide(code) ? WIDE_EM : narrow;
    }
  }
  return ems * FONT_SIZE[font];
};

function isZeroWidth(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfe0f;
}

/** East Asian Wide and Fullwidth, the ranges that matter here (UAX #11). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}
