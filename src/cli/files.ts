import * as fs from 'fs';
import * as path from 'path';
import { decodeScript } from './encoding';
import { CliFailure, type ErrorMessageId } from './messages';

/** The path that means standard input, and the name it is reported under (as compilers do). */
export const STDIN_ARGUMENT = '-';
export const STDIN_NAME = '<stdin>';

/**
 * The largest script read. Far above any lesson or exercise, and above a
 * 100,000-event story from a capture, yet small enough that a wrong argument
 * (a disk image, a log) is refused at once instead of filling memory.
 */
export const MAX_SCRIPT_BYTES = 16_000_000;

/** One script named on the command line: its text, or why it could not be read. */
export type LoadedScript =
  | { readonly path: string; readonly text: string; readonly failure?: undefined }
  | { readonly path: string; readonly text?: undefined; readonly failure: CliFailure };

const EXTENSION = '.tcpflow';

/**
 * Reads every script the paths name, in order: a file stands for itself
 * (whatever its name), a folder for every `*.tcpflow` under it in sorted
 * order, `-` for standard input. A path that cannot be read becomes an entry
 * with its failure, so one bad file never stops the others.
 */
export function loadScripts(paths: readonly string[]): LoadedScript[] {
  const loaded: LoadedScript[] = [];
  for (const given of paths) {
    if (given === STDIN_ARGUMENT) {
      loaded.push(attempt(STDIN_NAME, () => stdin.read()));
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      loaded.push({ path: given, failure: unreadable(given, error) });
      continue;
    }
    if (!stat.isDirectory()) {
      loaded.push(attempt(given, () => readRegularFile(given, given)));
      continue;
    }
    const { found, failures } = findScripts(given);
    if (found.length === 0 && failures.length === 0) {
      loaded.push({ path: given, failure: new CliFailure('cli.noScripts', { path: given }) });
    }
    const prefix = /[\\/]$/.test(given) ? given : given + path.sep;
    for (const relative of found) {
      const shown = prefix + relative;
      loaded.push(attempt(shown, () => readRegularFile(path.join(given, relative), shown)));
    }
    loaded.push(...failures);
  }
  return loaded;
}

/** Reads the one script a command such as `mermaid` takes; throws its failure. */
export function readSingleScript(given: string, command: string): string {
  if (given === STDIN_ARGUMENT) {
    return stdin.read();
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(given);
  } catch (error) {
    throw unreadable(given, error);
  }
  if (stat.isDirectory()) {
    throw new CliFailure('cli.isFolder', { path: given, command });
  }
  return readRegularFile(given, given);
}

function attempt(shown: string, read: () => string): LoadedScript {
  try {
    return { path: shown, text: read() };
  } catch (error) {
    if (error instanceof CliFailure) {
      return { path: shown, failure: error };
    }
    throw error;
  }
}

/**
 * Reads a regular file, and only that: a FIFO would block until a writer
 * came, a device such as /dev/zero never ends. The file is opened without
 * blocking and checked again once open, in case it changed in between.
 */
function readRegularFile(diskPath: string, shown: string): string {
  let fd: number;
  try {
    checkRegular(fs.statSync(diskPath), shown);
    fd = fs.openSync(diskPath, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    throw error instanceof CliFailure ? error : unreadable(shown, error);
  }
  try {
    checkRegular(fs.fstatSync(fd), shown);
    return decodeScript(readAll(fd, shown), shown);
  } catch (error) {
    throw error instanceof CliFailure ? error : unreadable(shown, error);
  } finally {
    fs.closeSync(fd);
  }
}

function checkRegular(stat: fs.Stats, shown: string): void {
  if (!stat.isFile()) {
    const kind: ErrorMessageId = stat.isFIFO() ? 'cli.kind.fifo' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'cli.kind.device' : stat.isSocket() ? 'cli.kind.socket' : 'cli.kind.other';
    throw new CliFailure('cli.notRegular', { path: shown }, { words: { kind } });
  }
  if (stat.size > MAX_SCRIPT_BYTES) {
    throw new CliFailure('cli.tooLarge', { path: shown, size: megabytes(stat.size), limit: megabytes(MAX_SCRIPT_BYTES) });
  }
}

/** Reads to the end, but never more than the cap (a file may grow while it is read; a pipe has no size). */
function readAll(fd: number, shown: string): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_SCRIPT_BYTES + 1 - total));
    let count: number;
    try {
      count = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        // Standard input set to non-blocking by whoever started us: wait for data rather than spin.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      throw error;
    }
    if (count === 0) {
      return Buffer.concat(chunks, total);
    }
    chunks.push(chunk.subarray(0, count));
    total += count;
    if (total > MAX_SCRIPT_BYTES) {
      throw new CliFailure('cli.tooLargeStream', { path: shown, limit: megabytes(MAX_SCRIPT_BYTES) });
    }
  }
}

/** Standard input is read at most once; naming `-` twice (even as exercise and submission) gives the same text twice. */
class StdinOnce {
  private result: { text: string } | { failure: unknown } | undefined;

  read(): string {
    if (this.result === undefined) {
      try {
        this.result = { text: decodeScript(readAll(0, STDIN_NAME), STDIN_NAME) };
      } catch (failure) {
        this.result = { failure };
      }
    }
    if ('failure' in this.result) {
      throw this.result.failure;
    }
    return this.result.text;
  }
}

const stdin = new StdinOnce();

/** Relative paths of the scripts under a folder, sorted, and the folders that could not be listed. Symbolic links to folders are not followed, so a loop cannot hang the walk. */
function findScripts(root: string): { found: string[]; failures: LoadedScript[] } {
  const found: string[] = [];
  const failures: LoadedScript[] = [];
  const walk = (relative: string): void => {
    const folder = path.join(root, relative);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      failures.push({ path: folder, failure: unreadable(folder, error) });
      return;
    }
    for (const entry of entries) {
      const child = relative === '' ? entry.name : path.join(relative, entry.name);
      if (entry.isDirectory()) {
        walk(child);
      } else if (entry.name.toLowerCase().endsWith(EXTENSION)) {
        // Whatever it is (a link, a FIFO named like a script): it is reported when it is read, not skipped in silence.
        found.push(child);
      }
    }
  };
  walk('');
  return { found: found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), failures };
}

function unreadable(shown: string, error: unknown): CliFailure {
  return new CliFailure('cli.unreadable', { path: shown }, { systemError: error });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

