import { check } from './check';
import type { Command } from './command';
import { grade } from './grade/grade';
import { importCapture } from './import';
import { mermaid } from './mermaid';
import { svg } from './svg';

/**
 * Every `tcpflow <name>` command, in the order `--help` lists them. A new
 * command is a file exporting a `Command` (its name, options and `run`), its
 * lines for `--help` in catalogs/usage.ts, and its entry here; run.ts parses
 * the options every command declares and dispatches by name.
 */
export const COMMANDS: readonly Command[] = [check, mermaid, svg, grade, importCapture];
