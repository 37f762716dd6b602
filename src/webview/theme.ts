/**
 * The VS Code colour theme the webview is in, read from the classes VS Code
 * puts on <body> (vscode-light, vscode-dark, vscode-high-contrast and
 * vscode-high-contrast-light), and a watch on their changes.
 */
export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export function currentTheme(body: HTMLElement = document.body): ThemeKind {
  const classes = body.classList;
  if (classes.contains('vscode-high-contrast-light')) {
    return 'high-contrast-light';
  }
  if (classes.contains('vscode-high-contrast')) {
    return 'high-contrast';
  }
  return classes.contains('vscode-dark') ? 'dark' : 'light';
}

/** Calls `onChange` with the new theme whenever the body's theme class changes. */
export function watchTheme(onChange: (theme: ThemeKind) => void, body: HTMLElement = document.body): () => void {
  let theme = currentTheme(body);
  const observer = new MutationObserver(() => {
    const next = currentTheme(body);
    if (next !== theme) {
      theme = next;
      onChange(next);
    }
  });
  observer.observe(body, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
