import { icon, type IconName } from './icons';

/** Small DOM builders for the preview's controls. */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/**
 * A button showing an icon (or a short word), named for screen readers and
 * tooltips by `label`. `shortcut` is announced (aria-keyshortcuts) and shown
 * in the tooltip.
 */
export function iconButton(face: IconName | { text: string }, label: string, onClick: () => void, shortcut?: { aria: string; shown: string }): HTMLButtonElement {
  const button = element('button', 'icon-button');
  setButtonFace(button, face);
  button.type = 'button';
  setButtonLabel(button, label, shortcut);
  button.addEventListener('click', onClick);
  return button;
}

export function setButtonLabel(button: HTMLButtonElement, label: string, shortcut?: { aria: string; shown: string }): void {
  button.setAttribute('aria-label', label);
  button.title = shortcut === undefined ? label : `${label} (${shortcut.shown})`;
  if (shortcut !== undefined) {
    button.setAttribute('aria-keyshortcuts', shortcut.aria);
  }
}

export function setButtonFace(button: HTMLButtonElement, face: IconName | { text: string }): void {
  button.replaceChildren(typeof face === 'string' ? icon(face) : document.createTextNode(face.text));
}
