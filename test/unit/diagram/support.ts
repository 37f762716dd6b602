import * as assert from 'assert';
import type { DiagramOptions } from '../../../src/core/diagram/mermaid';
import type { Diagram } from '../../../src/core/model';
import { parseSequence, type ParsedSequence } from '../support/mermaidParse';

export const EN: DiagramOptions = { showSeq: true, lang: 'en' };

/** The diagram's lines without indentation, after `sequenceDiagram`. */
export function body(diagram: Diagram): string[] {
  return diagram.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== 'sequenceDiagram');
}

/** Messages and notes as Mermaid read them, in order, as `from->>to: text` and `note left of h0: text`. */
export function drawn(parsed: ParsedSequence): string[] {
  return parsed.items.map((i) =>
    i.kind === 'message' ? `${i.from}${i.arrow}${i.to}: ${i.text}` : i.kind === 'note' ? `note ${i.placement} ${i.actors.join(',')}: ${i.text}` : i.kind,
  );
}

/** Parses with Mermaid and checks the element map against what Mermaid read. */
export async function parsedAndMapped(diagram: Diagram): Promise<ParsedSequence> {
  const parsed = await parseSequence(diagram.text);
  const kinds = parsed.items.filter((i) => i.kind === 'message' || i.kind === 'note').map((i) => i.kind);
  assert.deepStrictEqual(
    diagram.elements.map((e) => e.kind),
    kinds,
    'one element per drawn message and note, in drawing order',
  );
  return parsed;
}
