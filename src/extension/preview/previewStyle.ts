import * as vscode from 'vscode';
import { PREVIEW_STYLES, type PreviewStyle } from '../../shared/preview/protocol';

const SETTING = 'tcpflow.preview.style';
const MEMENTO_KEY = 'tcpflow.preview.style';

/**
 * Which view the previews show: the `tcpflow.preview.style` setting, unless
 * the user switched views in a preview's toolbar, which is remembered for
 * this workspace. Changing the setting afterwards wins again.
 */
export class PreviewStyleStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<PreviewStyle>();
  private readonly listener: vscode.Disposable;

  readonly onDidChange = this.emitter.event;

  constructor(private readonly workspaceState: vscode.Memento) {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTING)) {
        void this.workspaceState.update(MEMENTO_KEY, undefined);
        this.emitter.fire(this.get());
      }
    });
  }

  get(): PreviewStyle {
    const remembered = this.workspaceState.get<string>(MEMENTO_KEY);
    return asStyle(remembered) ?? asStyle(vscode.workspace.getConfiguration().get<string>(SETTING)) ?? 'sequence';
  }

  async set(style: PreviewStyle): Promise<void> {
    if (style === this.get()) {
      return;
    }
    await this.workspaceState.update(MEMENTO_KEY, style);
    this.emitter.fire(style);
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}

function asStyle(value: string | undefined): PreviewStyle | undefined {
  return PREVIEW_STYLES.find((style) => style === value);
}
