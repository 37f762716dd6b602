import type { Diagnostic, DiagnosticCode, Severity } from '../diagnostics';
import { sliceEnds, type Sliced } from '../slices';
import { comparePositions } from '../text';

/**
 * Which problem follows from which. One mistake in a story (a wrong number, a
 * missing line) leaves a host in a state the author did not mean, and every
 * later step that involves it goes wrong too. Those later problems are
 * consequences: they point at the root, are never more severe than it, and
 * never sort before it, so the Problems panel (severity, then position) and
 * the CLI both lead with the mistake itself.
 *
 * A root is a diagnostic, or a reply a host owed (`debt:…`) whose
 * missing-reply is only known at the end of the story.
 */
export type Root = Diagnostic | string;

/** Problems that say nothing about the hosts' states: they neither follow from nor lead to others. */
const INDEPENDENT: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'window-out-of-range',
  'number-out-of-range',
  'useless-name',
  'duplicate-name',
  'zero-isn',
  'predictable-isn',
  'time-wait-at-end',
  'implied-ack',
]);

/** A number the sender could not have sent: the author's own mistake, never a consequence of an owed reply. */
const NUMBER_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['seq-mismatch', 'ack-mismatch']);

export function isIndependent(code: DiagnosticCode): boolean {
  return INDEPENDENT.has(code);
}

export function isNumberProblem(code: DiagnosticCode): boolean {
  return NUMBER_CODES.has(code);
}

/** The key a debt is known by until the end of the story, whatever its object becomes after merges. */
export function debtKey(host: string, kind: string, line: number): string {
  return `debt:${host}:${kind}:${line}`;
}

const LOWER: Readonly<Record<Severity, Severity>> = { error: 'warning', warning: 'hint', hint: 'hint' };
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, hint: 2 };

/**
 * Turns the replay's raw diagnostics and their recorded roots into what is shown:
 * each consequence carries `cause`, is at most as severe as its root and sorts
 * after it; later expects failing for the same reason are said once. In slices:
 * a pasted capture can have hundreds of thousands of problems.
 */
export function* settleCauses(
  diagnostics: readonly Diagnostic[],
  rootOf: ReadonlyMap<Diagnostic, Root>,
  settled: ReadonlyMap<string, Diagnostic>,
): Sliced<Diagnostic[]> {
  const resolve = (root: Root, seen: Set<Root> = new Set()): Diagnostic | undefined => {
    if (seen.has(root)) {
      return undefined;
    }
    seen.add(root);
    const d = typeof root === 'string' ? settled.get(root) : root;
    if (!d) {
      return undefined;
    }
    const further = rootOf.get(d);
    return (further !== undefined ? resolve(further, seen) : undefined) ?? d;
  };

  const rootByDiagnostic = new Map<Diagnostic, Diagnostic>();
  // A reply owed but sent after all is no cause: the first problem that pointed at it is the root instead.
  const standIns = new Map<string, Diagnostic>();
  for (const [index, d] of diagnostics.entries()) {
    if (sliceEnds(index)) {
      yield;
    }
    const root = rootOf.get(d);
    if (root === undefined) {
      continue;
    }
    let resolved = resolve(root);
    if (!resolved && typeof root === 'string') {
      const standIn = standIns.get(root);
      if (!standIn || comparePositions(d.range.start, standIn.range.start) < 0) {
        standIns.set(root, d);
      }
      continue;
    }
    if (resolved && resolved !== d) {
      rootByDiagnostic.set(d, resolved);
    }
  }
  for (const [index, d] of diagnostics.entries()) {
    if (sliceEnds(index)) {
      yield;
    }
    const root = rootOf.get(d);
    if (typeof root === 'string' && !resolve(root)) {
      const standIn = standIns.get(root)!;
      if (standIn !== d) {
        rootByDiagnostic.set(d, rootByDiagnostic.get(standIn) ?? standIn);
      }
    }
  }

  // A root is as severe as the worst problem it leads to: the mistake that makes an expect fail is an error.
  const raised = new Map<Diagnostic, Severity>();
  let index = 0;
  for (const [d, root] of rootByDiagnostic) {
    if (sliceEnds(index++)) {
      yield;
    }
    const current = raised.get(root) ?? root.severity;
    if (RANK[d.severity] < RANK[current]) {
      raised.set(root, d.severity);
    }
  }
  const severityOf = (d: Diagnostic): Severity => raised.get(d) ?? d.severity;

  const shown: Diagnostic[] = [];
  const firstExpectOf = new Map<Diagnostic, { index: number; more: Diagnostic[] }>();
  for (const [index, d] of diagnostics.entries()) {
    if (sliceEnds(index)) {
      yield;
    }
    const root = rootByDiagnostic.get(d);
    if (!root) {
      shown.push(raised.has(d) ? { ...d, severity: severityOf(d) } : d);
      continue;
    }
    let severity = d.severity;
    if (severity === severityOf(root) && comparePositions(d.range.start, root.range.start) <= 0) {
      // Same severity and not after the root: one step lighter, so that the root is listed first.
      severity = LOWER[severity];
    }
    if (d.code === 'expect-mismatch' && d.message.id === 'expect.mismatch') {
      const first = firstExpectOf.get(root);
      if (first) {
        // Said once, by the first; the others stay errors (a grader scores each expect line) and only point back.
        first.more.push(d);
        shown.push({ ...d, message: { id: 'expect.mismatch.again', args: d.message.args }, cause: { range: root.range, message: root.message } });
        continue;
      }
      firstExpectOf.set(root, { index: shown.length, more: [] });
    }
    shown.push({ ...d, severity, cause: { range: root.range, message: root.message } });
  }
  yield;
  for (const { index, more } of firstExpectOf.values()) {
    if (more.length === 0) {
      continue;
    }
    const first = shown[index]!;
    shown[index] = {
      ...first,
      message: { id: more.length === 1 ? 'expect.mismatch.oneMore' : 'expect.mismatch.more', args: { ...first.message.args, more: more.length } },
      related: [
        ...(first.related ?? []),
        ...more.map((m) => ({ range: m.range, message: { id: 'related.sameReason', args: m.message.args } })),
      ],
    };
  }
  return shown;
}
