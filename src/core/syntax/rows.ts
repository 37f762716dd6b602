/** Rows per chunk: a power of two, so that a row's chunk and place in it are a shift and a mask. */
const CHUNK_SHIFT = 10;
const CHUNK_ROWS = 1 << CHUNK_SHIFT;
const ROW_MASK = CHUNK_ROWS - 1;

/**
 * Rows of `width` 32-bit numbers, kept in chunks of a thousand rows that are never copied.
 * One array grown by doubling copied every row twice on the way to a long script's size,
 * and once more when its unused room was given back; a chunk is written once.
 */
export class Rows {
  private readonly chunks: Int32Array[] = [];

  constructor(private readonly width: number) {}

  /** The chunk that holds `row`, made when `row` is the first of a new one. Rows are made in order. */
  chunkFor(row: number): Int32Array {
    const chunk = row >> CHUNK_SHIFT;
    if (chunk === this.chunks.length) {
      this.chunks.push(new Int32Array(CHUNK_ROWS * this.width));
    }
    return this.chunks[chunk]!;
  }

  /** Where `row` starts in its chunk. */
  offsetOf(row: number): number {
    return (row & ROW_MASK) * this.width;
  }

  get(row: number, column: number): number {
    return this.chunks[row >> CHUNK_SHIFT]![(row & ROW_MASK) * this.width + column]!;
  }

  /** Gives back the room past the first `count` rows, once no more will come. */
  trim(count: number): void {
    const last = this.chunks.length - 1;
    if (last >= 0) {
      this.chunks[last] = this.chunks[last]!.slice(0, (count - (last << CHUNK_SHIFT)) * this.width);
    }
  }
}
