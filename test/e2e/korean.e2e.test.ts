import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { eventually, installExtension, openFile, resultsDir, runCommand, useWorkbench, vsixPath, waitForProblemRow, waitForSquiggles, webviewFrame } from './support';
import { packageLanguagePack, type LanguagePack } from './support/languagePack';

// VS Code switched to Korean (`--locale ko`), with tcpflow.language left at `auto`: the manifest,
// the problems, the preview's controls and the diagram's own words are Korean, with no setting.

const STORY = ['host A "클라이언트"', 'host B "서버"', 'B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301', ''].join('\n');

describe('VS Code in Korean (display language ko)', () => {
  const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-e2e-ko-extensions-'));
  let korean: LanguagePack | undefined;
  before(async function () {
    this.timeout(120_000);
    korean = await packageLanguagePack('language-pack-ko');
    await installExtension(vsixPath, extensionsDir);
  });
  after(() => {
    korean?.remove();
    fs.rmSync(extensionsDir, { recursive: true, force: true });
  });
  const vscode = useWorkbench({
    fixtures: ['broken.tcpflow'],
    files: { 'story.tcpflow': STORY },
    locale: 'ko',
    extensionsDir,
    prepareUserData: (userDataDir) => korean!.install(extensionsDir, userDataDir),
  });

  it('reports the problem in Korean, still citing the RFC, with no setting', async () => {
    const page = vscode.page;
    await openFile(page, 'broken.tcpflow');
    await waitForSquiggles(page, [6]);
    const row = await waitForProblemRow(page, (r) => /SYN-SENT/.test(r.text), 'the expect-mismatch error');
    assert.match(row.text, /A는 여기서 SYN-SENT가 아니라 ESTABLISHED 상태입니다\. \(RFC 9293 §3\.3\.2\)/);
  });

  // After the first test opened a script, so the workbench has read the extension's contributions.
  it('names the commands in Korean in the command palette', async () => {
    const page = vscode.page;
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget .quick-input-box input').fill('>TCP Flow');
    const rows = await eventually(
      () => page.locator('.quick-input-widget .monaco-list-row .label-name').allTextContents(),
      (labels) => labels.some((l) => l.includes('측면에서 미리 보기 열기')),
      'the Korean title of Open Preview to the Side',
    );
    assert.ok(rows.some((l) => l.replace(/\s+/g, ' ').includes('TCP Flow: 미리 보기 열기')), JSON.stringify(rows));
    await page.keyboard.press('Escape');
  });

  it('draws the preview with Korean words and Korean controls', async () => {
    const page = vscode.page;
    await openFile(page, 'story.tcpflow');
    await runCommand(page, 'TCP Flow: 측면에서 미리 보기 열기');
    const frame = webviewFrame(page);
    const notes = await eventually(
      // A row with both hosts' states holds one line of text per host's end.
      () => frame.locator('.canvas .noteText tspan').allTextContents(),
      (texts) => texts.length > 0,
      'the state notes of the diagram',
      60_000,
    );
    assert.ok(notes.includes('listen(수동 열기) → LISTEN'), JSON.stringify(notes));
    await frame.locator('button[aria-label="첫 단계"]').click();
    assert.strictEqual(await frame.locator('.step-status').textContent(), '4단계 중 1단계');
    assert.strictEqual(await frame.locator('[aria-label="다이어그램 도구"]').count(), 1);
  });

  it('draws Hangul with real glyphs, not empty boxes', async () => {
    const frame = webviewFrame(vscode.page);
    // In the note's own font, Hangul must not come out as the picture of two characters no font
    // has (U+0378, U+0379 are unassigned): that picture is the missing-glyph box.
    const drawn = await frame.locator('.canvas .noteText tspan', { hasText: '수동' }).first().evaluate((tspan) => {
      const canvas = document.createElement('canvas');
      canvas.width = 200;
      canvas.height = 60;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.font = `32px ${getComputedStyle(tspan).fontFamily}`;
      const picture = (text: string): string => {
        context.clearRect(0, 0, canvas.width, canvas.height);
        context.fillText(text, 4, 44);
        return canvas.toDataURL();
      };
      return { hangul: picture('수동'), missing: picture('\u0378\u0379'), latin: picture('AB'), fonts: getComputedStyle(tspan).fontFamily };
    });
    // Named, so a student's own Korean font is chosen on every platform rather than the system's pick.
    for (const font of ['Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR']) {
      assert.ok(drawn.fonts.includes(font), drawn.fonts);
    }
    assert.notStrictEqual(drawn.latin, drawn.missing, 'the probe itself draws');
    assert.notStrictEqual(drawn.hangul, drawn.missing, 'Hangul drew as missing-glyph boxes: no Korean font (apt-get install fonts-noto-cjk)');
    await vscode.page.screenshot({ path: path.join(resultsDir, 'korean-preview.png') });
  });

  it('lists the lessons under their Korean titles, and the study notes after them, the Korean one first', async () => {
    const page = vscode.page;
    await runCommand(page, 'TCP Flow: 학습 예제 열기…');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    await input.fill('01-three-way-handshake');
    const lesson = await eventually(() => rows.locator('.label-name').allTextContents(), (texts) => texts[0] === '3-way 핸드셰이크', 'the Korean title of lesson 01', 20_000);
    // Under it, the first sentence of the lesson's Korean paragraph.
    assert.match(lesson[1] ?? '', /^3-Way Handshake는 /);
    await input.fill('handshakes');
    const notes = await eventually(() => rows.allTextContents(), (texts) => texts.some((t) => t.includes('handshakes.md')), 'the two study notes', 20_000);
    const first = notes.findIndex((t) => t.includes('handshakes.ko.md'));
    assert.ok(first >= 0 && first < notes.findIndex((t) => t.includes('handshakes.md')), JSON.stringify(notes));
    assert.ok(notes[first]!.includes('한국어 학습 노트'), notes[first]);
    await page.keyboard.press('Escape');
  });

  it('sends nothing past 127.0.0.1', () => {
    assert.deepStrictEqual(vscode.workbench.blockedRequests, []);
  });
});
