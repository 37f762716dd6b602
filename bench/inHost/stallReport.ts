/** What bench/inHost/editingStall.ts logs from inside the extension host: this mark, then the report as JSON. */
export const STALL_MARK = 'tcpflow-editing-stall ';

export interface StallReport {
  readonly megabytes: number;
  readonly events: number;
  readonly longestStallMs: number;
  readonly p99StallMs: number;
  readonly slowestHoverMs: number;
  readonly slowestCompletionMs: number;
  /** One synchronous analysis of the same text in this host: what each pause in typing once held it for. */
  readonly synchronousAnalysisMs: number;
  readonly settledMs: number;
}
