import type { Lang } from '../../core/messages';
import type { Analysis } from '../../core/model';
import type { ExpectStatement } from '../../core/syntax/ast';
import { diagnosticText, errorsByLine, expectName, expectsOf, failedAt, replayCheck, type CheckResult } from '../checks';
import { cliMessage } from '../messages';

/**
 * How an exercise is graded: each of its `expect` lines is a point, and a
 * replay with no error is one more. A submission earns an expect's point when
 * it still has that expect (the same hosts and states, however spaced, cased
 * or spelt), in the same order relative to the exercise's other expect lines,
 * and the expect holds there. Deleting or editing an expect loses its point.
 */
export interface Rubric {
  readonly lines: readonly RubricLine[];
  /** One per line, plus the replay. */
  readonly points: number;
}

export interface RubricLine {
  readonly name: string;
  readonly key: string;
}

export interface Grade {
  readonly score: number;
  readonly points: number;
  readonly checks: readonly CheckResult[];
}

/** The key two expects share when they say the same: each host with its canonical state, in host order. */
function keyOf(node: ExpectStatement): string | undefined {
  if (node.clauses.length === 0 || node.clauses.some((c) => c.state === undefined)) {
    return undefined;
  }
  return node.clauses
    .map((c) => `${c.host.text} ${c.state}`)
    .sort()
    .join(',');
}

/** The rubric of an exercise. An expect the exercise itself cannot spell out (an unknown state) is no rubric line. */
export function rubricOf(exercise: Analysis, lang: Lang): Rubric {
  const lines: RubricLine[] = [];
  for (const node of expectsOf(exercise)) {
    const key = keyOf(node);
    if (key !== undefined) {
      lines.push({ name: expectName(node, lang), key });
    }
  }
  return { lines, points: lines.length + 1 };
}

/** Every check failed with one reason: a submission that could not be read. */
export function notGraded(rubric: Rubric, reason: string, lang: Lang): Grade {
  const message = cliMessage('check.notGraded', lang, { reason });
  const names = [...rubric.lines.map((l) => l.name), cliMessage('check.replays', lang)];
  return { score: 0, points: rubric.points, checks: names.map((name) => ({ name, passed: false, message })) };
}

export function gradeSubmission(rubric: Rubric, submission: Analysis, lang: Lang): Grade {
  const errors = errorsByLine(submission);
  const candidates = expectsOf(submission).map((node) => ({ node, key: keyOf(node), holds: !errors.has(node.line) }));
  const matchOf = matchInOrder(
    rubric.lines.map((l) => l.key),
    candidates,
  );
  const checks: CheckResult[] = rubric.lines.map((line, i) => {
    const match = matchOf[i];
    if (match === undefined) {
      const elsewhere = candidates.find((c) => c.key === line.key && !matchOf.includes(c));
      return elsewhere === undefined
        ? { name: line.name, passed: false, message: cliMessage('check.missing', lang) }
        : { name: line.name, passed: false, message: cliMessage('check.outOfOrder', lang, { line: elsewhere.node.line + 1 }), line: elsewhere.node.line + 1, column: 1 };
    }
    const at = match.node.line;
    if (match.holds) {
      return { name: line.name, passed: true, message: cliMessage('check.holds', lang, { line: at + 1 }), line: at + 1, column: 1 };
    }
    const first = errors.get(at)![0]!;
    return failedAt(line.name, cliMessage('check.doesNotHold', lang, { line: at + 1, reason: diagnosticText(first, lang) }), first);
  });
  checks.push(replayCheck(submission, lang));
  return { score: checks.filter((c) => c.passed).length, points: rubric.points, checks };
}

interface Candidate {
  readonly node: ExpectStatement;
  readonly key: string | undefined;
  readonly holds: boolean;
}

/**
 * Pairs rubric lines with the submission's expects in order (a longest common
 * subsequence by key) so as to earn the most points: a pair that holds weighs
 * more than all pairs that do not together, and among equals, more pairs win
 * (so a kept but failing expect is told as such rather than as missing).
 */
function matchInOrder(keys: readonly string[], candidates: readonly Candidate[]): (Candidate | undefined)[] {
  const relevant = candidates.filter((c) => c.key !== undefined && keys.includes(c.key));
  const rows = keys.length + 1;
  const columns = relevant.length + 1;
  const heldWeight = keys.length + 1;
  // Rubrics are a handful of lines; the table is rubric lines × the submission's matching expects.
  const best = new Float64Array(rows * columns);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const c = relevant[j - 1]!;
      const skip = Math.max(best[(i - 1) * columns + j]!, best[i * columns + j - 1]!);
      const take = c.key === keys[i - 1] ? best[(i - 1) * columns + j - 1]! + (c.holds ? heldWeight : 1) : -1;
      best[i * columns + j] = Math.max(skip, take);
    }
  }
  const matched: (Candidate | undefined)[] = new Array(keys.length).fill(undefined);
  let i = rows - 1;
  let j = columns - 1;
  while (i > 0 && j > 0) {
    const c = relevant[j - 1]!;
    const here = best[i * columns + j]!;
    if (c.key === keys[i - 1] && here === best[(i - 1) * columns + j - 1]! + (c.holds ? heldWeight : 1)) {
      matched[i - 1] = c;
      i--;
      j--;
    } else if (here === best[(i - 1) * columns + j]!) {
      i--;
    } else {
      j--;
    }
  }
  return matched;
}
