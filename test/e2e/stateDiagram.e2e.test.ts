import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { eventually, goToLine, openFile, runCommand, useWorkbench, webviewFrame } from './support';

// The Figure 5 view in the real workbench: the eleven states of RFC 9293's diagram, each host's
// path coloured, and the states where the hosts are at the cursor line outlined as it moves.

/** Each drawn state with the classes Mermaid gave its node. */
async function stateNodes(page: Page): Promise<Map<string, string[]>> {
  const nodes = await webviewFrame(page)
    .locator('svg g.node.statediagram-state')
    .evaluateAll((els) => els.map((e) => [e.textContent ?? '', e.getAttribute('class') ?? ''] as const));
  return new Map(nodes.map(([state, classes]) => [state, classes.split(/\s+/).filter((c) => /^(visited|current)/.test(c)).sort()]));
}

/** The arrows' labels, each once (Mermaid nests a `.edgeLabel` span in a `.edgeLabel` group). */
async function edgeLabels(page: Page, selector = 'svg .edgeLabel'): Promise<string[]> {
  return [...new Set(await webviewFrame(page).locator(selector).allTextContents())];
}

describe('Figure 5 state diagram in VS Code (installed VSIX)', () => {
  const vscode = useWorkbench({ fixtures: ['handshake.tcpflow'] });

  it('draws the eleven states of RFC 9293 Figure 5 beside the script, both hosts starting in CLOSED', async () => {
    const page = vscode.page;
    await openFile(page, 'handshake.tcpflow');
    await runCommand(page, 'TCP Flow: Show State Diagram (RFC 9293 Figure 5)');
    const nodes = await eventually(() => stateNodes(page), (n) => n.size === 11, 'the eleven states', 60_000);
    assert.deepStrictEqual([...nodes.keys()].sort(), [
      'CLOSE-WAIT', 'CLOSED', 'CLOSING', 'ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'LAST-ACK', 'LISTEN', 'SYN-RECEIVED', 'SYN-SENT', 'TIME-WAIT',
    ]);
    assert.deepStrictEqual(nodes.get('CLOSED'), ['current', 'visitedBoth']);
    assert.match((await webviewFrame(page).locator('.caption').textContent()) ?? '', /RFC 9293 Figure 5.*handshake\.tcpflow/);
  });

  it('follows the cursor: the path so far in each host\'s colour, and where each host is now', async () => {
    const page = vscode.page;
    // Line 8: B's SYN,ACK has arrived, so A is ESTABLISHED and B still SYN-RECEIVED.
    await goToLine(page, 8);
    const nodes = await eventually(() => stateNodes(page), (n) => n.get('ESTABLISHED')?.includes('current') === true, 'A in ESTABLISHED at line 8');
    assert.deepStrictEqual(nodes.get('ESTABLISHED'), ['current', 'visited0']);
    assert.deepStrictEqual(nodes.get('SYN-RECEIVED'), ['current', 'visited1']);
    assert.deepStrictEqual(nodes.get('SYN-SENT'), ['visited0']);
    assert.deepStrictEqual(nodes.get('FIN-WAIT-1'), []);
    const labels = await edgeLabels(page);
    // Every arrow the story takes is ticked with its host; line 8's own arrow is set apart, the ones before it marked taken.
    assert.ok(labels.includes('rcv SYN,ACK / snd ACK ✓ A'), JSON.stringify(labels));
    assert.ok(labels.includes('rcv SYN / snd SYN,ACK ✓ B'), JSON.stringify(labels));
    assert.deepStrictEqual(await edgeLabels(page, 'svg g.edgeLabel.at-cursor'), ['rcv SYN,ACK / snd ACK ✓ A']);
    assert.ok((await edgeLabels(page, 'svg g.edgeLabel.taken')).includes('rcv SYN / snd SYN,ACK ✓ B'));
    assert.ok(!(await edgeLabels(page, 'svg g.edgeLabel.taken')).includes('rcv FIN / snd ACK ✓ B'), 'the close is still to come');

    // Line 15: both are CLOSED again, after the whole story.
    await goToLine(page, 15);
    const end = await eventually(() => stateNodes(page), (n) => n.get('CLOSED')?.includes('current') === true && n.get('TIME-WAIT')?.length === 1, 'both CLOSED at the end');
    assert.deepStrictEqual(end.get('TIME-WAIT'), ['visited0']);
    assert.deepStrictEqual(end.get('LAST-ACK'), ['visited1']);
    assert.deepStrictEqual(end.get('ESTABLISHED'), ['visitedBoth']);
    assert.deepStrictEqual(await edgeLabels(page, 'svg g.edgeLabel.at-cursor'), ['Timeout=2MSL ✓ A']);
  });

  it('sends nothing past 127.0.0.1', () => {
    assert.deepStrictEqual(vscode.workbench.blockedRequests, []);
  });
});
