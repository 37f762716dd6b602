import type { Diagnostic } from './diagnostics';
import { quietWhileTyping } from './typing';

/**
 * VS Code lists at most this many problems of one file: its extension host sends the first ones
 * by severity and drops the rest. A script with more (a pasted capture full of mistakes) gets the
 * same first ones and one entry that says how many more there are, and the editor never spends
 * time turning problems nobody will see into VS Code's diagnostics.
 */
export const SHOWN_DIAGNOSTICS_LIMIT = 1000;

export interface ShownDiagnostics {
  /** What the Problems panel and the squiggles show, in the analysis's order (severity, then place). */
  readonly shown: readonly Diagnostic[];
  /** How many more problems there are than `shown` holds. */
  readonly notShown: number;
  /** The first of those, where the entry that counts them goes. */
  readonly firstNotShown?: Diagnostic;
}

export interface ShowOptions {
  /** The line being typed, whose problems wait for typing to pause there. */
  readonly typingLine?: number;
  readonly showHints: boolean;
  /** At most this many entries in all, counting the one that says how many more there are. */
  readonly limit?: number;
}

/**
 * The problems of an analysis the editor shows: hints only when asked for, the line being typed
 * quiet, and past the limit, the first ones by severity (diagnostics come sorted that way) with
 * room left for the entry that counts the rest.
 */
export function diagnosticsToShow(diagnostics: readonly Diagnostic[], options: ShowOptions): ShownDiagnostics {
  const limit = options.limit ?? SHOWN_DIAGNOSTICS_LIMIT;
  const { showHints, typingLine } = options;
  if (showHints && typingLine === undefined && diagnostics.length <= limit) {
    return { shown: diagnostics, notShown: 0 };
  }
  const shown: Diagnostic[] = [];
  let notShown = 0;
  let firstNotShown: Diagnostic | undefined;
  for (const d of diagnostics) {
    if ((!showHints && d.severity === 'hint') || quietWhileTyping(d, typingLine)) {
      continue;
    }
    if (shown.length < limit) {
      shown.push(d);
    } else {
      firstNotShown ??= d;
      notShown++;
    }
  }
  if (notShown === 0) {
    return { shown, notShown };
  }
  // The last one listed makes way for the entry that counts what is not.
  const madeWay = shown.pop()!;
  return { shown, notShown: notShown + 1, firstNotShown: madeWay };
}
