import * as vscode from 'vscode';
import type { TextEdit } from '../../core/diagnostics';
import type { Position, Range } from '../../core/text';

/** The core counts as VS Code does (0-based lines, UTF-16 characters), so conversion is one to one. */

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toPosition(position: vscode.Position): Position {
  return { line: position.line, character: position.character };
}

export function fromRange(range: vscode.Range): Range {
  return { start: toPosition(range.start), end: toPosition(range.end) };
}

export function toTextEdit(edit: TextEdit): vscode.TextEdit {
  return new vscode.TextEdit(toRange(edit.range), edit.newText);
}

export function isTcpflow(document: vscode.TextDocument): boolean {
  return document.languageId === 'tcpflow';
}

export const TCPFLOW_SELECTOR: vscode.DocumentSelector = { language: 'tcpflow' };
