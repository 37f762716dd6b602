import { check } from './check';
import type { Command } from './command';
import { grade } from './grade/grade';
import { mermaid } from './mermaid';

/** Every `tcpflow <name>` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [check, mermaid, grade];
