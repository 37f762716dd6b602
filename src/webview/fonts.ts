/**
 * The fonts the drawings name, none loaded from anywhere: the system's own.
 *
 * A font list ending in a generic family (`sans-serif`) still has its later
 * families searched, in order, for a character the earlier ones lack. So the
 * Hangul fonts of each platform come after Mermaid's own Latin list: English
 * text keeps its font, and Korean text takes the platform's Korean UI font
 * (macOS, Windows, then Linux's Noto or Source Han, Nanum) instead of
 * whatever the system's fallback picks, in the preview and in an exported file.
 */
export const HANGUL_FONTS = '"Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans K", "Nanum Gothic"';

/** Mermaid's default text font (arrows, notes, titles), then Hangul. */
export const DIAGRAM_FONTS = `"trebuchet ms", verdana, arial, sans-serif, ${HANGUL_FONTS}`;

/** Mermaid's default font of a sequence diagram's participant boxes, then Hangul. */
export const PARTICIPANT_FONTS = `"Open Sans", sans-serif, ${HANGUL_FONTS}`;
