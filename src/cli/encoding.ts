import { CliFailure } from './messages';

/**
 * Turns a file's bytes into script text. Scripts are UTF-8 (a BOM is
 * dropped); anything else gets a message that names what the file is and
 * says how to fix it, rather than a wall of replacement characters.
 */
export function decodeScript(bytes: Uint8Array, path: string): string {
  const wide = wideEncoding(bytes);
  if (wide !== undefined) {
    throw new CliFailure('cli.utf16', { path, encoding: wide });
  }
  if (bytes.includes(0)) {
    throw new CliFailure('cli.binary', { path });
  }
  try {
    // TextDecoder drops a leading BOM (ignoreBOM is false by default).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new CliFailure('cli.notUtf8', { path, byte: hex(bytes[offset] ?? 0), line: lineAt(bytes, offset) });
  }
}

/** UTF-16 or UTF-32 by its byte order mark, or UTF-16 by the zero bytes that ASCII text leaves in every other place. */
function wideEncoding(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe) {
    return b2 === 0 && b3 === 0 ? 'UTF-32LE' : 'UTF-16LE';
  }
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) {
    return 'UTF-32BE';
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return 'UTF-16BE';
  }
  const sample = Math.min(bytes.length, 1024) & ~1;
  if (sample < 4) {
    return undefined;
  }
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    evenZeros += bytes[i] === 0 ? 1 : 0;
    oddZeros += bytes[i + 1] === 0 ? 1 : 0;
  }
  const pairs = sample / 2;
  if (evenZeros === 0 && oddZeros >= pairs * 0.4) {
    return 'UTF-16LE';
  }
  if (oddZeros === 0 && evenZeros >= pairs * 0.4) {
    return 'UTF-16BE';
  }
  return undefined;
}

/** Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte → length and the allowed range of the second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      low = b === 0xe0 ? 0xa0 : 0x80;
      high = b === 0xed ? 0x9f : 0xbf;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      low = b === 0xf0 ? 0x90 : 0x80;
      high = b === 0xf4 ? 0x8f : 0xbf;
    } else {
      return i;
    }
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) {
        // The sequence is cut short: the lead byte is the one at fault.
        return i;
      }
    }
    i += length;
  }
  return bytes.length;
}

/** 1-based line of a byte offset, counting CR, LF and CRLF as the editor does. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
    }
  }
  return line;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
