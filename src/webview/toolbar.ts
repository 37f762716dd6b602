import type { PreviewStyle } from '../shared/preview/protocol';
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
  setStyle(style: PreviewStyle): void;
}

/** The row of buttons above the drawing: the view switch, zoom, export, copy, lock. */
export class Toolbar {
  private readonly zoomLabel: HTMLElement;
  private readonly lockButton: HTMLButtonElement;
  private readonly styleButtons: ReadonlyMap<PreviewStyle, HTMLButtonElement>;
  private readonly copyButton: HTMLButtonElement;

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
    // "Sequence diagram | Timeline": two toggle buttons, the pressed one is the view shown.
    const styles = element('span', 'view-switch');
    styles.setAttribute('role', 'group');
    styles.setAttribute('aria-label', strings.viewStyle);
    const styleButton = (style: PreviewStyle, label: string): HTMLButtonElement => {
      const button = element('button', 'view-style', label);
      button.type = 'button';
      button.addEventListener('click', () => actions.setStyle(style));
      styles.append(button);
      return button;
    };
    this.styleButtons = new Map([
      ['sequence', styleButton('sequence', strings.sequenceStyle)],
      ['timeline', styleButton('timeline', strings.timelineStyle)],
    ]);
    this.copyButton = iconButton('copy', strings.copySource, () => actions.copySource());
    root.append(
      styles,
      element('span', 'separator'),
      iconButton('zoomOut', strings.zoomOut, () => actions.zoomOut(), { aria: '-', shown: '-' }),
      this.zoomLabel,
      iconButton('zoomIn', strings.zoomIn, () => actions.zoomIn(), { aria: '+', shown: '+' }),
      iconButton('fit', strings.fit, () => actions.fit(), { aria: 'F', shown: 'F' }),
      element('span', 'separator'),
      iconButton({ text: 'SVG' }, strings.exportSvg, () => actions.exportSvg()),
      iconButton({ text: 'PNG' }, strings.exportPng, () => actions.exportPng()),
      this.copyButton,
      element('span', 'separator'),
      this.lockButton,
    );
    parent.append(root);
  }

  setZoom(level: number): void {
    this.zoomLabel.textContent = `${Math.round(level * 100)}%`;
  }

  /** Presses the button of the view shown; copying Mermaid source is for the sequence diagram only. */
  setStyle(style: PreviewStyle): void {
    for (const [each, button] of this.styleButtons) {
      button.setAttribute('aria-pressed', String(each === style));
    }
    this.copyButton.hidden = style !== 'sequence';
  }

  setLocked(locked: boolean): void {
    setButtonFace(this.lockButton, locked ? 'locked' : 'unlocked');
    setButtonLabel(this.lockButton, locked ? this.strings.unlock : this.strings.lock);
    this.lockButton.setAttribute('aria-pressed', String(locked));
  }
}
