import { statementAt } from './locate';
import { editorText } from './messages/editor';
import type { Lang } from './messages/lang';
import type { Analysis, Step } from './model';
import { phases, type Phase } from './phases';
import { comparePositions, lineStarts, type Range } from './text';

/**
 * The outline and the folding of a script, as plain data: the header (title and hosts), then the
 * connection's phases (setup, data transfer, close) with their events inside. The extension turns
 * these into VS Code's symbols and folding ranges; being plain, they are worked out wherever the
 * analysis is, in the extension host or in the analysis worker.
 */

export type OutlineKind = 'header' | 'title' | 'host' | 'phase' | 'event';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: readonly OutlineSymbol[];
}

export interface FoldingSpan {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'region' | 'comment';
}

/** A phase lists this many events in the outline; the rest are one entry. */
export const EVENTS_LISTED_PER_PHASE = 1000;

type Outlined = Pick<Analysis, 'script' | 'steps' | 'diagnostics'>;

/** `client: SYN-SENT · server: LISTEN` after an event: both hosts' states once it has happened. */
export function statesLabel(step: Step): string {
  return Object.entries(step.states)
    .map(([host, state]) => `${host}: ${state}`)
    .join(' · ');
}

export function outline(analysis: Outlined, text: string, lang: Lang): OutlineSymbol[] {
  const lines = new TextLines(text);
  const symbols: OutlineSymbol[] = [];
  const header = headerSymbol(analysis, lang);
  if (header) {
    symbols.push(header);
  }
  for (const phase of phases(analysis)) {
    symbols.push(phaseSymbol(analysis, lines, phase, lang));
  }
  return symbols;
}

/** Folds each phase of the connection and each run of two or more lines holding only a comment. */
export function foldingSpans(analysis: Outlined): FoldingSpan[] {
  const spans: FoldingSpan[] = [];
  for (const phase of phases(analysis)) {
    if (phase.endLine > phase.startLine) {
      spans.push({ startLine: phase.startLine, endLine: phase.endLine, kind: 'region' });
    }
  }
  let runStart = -1;
  let previous = -2;
  const flush = (): void => {
    if (runStart >= 0 && previous > runStart) {
      spans.push({ startLine: runStart, endLine: previous, kind: 'comment' });
    }
  };
  for (const comment of analysis.script.comments) {
    const line = comment.range.start.line;
    if (statementAt(analysis, line)) {
      continue;
    }
    if (line !== previous + 1) {
      flush();
      runStart = line;
    }
    previous = line;
  }
  flush();
  return spans;
}

/** The text's lines, read by number, found once. */
class TextLines {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  get count(): number {
    return this.starts.length;
  }

  /** The line's length without its line break. */
  length(line: number): number {
    const start = this.starts[line] ?? this.text.length;
    const next = this.starts[line + 1];
    const end = next === undefined ? this.text.length : next;
    let length = end - start;
    while (length > 0 && (this.text[start + length - 1] === '\n' || this.text[start + length - 1] === '\r')) {
      length--;
    }
    return length;
  }

  slice(range: Range): string {
    return this.text.slice((this.starts[range.start.line] ?? 0) + range.start.character, (this.starts[range.end.line] ?? 0) + range.end.character);
  }
}

function union(a: Range, b: Range): Range {
  return { start: comparePositions(a.start, b.start) <= 0 ? a.start : b.start, end: comparePositions(a.end, b.end) >= 0 ? a.end : b.end };
}

function headerSymbol(analysis: Outlined, lang: Lang): OutlineSymbol | undefined {
  const children: OutlineSymbol[] = [];
  for (const statement of analysis.script.statements) {
    if (statement.kind === 'title' && statement.text) {
      children.push({ name: statement.text.value || '""', detail: 'title', kind: 'title', range: statement.range, selectionRange: statement.text.range, children: [] });
    } else if (statement.kind === 'host' && statement.name) {
      children.push({ name: statement.name.text, detail: statement.label?.value ?? '', kind: 'host', range: statement.range, selectionRange: statement.name.range, children: [] });
    }
  }
  if (children.length === 0) {
    return undefined;
  }
  const range = children.map((c) => c.range).reduce(union);
  return { name: editorText('symbol.header', lang), detail: '', kind: 'header', range, selectionRange: children[0]!.selectionRange, children };
}

function phaseSymbol(analysis: Outlined, lines: TextLines, phase: Phase, lang: Lang): OutlineSymbol {
  const endLine = Math.min(phase.endLine, lines.count - 1);
  const range: Range = { start: { line: phase.startLine, character: 0 }, end: { line: phase.endLine, character: lines.length(endLine) } };
  const first = analysis.steps[phase.firstStep]!;
  const children: OutlineSymbol[] = [];
  const listedEnd = Math.min(phase.lastStep, phase.firstStep + EVENTS_LISTED_PER_PHASE - 1);
  for (let i = phase.firstStep; i <= listedEnd; i++) {
    const step = analysis.steps[i]!;
    const statement = analysis.script.statements[step.statementIndex];
    if (statement) {
      children.push({ name: lines.slice(statement.range), detail: statesLabel(step), kind: 'event', range: statement.range, selectionRange: statement.range, children: [] });
    }
  }
  const rest = restOfPhase(analysis, phase, listedEnd + 1, range, lang);
  if (rest) {
    children.push(rest);
  }
  return {
    name: editorText(`phase.${phase.kind}`, lang),
    detail: editorText('phase.detail', lang, { first: phase.startLine + 1, last: phase.endLine + 1 }),
    kind: 'phase',
    range,
    selectionRange: analysis.script.statements[first.statementIndex]!.range,
    children,
  };
}

/**
 * The events of a long phase past the first EVENTS_LISTED_PER_PHASE, as one entry that leads to
 * them: an outline of a pasted capture's hundred thousand events would hold the editor up and help
 * no one find anything.
 */
function restOfPhase(analysis: Outlined, phase: Phase, firstUnlisted: number, phaseRange: Range, lang: Lang): OutlineSymbol | undefined {
  const statement = firstUnlisted <= phase.lastStep ? analysis.script.statements[analysis.steps[firstUnlisted]!.statementIndex] : undefined;
  if (!statement) {
    return undefined;
  }
  const at = statement.range;
  return {
    name: editorText('symbol.moreEvents', lang, { count: phase.lastStep - firstUnlisted + 1 }),
    detail: editorText('phase.detail', lang, { first: at.start.line + 1, last: phase.endLine + 1 }),
    kind: 'event',
    range: { start: at.start, end: phaseRange.end },
    selectionRange: at,
    children: [],
  };
}
