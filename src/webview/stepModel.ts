import type { PreviewElement, PreviewStep } from '../shared/preview/protocol';

/**
 * Which drawn elements the step-through shows at each step. Pure: it works on
 * the element list and the steps the host sent, never on the SVG.
 *
 * At step k (1-based) every element up to the last one drawn for step k's
 * line is shown, so the opening states, notes and the failed expectations
 * written before an event appear with it. The last step shows everything,
 * including notes written after the last event.
 */
export function revealLimits(elements: readonly PreviewElement[], steps: readonly PreviewStep[]): number[] {
  const lastIndexOfLine = new Map<number, number>();
  elements.forEach((element, index) => lastIndexOfLine.set(element.line, index));
  const limits: number[] = [];
  let limit = -1;
  for (const step of steps) {
    limit = Math.max(limit, lastIndexOfLine.get(step.line) ?? -1);
    limits.push(limit);
  }
  if (limits.length > 0) {
    limits[limits.length - 1] = elements.length - 1;
  }
  return limits;
}

/** A step number kept within 1..count, or undefined (the whole story) when there are no steps. */
export function clampStep(step: number | undefined, count: number): number | undefined {
  if (step === undefined || count === 0) {
    return undefined;
  }
  return Math.min(count, Math.max(1, Math.round(step)));
}
