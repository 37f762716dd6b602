import type { CompletionItem } from './completion';
import { editorText } from './messages/editor';
import type { Lang } from './messages/lang';
import type { Analysis } from './model';
import { expandSnippet, snippetDescriptionId, snippetNameId, SNIPPETS, snippetText } from './snippets';
import type { Range } from './text';

/**
 * The snippets for a line being started: each under every prefix that offers it, with the
 * script's own hosts as its defaults, its name as the detail, and its description and the
 * lines it inserts as the documentation. The exercise snippet declares its hosts and title,
 * so it is offered only in a script that has nothing else yet.
 */
export function snippetItems(analysis: Analysis, lang: Lang, line: number, replaced: Range): CompletionItem[] {
  const emptyScript = analysis.script.statements.every((s) => s.line === line);
  const items: CompletionItem[] = [];
  for (const snippet of SNIPPETS) {
    if (snippet.newScriptOnly && !emptyScript) {
      continue;
    }
    const text = snippetText(snippet, analysis.hosts);
    const documentation = `${editorText(snippetDescriptionId(snippet), lang)}\n\n\`\`\`tcpflow\n${expandSnippet(text).trimEnd()}\n\`\`\``;
    for (const prefix of snippet.prefixes) {
      items.push({
        label: prefix,
        kind: 'snippet',
        detail: editorText(snippetNameId(snippet), lang),
        documentation,
        insertText: text,
        range: replaced,
      });
    }
  }
  return items;
}
