import * as fs from 'fs';
import * as path from 'path';
import { CliFailure } from './messages';

/** A script to check: the path to print, and where it is on disk. */
export interface ScriptFile {
  readonly displayPath: string;
  readonly diskPath: string;
}

const EXTENSION = '.tcpflow';

/**
 * Expands the command line's paths: a file stands for itself (whatever its
 * name), a folder for every `*.tcpflow` under it, in sorted order, each shown
 * as the folder as given joined with the path inside it.
 */
export function collectScripts(paths: readonly string[]): ScriptFile[] {
  const files: ScriptFile[] = [];
  for (const given of paths) {
    const stat = statOf(given);
    if (!stat.isDirectory()) {
      files.push({ displayPath: given, diskPath: given });
      continue;
    }
    const found = findScripts(given);
    if (found.length === 0) {
      throw new CliFailure('cli.noScripts', { path: given });
    }
    const prefix = /[\\/]$/.test(given) ? given : given + path.sep;
    for (const relative of found) {
      files.push({ displayPath: prefix + relative, diskPath: path.join(given, relative) });
    }
  }
  return files;
}

/** Relative paths of the scripts under a folder, sorted. Symbolic links to folders are not followed, so a loop cannot hang the walk. */
function findScripts(root: string): string[] {
  const found: string[] = [];
  const walk = (relative: string): void => {
    const folder = path.join(root, relative);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      throw unreadable(folder, error);
    }
    for (const entry of entries) {
      const child = relative === '' ? entry.name : path.join(relative, entry.name);
      if (entry.isDirectory()) {
        walk(child);
      } else if (entry.name.toLowerCase().endsWith(EXTENSION) && (entry.isFile() || isFileLink(path.join(root, child)))) {
        found.push(child);
      }
    }
  };
  walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isFileLink(target: string): boolean {
  try {
    return fs.statSync(target).isFile();
  } catch {
    return false;
  }
}

function statOf(given: string): fs.Stats {
  try {
    return fs.statSync(given);
  } catch (error) {
    throw unreadable(given, error);
  }
}

/** Reads a script as UTF-8 text (a BOM is dropped); a binary or non-UTF-8 file is an I/O error. */
export function readScript(file: ScriptFile): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file.diskPath);
  } catch (error) {
    throw unreadable(file.displayPath, error);
  }
  if (bytes.includes(0)) {
    throw new CliFailure('cli.binary', { path: file.displayPath });
  }
  try {
    // TextDecoder drops a leading BOM (ignoreBOM is false by default).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliFailure('cli.notUtf8', { path: file.displayPath });
  }
}

/** Reads the one file `mermaid` takes. */
export function readSingleScript(given: string): string {
  if (statOf(given).isDirectory()) {
    throw new CliFailure('cli.isFolder', { path: given });
  }
  return readScript({ displayPath: given, diskPath: given });
}

function unreadable(target: string, error: unknown): CliFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new CliFailure('cli.notFound', { path: target });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliFailure('cli.permissionDenied', { path: target });
  }
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new CliFailure('cli.unreadable', { path: target, reason });
}
