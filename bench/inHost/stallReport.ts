/** What bench/inHost/editingStall.ts logs from inside the extension host: this mark, then the report as JSON. */
export const STALL_MARK = 'tcpflow-editing-stall ';

/** The longest the extension host may be held while a long script is edited. */
export const TARGET_STALL_MS = 50;

/** One script edited in the extension host, and what the host went through meanwhile. */
export interface EditingStall {
  /** What the script is, e.g. "clean" or "a problem on every event". */
  readonly script: string;
  readonly megabytes: number;
  readonly events: number;
  /** How many problems its analysis finds. */
  readonly problems: number;
  readonly longestStallMs: number;
  /** What ran most in the longest stall (stallCauses.ts). */
  readonly longestStallCause: string;
  /** The longest stall in which this extension's code ran for a tenth of it or more; 0 if none. */
  readonly longestOwnStallMs: number;
  /** How long this extension's code ran in that stall (sampled); the rest was others' work or a wait for a core. */
  readonly ownMsInLongestOwnStall: number;
  /** The function of this extension's sampled most in that stall. */
  readonly longestOwnStallIn: string | undefined;
  /** How many stalls (of TARGET_STALL_MS or more) each cause held the host for most of. */
  readonly stallsByCause: Readonly<Record<string, number>>;
  readonly p99StallMs: number;
  /** The longest single garbage-collection pause of the host's heap meanwhile, and all of them together. */
  readonly longestGcPauseMs: number;
  readonly gcPauseMs: number;
  readonly slowestHoverMs: number;
  /** Hovers and completions asked for that came back empty, of all asked for (each should have an answer). */
  readonly unanswered: string;
  /** The problems the editor showed when the editing was over (VS Code lists at most 1,000). */
  readonly problemsShown: number;
  readonly slowestCompletionMs: number;
  /** One synchronous analysis of the same text in this host: what each pause in typing once held it for. */
  readonly synchronousAnalysisMs: number;
  readonly settledMs: number;
  /** The machine's one-minute load average when the editing began and when it ended. */
  readonly loadAverage: readonly [number, number];
}

export interface StallReport {
  readonly scripts: readonly EditingStall[];
}
