import type { WireSegment } from '../model';

type Computed = WireSegment['computed'];

const COMPUTED: readonly (readonly Computed[])[] = [
  [Object.freeze({ seq: false, ack: false }), Object.freeze({ seq: false, ack: true })],
  [Object.freeze({ seq: true, ack: false }), Object.freeze({ seq: true, ack: true })],
];

/** Which of seq/ack the engine filled in: one of four shared records, as every segment has one. */
export function computedFields(seq: boolean, ack: boolean): Computed {
  return COMPUTED[seq ? 1 : 0]![ack ? 1 : 0]!;
}
