import type { PreviewStrings } from '../shared/preview/stringTable';
import { element, iconButton, setButtonFace, setButtonLabel } from './dom';

export interface ToolbarActions {
  zoomIn(): void;
  zoomOut(): void;
  zoomReset(): void;
  fit(): void;
  exportSvg(): void;
  exportPng(): void;
  copySource(): void;
  toggleLock(): void;
}

/** The row of buttons above the drawing: zoom, export, copy, lock. */
export class Toolbar {
  private readonly zoomLabel: HTMLElement;
  private readonly lockButton: HTMLButtonElement;

  constructor(
    parent: HTMLElement,
    private readonly strings: PreviewStrings,
    actions: ToolbarActions,
  ) {
    const root = element('div', 'toolbar');
    root.setAttribute('role', 'toolbar');
    root.setAttribute('aria-label', strings.toolbar);
    this.zoomLabel = element('button', 'zoom-level', '100%');
    this.zoomLabel.setAttribute('type', 'button');
    setButtonLabel(this.zoomLabel as HTMLButtonElement, strings.zoomReset, { aria: '0', shown: '0' });
    this.zoomLabel.addEventListener('click', () => actions.zoomReset());
    this.lockButton = iconButton('unlocked', strings.lock, () => actions.toggleLock());
    root.append(
      iconButton('zoomOut', strings.zoomOut, () => actions.zoomOut(), { aria: '-', shown: '-' }),
      this.zoomLabel,
      iconButton('zoomIn', strings.zoomIn, () => actions.zoomIn(), { aria: '+', shown: '+' }),
      iconButton('fit', strings.fit, () => actions.fit(), { aria: 'F', shown: 'F' }),
      element('span', 'separator'),
      iconButton({ text: 'SVG' }, strings.exportSvg, () => actions.exportSvg()),
      iconButton({ text: 'PNG' }, strings.exportPng, () => actions.exportPng()),
      iconButton('copy', strings.copySource, () => actions.copySource()),
      element('span', 'separator'),
      this.lockButton,
    );
    parent.append(root);
  }

  setZoom(level: number): void {
    this.zoomLabel.textContent = `${Math.round(level * 100)}%`;
  }

  setLocked(locked: boolean): void {
    setButtonFace(this.lockButton, locked ? 'locked' : 'unlocked');
    setButtonLabel(this.lockButton, locked ? this.strings.unlock : this.strings.lock);
    this.lockButton.setAttribute('aria-pressed', String(locked));
  }
}
