import * as fs from 'fs';
import * as path from 'path';
import { CaptureError, captureErrorText, importCapture, skippedList, type ImportedCapture } from '../core/capture/importCapture';
import type { Lang } from '../core/messages/lang';
import { CliFailure, cliMessage } from './messages';
import type { CliIo } from './run';

/**
 * `tcpflow import CAPTURE [-o DIR | --connection N]`: a pcap or pcapng capture
 * becomes one story per TCP connection. One connection is printed; several
 * are written to DIR, or one of them picked; otherwise they are listed and
 * the run ends with status 2, saying how to pick.
 */

interface ImportInvocation {
  readonly capture: string;
  readonly outputDir: string | undefined;
  readonly connection: number | undefined;
}

/** Whether the command line's command word is `import` (options may come before it). */
export function isImportCommand(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') {
      i++;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      return arg === 'import';
    }
  }
  return false;
}

export function runImport(argv: readonly string[], io: CliIo, lang: Lang): number {
  const invocation = parseImportArguments(argv);
  if (invocation === 'help') {
    io.stdout(cliMessage('cli.usage', lang) + '\n');
    return 0;
  }
  const imported = readCapture(invocation.capture, lang);
  const { connections } = imported;
  const chosen = invocation.connection === undefined ? connections : [pick(imported, invocation.connection)];
  if (invocation.outputDir !== undefined) {
    writeStories(invocation.outputDir, chosen, io, lang);
    return 0;
  }
  if (chosen.length === 1) {
    io.stdout(chosen[0]!.story(lang));
    return 0;
  }
  io.stderr(listing(invocation.capture, imported, lang));
  return 2;
}

function parseImportArguments(argv: readonly string[]): ImportInvocation | 'help' {
  const positional: string[] = [];
  let outputDir: string | undefined;
  let connection: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const valueOf = (): string => {
      if (equals > 0 && name !== arg) {
        return arg.slice(equals + 1);
      }
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new CliFailure('cli.missingValue', { option: name }, true);
      }
      i++;
      return next;
    };
    switch (name) {
      case '--help':
      case '-h':
        return 'help';
      case '--lang':
        valueOf();
        break;
      case '-o':
      case '--output':
        outputDir = valueOf();
        break;
      case '--connection': {
        const value = valueOf();
        if (!/^[1-9][0-9]{0,8}$/.test(value)) {
          throw new CliFailure('cli.import.badConnection', { value }, true);
        }
        connection = Number(value);
        break;
      }
      default:
        throw new CliFailure('cli.unknownOption', { option: name }, true);
    }
  }
  const [, ...captures] = positional;
  if (captures.length !== 1) {
    throw new CliFailure('cli.import.oneCapture', {}, true);
  }
  return { capture: captures[0]!, outputDir, connection };
}

function readCapture(given: string, lang: Lang): ImportedCapture {
  let bytes: Uint8Array;
  try {
    if (fs.statSync(given).isDirectory()) {
      throw new CliFailure('cli.import.isFolder', { path: given });
    }
    bytes = fs.readFileSync(given);
  } catch (error) {
    if (error instanceof CliFailure) {
      throw error;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new CliFailure('cli.notFound', { path: given });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CliFailure('cli.permissionDenied', { path: given });
    }
    throw new CliFailure('cli.unreadable', { path: given, reason: code ?? String(error) });
  }
  try {
    return importCapture(bytes);
  } catch (error) {
    if (error instanceof CaptureError) {
      throw new CliFailure('cli.import.notCapture', { path: given, reason: captureErrorText(error, lang) });
    }
    throw error;
  }
}

function pick(imported: ImportedCapture, number: number): ImportedCapture['connections'][number] {
  const found = imported.connections[number - 1];
  if (!found) {
    throw new CliFailure('cli.import.noSuchConnection', { number, count: imported.connections.length });
  }
  return found;
}

function writeStories(dir: string, chosen: ImportedCapture['connections'], io: CliIo, lang: Lang): void {
  // Every story is made before the first is written, so a failure leaves no half-written folder behind.
  const stories = chosen.map((c) => ({ file: path.join(dir, c.fileName), text: c.story(lang), packets: c.connection.packets.length }));
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const story of stories) {
      fs.writeFileSync(story.file, story.text);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure('cli.import.cannotWrite', { path: dir, reason: code === 'EACCES' || code === 'EPERM' ? cliMessage('cli.import.denied', lang) : code ?? String(error) });
  }
  io.stdout(stories.map((s) => cliMessage('cli.import.wrote', lang, { file: s.file, packets: s.packets }) + '\n').join(''));
}

/** The capture's connections, for a reader who has to pick one. */
function listing(given: string, imported: ImportedCapture, lang: Lang): string {
  const lines = [`tcpflow: ${cliMessage('cli.import.pick', lang, { path: given, count: imported.connections.length })}`];
  const width = String(imported.connections.length).length;
  for (const c of imported.connections) {
    lines.push(
      cliMessage('cli.import.row', lang, {
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
    lines.push(cliMessage('cli.import.skipped', lang, { list: skipped }));
  }
  return lines.join('\n') + '\n';
}
