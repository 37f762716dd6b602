import * as fs from 'fs';
import * as path from 'path';
import { CaptureError, captureErrorText, importCapture as readCapture, skippedList, type ImportedCapture, type ImportedConnection } from '../core/capture/importCapture';
import type { Lang } from '../core/messages/lang';
import type { Command } from './command';
import { CliFailure, cliMessage } from './messages';

/**
 * `tcpflow import CAPTURE [-o DIR | --connection N]`: a pcap or pcapng capture
 * becomes one story per TCP connection. One connection is printed; several are
 * written to DIR, or one of them picked; otherwise they are listed on stderr
 * and the run ends with status 2, saying how to pick.
 */
export const importCapture: Command = {
  name: 'import',
  usage: 'usage.import',
  options: { '-o': 'value', '--output': 'value', '--connection': 'value' },
  run({ lang, operands, options, stdout, stderrLine }) {
    if (operands.length !== 1) {
      throw new CliFailure('cli.import.oneCapture', {}, { usage: true });
    }
    const given = operands[0]!;
    const connectionText = options.get('--connection');
    if (connectionText !== undefined && !/^[1-9][0-9]{0,8}$/.test(connectionText)) {
      throw new CliFailure('cli.import.badConnection', { value: connectionText }, { usage: true });
    }
    const outputDir = options.get('-o') ?? options.get('--output');
    const imported = load(given, lang);
    const chosen = connectionText === undefined ? imported.connections : [pick(imported, Number(connectionText))];
    if (outputDir !== undefined) {
      stdout(writeStories(outputDir, chosen, lang));
      return 0;
    }
    if (chosen.length === 1) {
      stdout(chosen[0]!.story(lang));
      return 0;
    }
    listing(given, imported, lang).forEach(stderrLine);
    return 2;
  },
};

function load(given: string, lang: Lang): ImportedCapture {
  let bytes: Uint8Array;
  try {
    if (fs.statSync(given).isDirectory()) {
      throw new CliFailure('cli.isFolder', { path: given, command: 'import' });
    }
    bytes = fs.readFileSync(given);
  } catch (error) {
    throw error instanceof CliFailure ? error : new CliFailure('cli.unreadable', { path: given }, { systemError: error });
  }
  try {
    return readCapture(bytes);
  } catch (error) {
    if (error instanceof CaptureError) {
      throw new CliFailure('cli.import.notCapture', { path: given, reason: captureErrorText(error, lang) });
    }
    throw error;
  }
}

function pick(imported: ImportedCapture, number: number): ImportedConnection {
  const found = imported.connections[number - 1];
  if (!found) {
    throw new CliFailure('cli.import.noSuchConnection', { number, count: imported.connections.length });
  }
  return found;
}

/** Writes each story into `dir` and says what was written. Every story is made first, so a failure writes none. */
function writeStories(dir: string, chosen: readonly ImportedConnection[], lang: Lang): string {
  const stories = chosen.map((c) => ({ file: path.join(dir, c.fileName), text: c.story(lang), packets: c.connection.packets.length }));
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const story of stories) {
      fs.writeFileSync(story.file, story.text);
    }
  } catch (error) {
    throw new CliFailure('cli.import.cannotWrite', { path: dir }, { systemError: error });
  }
  return stories.map((s) => cliMessage('import.wrote', lang, { file: s.file, packets: s.packets }) + '\n').join('');
}

/** The capture's connections, for a reader who has to pick one: the first line says how. */
function listing(given: string, imported: ImportedCapture, lang: Lang): string[] {
  const lines = [new CliFailure('cli.import.pick', { path: given, count: imported.connections.length }).text(lang)];
  const width = String(imported.connections.length).length;
  for (const c of imported.connections) {
    lines.push(
      cliMessage('import.row', lang, {
        number: String(c.connection.number).padStart(width),
        endpoints: c.endpoints,
        packets: c.connection.packets.length,
        first: c.firstFlags,
        last: c.lastFlags,
      }),
    );
  }
  const skipped = skippedList(imported.capture, lang);
  if (skipped !== '') {
    lines.push(cliMessage('import.skipped', lang, { list: skipped }));
  }
  return lines;
}
