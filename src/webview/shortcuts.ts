export interface ShortcutActions {
  forward(): void;
  back(): void;
  first(): void;
  last(): void;
  wholeStory(): void;
  togglePlay(): void;
  zoomIn(): void;
  zoomOut(): void;
  zoomReset(): void;
  fit(): void;
  /** Select the current step's line in the editor. */
  revealStep(): void;
}

/**
 * The preview's keyboard shortcuts (each also a button, announced with
 * aria-keyshortcuts): arrows step, Space plays, Home/End jump, Escape shows
 * the whole story, Enter selects the step's line in the editor, + − 0 F zoom.
 * Keys with Ctrl, Alt or ⌘ are left to VS Code, and Space/Enter on a focused
 * button keep activating that button.
 */
export function bindShortcuts(target: Document, actions: ShortcutActions): void {
  const keys: Readonly<Record<string, () => void>> = {
    ArrowRight: actions.forward,
    ArrowDown: actions.forward,
    ArrowLeft: actions.back,
    ArrowUp: actions.back,
    Home: actions.first,
    End: actions.last,
    Escape: actions.wholeStory,
    ' ': actions.togglePlay,
    '+': actions.zoomIn,
    '=': actions.zoomIn,
    '-': actions.zoomOut,
    '0': actions.zoomReset,
    f: actions.fit,
    F: actions.fit,
    Enter: actions.revealStep,
  };
  target.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) {
      return;
    }
    const focused = event.target instanceof Element ? event.target : undefined;
    if ((event.key === ' ' || event.key === 'Enter') && focused?.closest('button, summary') != null) {
      return;
    }
    const action = keys[event.key];
    if (action !== undefined) {
      event.preventDefault();
      action();
    }
  });
}
