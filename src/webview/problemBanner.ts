import type { PreviewProblem } from '../shared/preview/protocol';
import { formatString, type PreviewStrings } from '../shared/preview/stringTable';
import { element } from './dom';

/**
 * A compact banner over the drawing while the script has errors: how many,
 * whether the drawing is the last one without errors, and each error as a
 * button that selects its line in the editor. Mermaid's own failures (which
 * should not happen: the core writes the text) are shown the same way.
 */
export class ProblemBanner {
  private readonly root: HTMLDetailsElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLUListElement;
  private problems: readonly PreviewProblem[] = [];
  private errorCount = 0;
  private stale = false;
  private renderError: string | undefined;

  constructor(
    parent: HTMLElement,
    private readonly strings: PreviewStrings,
    private readonly onReveal: (line: number) => void,
  ) {
    this.root = element('details', 'problem-banner');
    this.root.hidden = true;
    this.summary = element('summary');
    this.list = element('ul');
    this.root.append(this.summary, this.list);
    parent.append(this.root);
  }

  setProblems(problems: readonly PreviewProblem[], errorCount: number, stale: boolean): void {
    this.problems = problems;
    this.errorCount = errorCount;
    this.stale = stale;
    this.update();
  }

  setRenderError(message: string | undefined): void {
    this.renderError = message;
    this.update();
  }

  private update(): void {
    const parts: string[] = [];
    if (this.renderError !== undefined) {
      parts.push(formatString(this.strings.renderFailed, this.renderError));
    }
    if (this.errorCount > 0) {
      parts.push(formatString(this.strings.errors, this.errorCount));
    }
    if (this.stale) {
      parts.push(this.strings.staleDiagram);
    }
    const wasHidden = this.root.hidden;
    this.root.hidden = parts.length === 0;
    if (wasHidden && !this.root.hidden) {
      // A few errors are listed at once; a long list waits for a click on the summary.
      this.root.open = this.problems.length <= 3;
    }
    this.summary.textContent = parts.join(' — ');
    this.list.replaceChildren(
      ...this.problems.map((problem) => {
        const item = element('li');
        const button = element('button', 'problem', formatString(this.strings.problemAt, problem.line + 1, problem.message));
        button.type = 'button';
        button.title = problem.code;
        button.addEventListener('click', () => this.onReveal(problem.line));
        item.append(button);
        return item;
      }),
    );
  }
}
