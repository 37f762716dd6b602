import { analyze } from '../core/analyze';
import type { Lang } from '../core/messages/lang';
import { notesOf, renderTimeline } from '../core/timeline';
import { readSingleScript } from './files';
import { CliFailure } from './messages';
import { hasErrors } from './report';

/**
 * `tcpflow svg FILE`: the timeline as a standalone SVG on stdout. Errors in
 * the script are drawn (the step marked, their count at the top) and make the
 * exit status 1; the file is read before anything is printed.
 */
export function printTimeline(path: string, lang: Lang, stdout: (text: string) => void): number {
  let text: string;
  try {
    text = readSingleScript(path);
  } catch (error) {
    // The shared reader names `mermaid` when given a folder.
    throw error instanceof CliFailure && error.id === 'cli.isFolder' ? new CliFailure('cli.svgIsFolder', { path }) : error;
  }
  const analysis = analyze(text, { lang });
  stdout(renderTimeline({ ...analysis, notes: notesOf(analysis) }, { showSeq: true, lang, mode: 'standalone' }).svg);
  return hasErrors([{ path, analysis }]) ? 1 : 0;
}
