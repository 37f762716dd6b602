import { unreadSegmentLines } from './analyze';
import type { MessageRef } from './diagnostics';
import { stepCountBefore } from './locate';
import type { Analysis } from './model';
import { replay } from './replay/replay';
import { parse } from './syntax/parser';

/** Why the sender's state forbids a segment: the engine's own `illegal-send` message and section. */
export interface SendRefusal {
  readonly message: MessageRef;
  readonly rfc: string;
}

/**
 * The verdicts on segments `sender -> receiver` written on `line` (the flags in, the refusal or
 * undefined out), or undefined when judging would cost too much there. Completion takes it as an
 * argument, so that the editor's own bundle need not hold the engine it replays with.
 */
export type SendJudge = (analysis: Analysis, sender: string, receiver: string, line: number) => ((flags: string) => SendRefusal | undefined) | undefined;

/** The SendJudge of the engine: a TrialSend per site, up to TrialSend.MAX_EVENTS events before it. */
export const judgeSends: SendJudge = (analysis, sender, receiver, line) => {
  if (!TrialSend.affordable(analysis, line)) {
    return undefined;
  }
  const trial = new TrialSend(analysis, sender, receiver, line);
  return (flags) => trial.refusal(flags);
};

/**
 * What the engine would say of `sender -> receiver: flags` written on `line`: the story before
 * the line is replayed with that segment after it, and the refusal, if any, is the one the
 * diagnostics would show once the line is written. So completion judges a send by the very rules
 * of the replay (RFC 9293 §3.10) rather than by a copy of them that could drift.
 */
export class TrialSend {
  private readonly before: Analysis['script']['statements'];
  private readonly unread: ReadonlySet<number>;
  private readonly verdicts = new Map<string, SendRefusal | undefined>();

  /**
   * Whether judging is cheap enough for completion: each verdict replays the story up to the line,
   * so beyond this many events before it (an imported capture) completion keeps to the state's
   * table of segments (tcp/allowed.ts) and stays instant. `npm run bench` measures both sides.
   */
  static affordable(analysis: Analysis, line: number): boolean {
    return stepCountBefore(analysis, line) <= TrialSend.MAX_EVENTS;
  }

  static readonly MAX_EVENTS = 500;

  constructor(
    private readonly analysis: Analysis,
    private readonly sender: string,
    private readonly receiver: string,
    private readonly line: number,
  ) {
    this.before = analysis.script.statements.filter((s) => s.line < line);
    // The line being written has a syntax error until its flags are there; the trial replaces it.
    this.unread = new Set([...unreadSegmentLines(analysis.script, analysis.diagnostics).keys()].filter((l) => l !== line));
  }

  /** The refusal of the segment with these flags (`FIN`, `SYN,ACK`), or undefined when the sender may send it. */
  refusal(flags: string): SendRefusal | undefined {
    if (!this.verdicts.has(flags)) {
      this.verdicts.set(flags, this.judge(flags));
    }
    return this.verdicts.get(flags);
  }

  private judge(flags: string): SendRefusal | undefined {
    // Parsed on its own line number, so its ranges and the replay's steps line up with the script's.
    const trial = parse(`${'\n'.repeat(this.line)}${this.sender} -> ${this.receiver}: ${flags}`).script.statements.find((s) => s.line === this.line);
    if (trial?.kind !== 'segment') {
      return undefined;
    }
    const script = { ...this.analysis.script, statements: [...this.before, trial] };
    const refused = replay(script, { unreadLines: this.unread }).diagnostics.find((d) => d.code === 'illegal-send' && d.range.start.line === this.line);
    return refused ? { message: refused.message, rfc: refused.rfc } : undefined;
  }
}
