import type { Fix } from '../diagnostics';
import { didYouMean } from '../didYouMean';
import type { HostInfo } from '../model';
import { sliceEnds, type Sliced } from '../slices';
import type { Identifier, Script } from '../syntax/ast';
import type { ReplayContext } from './context';

/**
 * Resolves host names (RFC 9293 §3.5: a connection has two ends). Hosts are
 * declared by `host` lines or by first use in a segment or action;
 * `expect` and `note` only refer to hosts, so a typo there is an unknown host
 * rather than a new one.
 *
 * The order is the one the pictures draw left to right: declared hosts in
 * declaration order, then the host that opens (the first to send a SYN or
 * `connect`), as RFC 9293's figures put TCP A, the opener, on the left. Only
 * when nobody opens does first use decide, so writing `B: listen` above
 * `A -> B: SYN` does not swap the lifelines.
 */
export interface BoundHosts {
  readonly hosts: HostInfo[];
  readonly title: string | undefined;
}

function replaceFix(id: Identifier, replacement: string): Fix[] {
  return [
    {
      title: { id: 'fix.replaceWith', args: { text: replacement } },
      edits: [{ range: id.range, newText: replacement }],
      preferred: true,
    },
  ];
}

/** Binds the script's host names, yielding between slices of statements (see slices.ts): a long script has many. */
export function* bindHostsInSlices(script: Script, ctx: ReplayContext): Sliced<BoundHosts> {
  const hosts: HostInfo[] = [];
  const byName = new Map<string, number>();
  const declared = new Set<string>();
  /** Names `expect` and `note` lines refer to: checked once every host is known. */
  const references: Identifier[] = [];
  let title: string | undefined;

  const declare = (id: Identifier, label: string | undefined, explicit: boolean): void => {
    const known = byName.get(id.text);
    if (known !== undefined) {
      if (explicit) {
        ctx.report('duplicate-host', id.range, 'host.duplicate', { host: id.text }, {
          related: [{ range: hosts[known]!.declaredAt, message: { id: 'related.declared', args: { host: id.text } } }],
        });
      }
      return;
    }
    if (hosts.length >= 2) {
      const suggestion = didYouMean(id.text, hosts.map((h) => h.name));
      ctx.report(
        'third-host',
        id.range,
        suggestion ? 'host.third.didYouMean' : 'host.third',
        { host: id.text, first: hosts[0]!.name, second: hosts[1]!.name, suggestion: suggestion ?? '' },
        suggestion ? { fixes: replaceFix(id, suggestion) } : {},
      );
      return;
    }
    if (explicit) {
      declared.add(id.text);
    }
    byName.set(id.text, hosts.length);
    hosts.push({ name: id.text, label: label ?? id.text, declaredAt: id.range });
  };

  const { statements } = script;
  for (let index = 0; index < statements.length; index++) {
    if (sliceEnds(index)) {
      yield;
    }
    const statement = statements[index]!;
    switch (statement.kind) {
      case 'title':
        if (title === undefined && statement.text) {
          title = statement.text.value;
        }
        break;
      case 'host':
        if (statement.name) {
          declare(statement.name, statement.label?.value, true);
        }
        break;
      case 'segment': {
        // A name used before declares nothing: its node is made only for a name not seen yet.
        const { fromName, toName } = statement;
        if (fromName !== undefined && !byName.has(fromName)) {
          declare(statement.from!, undefined, false);
        }
        if (toName !== undefined && !byName.has(toName)) {
          declare(statement.to!, undefined, false);
        }
        if (fromName !== undefined && fromName === toName && statement.dup === undefined) {
          ctx.report('self-send', statement.to!.range, 'host.selfSend', { host: toName });
        }
        break;
      }
      case 'action':
        declare(statement.host, undefined, false);
        break;
      case 'start':
        statement.clauses.forEach((clause) => declare(clause.host, undefined, false));
        break;
      case 'expect':
        statement.clauses.forEach((clause) => references.push(clause.host));
        break;
      case 'note':
        if (statement.host) {
          references.push(statement.host);
        }
        break;
      default:
        break;
    }
  }

  const opener = yield* firstOpener(script, byName);
  // Declared hosts first (in their order), then the opener, then the rest by first use.
  const rank = (host: HostInfo, index: number): number => (declared.has(host.name) ? 0 : host.name === opener ? 1 : 2) * hosts.length + index;
  const ranked = hosts.map((host, index) => ({ host, rank: rank(host, index) })).sort((a, b) => a.rank - b.rank);
  hosts.splice(0, hosts.length, ...ranked.map((entry) => entry.host));
  hosts.forEach((host, index) => byName.set(host.name, index));

  const checkReference = (id: Identifier): void => {
    if (!byName.has(id.text)) {
      const suggestion = didYouMean(id.text, hosts.map((h) => h.name));
      ctx.report(
        'unknown-host',
        id.range,
        suggestion ? 'host.unknown.didYouMean' : hosts.length > 0 ? 'host.unknown' : 'host.unknown.none',
        { host: id.text, suggestion: suggestion ?? '', hosts: hosts.map((h) => h.name).join(', ') },
        suggestion ? { fixes: replaceFix(id, suggestion) } : {},
      );
    }
  };
  for (let index = 0; index < references.length; index++) {
    if (sliceEnds(index)) {
      yield;
    }
    checkReference(references[index]!);
  }

  return { hosts, title };
}

/** The host that opens the connection: the first to send a SYN without ACK (not an old duplicate) or to `connect`. */
function* firstOpener(script: Script, known: ReadonlyMap<string, number>): Sliced<string | undefined> {
  const { statements } = script;
  for (let index = 0; index < statements.length; index++) {
    if (sliceEnds(index)) {
      yield;
    }
    const statement = statements[index]!;
    if (statement.kind === 'action' && statement.action === 'connect' && known.has(statement.host.text)) {
      return statement.host.text;
    }
    if (statement.kind === 'segment' && statement.dup === undefined && statement.from && known.has(statement.from.text)) {
      const flags = new Set(statement.flags.map((f) => f.flag ?? f.meant));
      if (flags.has('SYN') && !flags.has('ACK')) {
        return statement.from.text;
      }
    }
  }
  return undefined;
}
