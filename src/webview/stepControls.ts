import type { PreviewHost, PreviewStep } from '../shared/preview/protocol';
import { formatString, type PreviewStrings } from '../shared/preview/stringTable';
import { element, iconButton, setButtonFace, setButtonLabel } from './dom';
import { clampStep } from './stepModel';

const PLAY_INTERVAL_MS = 1200;

/**
 * The step-through: first / back / play / forward / last / whole story, and a
 * live line saying which step is shown and each host's state after it (the
 * states come from the host's replay; nothing is worked out here).
 * `step` undefined is the whole story.
 */
export class StepControls {
  private readonly status: HTMLElement;
  private readonly states: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly buttons: HTMLButtonElement[];
  private steps: readonly PreviewStep[] = [];
  private hosts: readonly PreviewHost[] = [];
  private position: number | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    parent: HTMLElement,
    private readonly strings: PreviewStrings,
    private readonly onChange: (step: number | undefined) => void,
  ) {
    const root = element('div', 'step-controls');
    root.setAttribute('role', 'group');
    root.setAttribute('aria-label', strings.stepControls);
    this.playButton = iconButton('play', strings.play, () => this.togglePlay(), { aria: 'Space', shown: 'Space' });
    this.buttons = [
      iconButton('first', strings.first, () => this.go(1), { aria: 'Home', shown: 'Home' }),
      iconButton('back', strings.back, () => this.back(), { aria: 'ArrowLeft', shown: '←' }),
      this.playButton,
      iconButton('forward', strings.forward, () => this.forward(), { aria: 'ArrowRight', shown: '→' }),
      iconButton('last', strings.last, () => this.go(this.steps.length), { aria: 'End', shown: 'End' }),
      iconButton('whole', strings.wholeStory, () => this.go(undefined), { aria: 'Escape', shown: 'Esc' }),
    ];
    this.status = element('span', 'step-status');
    this.status.setAttribute('aria-live', 'polite');
    this.states = element('span', 'step-states');
    root.append(...this.buttons, this.status, this.states);
    parent.append(root);
    this.render();
  }

  get step(): number | undefined {
    return this.position;
  }

  /** New steps from the host (the script changed): keeps the position where it still exists. */
  setStory(steps: readonly PreviewStep[], hosts: readonly PreviewHost[]): void {
    this.steps = steps;
    this.hosts = hosts;
    this.position = clampStep(this.position, steps.length);
    if (this.position === undefined) {
      this.stop();
    }
    this.render();
  }

  go(step: number | undefined): void {
    const next = clampStep(step, this.steps.length);
    if (next === undefined || next === this.steps.length) {
      this.stop();
    }
    if (next !== this.position) {
      this.position = next;
      this.render();
      this.onChange(next);
    }
  }

  forward(): void {
    this.go(this.position === undefined ? 1 : this.position + 1);
  }

  back(): void {
    this.go(this.position === undefined ? this.steps.length - 1 : this.position - 1);
  }

  togglePlay(): void {
    if (this.timer !== undefined) {
      this.stop();
      return;
    }
    if (this.steps.length === 0) {
      return;
    }
    if (this.position === undefined || this.position >= this.steps.length) {
      this.go(1);
    }
    this.timer = setInterval(() => this.forward(), PLAY_INTERVAL_MS);
    this.render();
  }

  stop(): void {
    if (this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
      this.render();
    }
  }

  private render(): void {
    const count = this.steps.length;
    const playing = this.timer !== undefined;
    setButtonFace(this.playButton, playing ? 'pause' : 'play');
    setButtonLabel(this.playButton, playing ? this.strings.pause : this.strings.play, { aria: 'Space', shown: 'Space' });
    this.playButton.setAttribute('aria-pressed', String(playing));
    for (const button of this.buttons) {
      button.disabled = count === 0;
    }
    if (count === 0) {
      this.status.textContent = this.strings.noSteps;
      this.states.replaceChildren();
      return;
    }
    const step = this.position === undefined ? undefined : this.steps[this.position - 1];
    this.status.textContent = this.position === undefined ? this.strings.wholeStory : formatString(this.strings.stepOf, this.position, count);
    this.states.replaceChildren(
      ...(step === undefined
        ? []
        : this.hosts.map((host) => {
            const badge = element('span', 'host-state');
            badge.append(element('span', 'host-name', host.label || host.name), element('strong', 'state-name', step.states[host.name] ?? '?'));
            return badge;
          })),
    );
  }
}
