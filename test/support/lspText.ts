/**
 * Text helpers for the language-server tests: LSP positions of marked text,
 * and a text with the server's edits applied, as an editor applies them.
 */
import { strict as assert } from 'node:assert';
import type { Position, TextEdit } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/index';

/** The position of the first occurrence of `marker` in `text`, plus `delta` characters. */
export function positionOf(text: string, marker: string, delta = 0): Position {
  const offset = text.indexOf(marker);
  assert.ok(offset >= 0, `"${marker}" is in the text`);
  return new LineIndex(text).positionAt(offset + delta);
}

/** Applies LSP edits to a text, from the last to the first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  return out;
}
