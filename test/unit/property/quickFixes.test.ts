import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import type { Diagnostic, Fix } from '../../../src/core/diagnostics';
import { applyFix } from '../syntax/support';

/**
 * Every quick fix, applied to the lessons with one mistake put in: the fix
 * removes its own problem (no diagnostic of the same code is left where it
 * wrote), and the fix of the first root problem brings in no error the script
 * did not have.
 */

const RUNS = 400;
const SEED = 1403;

const EXAMPLES = path.join(__dirname, '..', '..', '..', '..', 'examples');
const LESSONS = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.tcpflow')).sort().map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));

/** Misspellings of the words a student writes: a flag, a state, an action, a host. */
const MISSPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/\bSYN\b/, 'SNY'], [/\bACK\b/, 'AKC'], [/\bFIN\b/, 'FNI'], [/\bRST\b/, 'RTS'],
  [/\bESTABLISHED\b/, 'ESTABLISED'], [/\bLISTEN\b/, 'LISTN'], [/\bCLOSE-WAIT\b/, 'CLOSE-WAIT한'], [/\bTIME-WAIT\b/, 'TIME-WAIT입니다'],
  [/\blisten\b/, 'lisen'], [/\bclose\b/, 'colse'], [/\bconnect\b/, 'conect'],
  [/\bclient\b/, 'cleint'], [/\bserver\b/, 'sevrer'], [/\bseq=/, 'sq='],
];

const KOREAN_SUFFIXES = ['한', '입니다', '을', '는'];

type Mutation = (lines: string[], at: number, pick: number) => void;

const MUTATIONS: readonly Mutation[] = [
  // Delete a line.
  (lines, at) => void lines.splice(at, 1),
  // Change a number.
  (lines, at, pick) => {
    lines[at] = lines[at]!.replace(/\d+/, (n) => String(Number(n) + 1 + (pick % 50)));
  },
  // Misspell a word.
  (lines, at, pick) => {
    const [pattern, wrong] = MISSPELLINGS[pick % MISSPELLINGS.length]!;
    lines[at] = lines[at]!.replace(pattern, wrong);
  },
  // A Korean suffix on the line's last word.
  (lines, at, pick) => {
    lines[at] = lines[at]!.replace(/([A-Za-z0-9-]+)(\s*(#.*)?)$/, `$1${KOREAN_SUFFIXES[pick % KOREAN_SUFFIXES.length]}$2`);
  },
];

function mutate(text: string, mutation: number, at: number, pick: number): string {
  const lines = text.split('\n');
  MUTATIONS[mutation]!(lines, at % lines.length, pick);
  return lines.join('\n');
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  return JSON.stringify(a.range) === JSON.stringify(b.range);
}

function errorKeys(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) {
    // A fix that changes what a host does (`B: listen` where the lesson shows a refusal) changes the
    // states the author wrote down: those expects are the story's, not the fix's.
    if (d.severity === 'error' && d.code !== 'expect-mismatch') {
      const key = d.code;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The lines a fix wrote, in the fixed text: where its own problem must be gone. */
function writtenLines(fix: Fix): Set<number> {
  const lines = new Set<number>();
  for (const edit of fix.edits) {
    const added = edit.newText.split(/\r\n|\r|\n/).length - 1;
    lines.add(edit.range.start.line + (edit.newText.length > 0 && edit.newText.endsWith('\n') ? added - 1 : added));
  }
  return lines;
}

/** The first problem in Problems-panel order that follows from no other: the one to fix first. */
function rootOf(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  return diagnostics.find((d) => d.cause === undefined);
}

/**
 * What is wrong with applying `fix` of `diagnostic` to `text`, or undefined.
 * Errors are counted by code: fixing one failed expect may turn the next one
 * from "and 1 more" into a message of its own, which is no new error.
 */
export function fixProblem(text: string, diagnostic: Diagnostic, fix: Fix): string | undefined {
  const before = analyze(text).diagnostics;
  const original = before.find((d) => d.code === diagnostic.code && d.message.id === diagnostic.message.id && sameRange(d, diagnostic)) ?? diagnostic;
  const after = analyze(applyFix(text, fix)).diagnostics;
  const singleLine = fix.edits.every((e) => e.range.start.line === e.range.end.line && !/[\r\n]/.test(e.newText));
  if (singleLine && fix.edits.length === 1) {
    const edit = fix.edits[0]!;
    const from = edit.range.start.character;
    const to = from + edit.newText.length;
    const left = after.find((d) => d.code === diagnostic.code && d.range.start.line === edit.range.start.line && d.range.start.character < Math.max(to, from + 1) && d.range.end.character > from);
    if (left) {
      return `its own problem is left: ${left.code} at ${left.range.start.line}:${left.range.start.character}`;
    }
  } else if (!writtenLines(fix).size) {
    return 'it writes nothing';
  }
  if (diagnostic.cause !== undefined || original !== rootOf(before)) {
    // Only the root's fix is held to adding nothing: a consequence's fix (a reply owed in a story already
    // gone astray) is right for what the replay saw, and the story around it is still broken.
    return undefined;
  }
  // An inserted SYN picks its own ISN, and a corrected number lets the replay reach later lines written
  // for the old one: numbers disagreeing further on are the same slip, each with its own fix.
  const newIsn = fix.edits.some((e) => /: SYN\b/.test(e.newText)) || fix.title.id === 'fix.setValue';
  const was = errorKeys(before);
  for (const [key, count] of errorKeys(after)) {
    if (newIsn && (key === 'ack-mismatch' || key === 'seq-mismatch')) {
      continue;
    }
    if (count > (was.get(key) ?? 0)) {
      return `it adds an error: ${key}`;
    }
  }
  return undefined;
}

describe('property: every quick fix removes its own problem and adds no error', function () {
  this.timeout(60_000);

  it(`holds over ${RUNS} mutated lessons (seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.nat(LESSONS.length - 1), fc.nat(MUTATIONS.length - 1), fc.nat(200), fc.nat(1000),
        (lesson, mutation, at, pick) => {
          const text = mutate(LESSONS[lesson]!, mutation, at, pick);
          for (const d of analyze(text).diagnostics) {
            for (const fix of d.fixes ?? []) {
              const problem = fixProblem(text, d, fix);
              assert.strictEqual(problem, undefined, `${d.code} "${d.message.id}" → fix ${fix.title.id}: ${problem}\n---\n${text}`);
            }
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
