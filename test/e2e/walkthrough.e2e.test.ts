import * as assert from 'assert';
import { editorLines, eventually, useWorkbench, webviewFrame } from './support';

// The walkthrough in VS Code's Welcome page: listed among the walkthroughs, its six steps shown,
// and its first button opening a lesson beside its preview, which ticks the step off.

describe('walkthrough in the Welcome page (installed VSIX)', () => {
  const vscode = useWorkbench({ fixtures: ['handshake.tcpflow'] });

  it('is listed among the walkthroughs and shows its six steps', async () => {
    const page = vscode.page;
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget .quick-input-box input').fill('>Welcome: Open Walkthrough');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Open Walkthrough' }).first().click();
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Learn TCP with TCP Flow' }).first().click();
    const steps = await eventually(
      () => page.locator('.getting-started-step .step-title').allTextContents(),
      (titles) => titles.length === 6,
      'the six steps of the walkthrough',
    );
    assert.deepStrictEqual(steps, [
      'Open a lesson',
      'See it as a diagram',
      'Make a mistake and read the error',
      'Apply a quick fix',
      'Step through the story',
      'Try an exercise',
    ]);
  });

  it('opens the 3-way handshake lesson with its diagram from the first step, and ticks the step off', async () => {
    const page = vscode.page;
    await page.locator('.getting-started-step', { hasText: 'Open a lesson' }).getByText('Open the 3-way handshake').click();
    await eventually(() => editorLines(page), (lines) => lines[0]?.startsWith('title "3-Way Handshake"') === true, 'the lesson in an editor');
    await eventually(
      () => webviewFrame(page).locator('.canvas .messageText').count(),
      (arrows) => arrows >= 4,
      "the lesson's diagram in the preview",
      60_000,
    );
    await page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).click();
    await eventually(
      () => page.locator('.getting-started-step[aria-checked="true"] .step-title').allTextContents(),
      (done) => done.includes('Open a lesson'),
      'the first step ticked off',
    );
  });
});
