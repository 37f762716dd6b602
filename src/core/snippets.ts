import type { EditorMessageId } from './messages/editor';
import type { HostInfo } from './model';

/**
 * The stories a line can start with: whole handshakes and closes, written as VS Code snippets
 * (`${1:client}` is a tab stop with its default, `$0` where the cursor ends). They are offered by
 * completion, and only at the start of a line, since each one is a block of lines.
 */
export interface Snippet {
  /** Names the snippet's texts in the editor catalog: `snippet.{id}.name` and `snippet.{id}.description`. */
  readonly id: SnippetId;
  /** The words that offer it, as typed at the start of a line. */
  readonly prefixes: readonly string[];
  /** The hosts its tab stops default to when the script has none yet: the one that acts first, then its peer. */
  readonly defaultHosts: readonly [string, string];
  /** The snippet's lines, given the two hosts' names (tab stops $1 and $2 hold them). */
  readonly body: (first: string, second: string) => readonly string[];
  /** Only where a header may still be written, in a script with no host yet (the snippet declares its own). */
  readonly newScriptOnly?: boolean;
}

export type SnippetId = 'handshake' | 'close' | 'simultaneousOpen' | 'simultaneousClose' | 'abort' | 'exercise';

export const SNIPPETS: readonly Snippet[] = [
  {
    id: 'handshake',
    prefixes: ['handshake', '3way'],
    defaultHosts: ['client', 'server'],
    body: (a, b) => [
      `\${2:${b}}: listen`,
      `\${1:${a}} -> \${2:${b}}: SYN seq=100`,
      `\${2:${b}} -> \${1:${a}}: SYN,ACK seq=300 ack=101`,
      `\${1:${a}} -> \${2:${b}}: ACK seq=101 ack=301`,
      `expect \${1:${a}} ESTABLISHED, \${2:${b}} ESTABLISHED`,
      '$0',
    ],
  },
  {
    id: 'close',
    prefixes: ['close4', '4way'],
    defaultHosts: ['client', 'server'],
    body: (a, b) => [
      `\${1:${a}}: close`,
      `\${1:${a}} -> \${2:${b}}: FIN,ACK`,
      `\${2:${b}} -> \${1:${a}}: ACK`,
      `expect \${1:${a}} FIN-WAIT-2, \${2:${b}} CLOSE-WAIT`,
      `\${2:${b}}: close`,
      `\${2:${b}} -> \${1:${a}}: FIN,ACK`,
      `\${1:${a}} -> \${2:${b}}: ACK`,
      `expect \${1:${a}} TIME-WAIT, \${2:${b}} CLOSED`,
      `\${1:${a}}: timeout`,
      '$0',
    ],
  },
  {
    id: 'simultaneousOpen',
    prefixes: ['simopen'],
    defaultHosts: ['A', 'B'],
    body: (a, b) => [
      `\${1:${a}} ~> \${2:${b}}: SYN seq=100 as \${3:a_syn}`,
      `\${2:${b}} -> \${1:${a}}: SYN seq=300`,
      'deliver ${3:a_syn}',
      `\${1:${a}} ~> \${2:${b}}: SYN,ACK seq=100 ack=301 as \${4:a_synack}`,
      `\${2:${b}} -> \${1:${a}}: SYN,ACK seq=300 ack=101`,
      'deliver ${4:a_synack}',
      `expect \${1:${a}} ESTABLISHED, \${2:${b}} ESTABLISHED`,
      '$0',
    ],
  },
  {
    id: 'simultaneousClose',
    prefixes: ['simclose'],
    defaultHosts: ['A', 'B'],
    body: (a, b) => [
      `\${1:${a}}: close`,
      `\${1:${a}} ~> \${2:${b}}: FIN,ACK as \${3:a_fin}`,
      `\${2:${b}}: close`,
      `\${2:${b}} -> \${1:${a}}: FIN,ACK`,
      'deliver ${3:a_fin}',
      `expect \${1:${a}} CLOSING, \${2:${b}} CLOSING`,
      `\${1:${a}} -> \${2:${b}}: ACK`,
      `\${2:${b}} -> \${1:${a}}: ACK`,
      `expect \${1:${a}} TIME-WAIT, \${2:${b}} TIME-WAIT`,
      `\${1:${a}}: timeout`,
      `\${2:${b}}: timeout`,
      '$0',
    ],
  },
  {
    id: 'abort',
    prefixes: ['abort', 'rst'],
    defaultHosts: ['client', 'server'],
    body: (a, b) => [`\${1:${a}}: abort`, `\${1:${a}} -> \${2:${b}}: RST`, `expect \${1:${a}} CLOSED, \${2:${b}} CLOSED`, '$0'],
  },
  {
    id: 'exercise',
    prefixes: ['exercise'],
    defaultHosts: ['client', 'server'],
    newScriptOnly: true,
    // Its own tab stops: the hosts are declared here, with their labels, so $1 is the title.
    body: () => [
      'title "${1:Exercise: open a connection}"',
      'host ${2:client} "${3:Client}"',
      'host ${4:server} "${5:Server}"',
      '',
      '# ${6:Task: open the connection from $2 to $4. Every expect line must hold.}',
      '${4:server}: listen',
      'expect ${2:client} CLOSED, ${4:server} LISTEN',
      '${2:client} -> ${4:server}: SYN seq=100',
      'expect ${2:client} SYN-SENT, ${4:server} SYN-RECEIVED',
      '${4:server} -> ${2:client}: SYN,ACK seq=300 ack=101',
      'expect ${2:client} ESTABLISHED, ${4:server} SYN-RECEIVED',
      '${2:client} -> ${4:server}: ACK seq=101 ack=301',
      'expect ${2:client} ESTABLISHED, ${4:server} ESTABLISHED',
      '$0',
    ],
  },
];

/**
 * A snippet's text for a script: its tab stops default to the hosts the script already has, in
 * their order (the first one acts first: it connects, or it closes), so that accepting every
 * default continues the story with its own hosts; a host the script lacks keeps the snippet's name.
 */
export function snippetText(snippet: Snippet, hosts: readonly HostInfo[]): string {
  const [defaultFirst, defaultSecond] = snippet.defaultHosts;
  const first = hosts[0]?.name ?? defaultFirst;
  const second = hosts[1]?.name ?? (first === defaultSecond ? defaultFirst : defaultSecond);
  return snippet.body(first, second).join('\n');
}

/** The text inserted when every tab stop keeps its default: what the snippet shows before it is chosen. */
export function expandSnippet(text: string): string {
  const defaults = new Map<string, string>();
  let expanded = text;
  // Innermost placeholders first, so a default may hold a tab stop of its own.
  for (let previous = ''; previous !== expanded; ) {
    previous = expanded;
    expanded = expanded.replace(/\$\{(\d+):([^{}]*)\}/g, (_, index: string, value: string) => {
      defaults.set(index, value);
      return value;
    });
  }
  // A mirror ($2) shows its tab stop's default, itself expanded ($2 = `x $1 y`).
  for (let previous = '', round = 0; previous !== expanded && round < 10; round++) {
    previous = expanded;
    expanded = expanded.replace(/\$(\d+)/g, (_, index: string) => defaults.get(index) ?? '');
  }
  return expanded;
}

export function snippetNameId(snippet: Snippet): EditorMessageId {
  return `snippet.${snippet.id}.name`;
}

export function snippetDescriptionId(snippet: Snippet): EditorMessageId {
  return `snippet.${snippet.id}.description`;
}
