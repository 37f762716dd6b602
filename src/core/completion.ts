import { inFlightBefore, stateBefore, stepBefore } from './locate';
import { editorText, type EditorMessageId } from './messages/editor';
import { hoverText, type HoverMessageId } from './messages/hover';
import type { Lang } from './messages/lang';
import type { Analysis } from './model';
import { flagCombinations, moreFlags, type FlagSite } from './flagCompletion';
import { stateExplanation } from './reference/states';
import { snippetItems } from './snippetCompletion';
import { FIELD_NAMES, isEvent, type FieldName } from './syntax/ast';
import { allowedActions } from './tcp/allowed';
import { formatFlags, parseFlagName, type TcpFlag } from './tcp/flags';
import { TCP_STATES } from './tcp/states';
import { range, type Position, type Range } from './text';
import type { SendJudge } from './trialSend';

export type CompletionKind = 'flags' | 'action' | 'state' | 'host' | 'keyword' | 'field' | 'value' | 'segmentName' | 'snippet';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail: string | undefined;
  /** Markdown. */
  readonly documentation?: string;
  /** What to insert, when it is not the label (`seq=`); for a snippet, in VS Code's snippet syntax. */
  readonly insertText?: string;
  /** The text this item replaces, when it is not the word being typed (a snippet's prefix may start with a digit: `3way`). */
  readonly range?: Range;
  /** Ask for completions again after inserting: a value follows `seq=`. */
  readonly retrigger?: boolean;
  /** The item to select first. */
  readonly preselect?: boolean;
  /** A segment the sender may not send here: the list says so beside the label, not only when the item is selected. */
  readonly refused?: boolean;
}

export interface Completions {
  /** The text the chosen item replaces: the word being typed. */
  readonly range: Range;
  /** Most useful first. */
  readonly items: readonly CompletionItem[];
}

const HOST = '[A-Za-z_][A-Za-z0-9_]*';
const ARROW = '(?:->|-x|~>)';
const SEGMENT_HEAD = new RegExp(`^\\s*(dup\\s+)?(${HOST})\\s*(${ARROW})\\s*(${HOST})\\s*:(.*)$`, 'i');
const RECEIVER_NEXT = new RegExp(`^\\s*(?:dup\\s+)?(${HOST})\\s*${ARROW}\\s*$`, 'i');
const ACTION_NEXT = new RegExp(`^\\s*(${HOST})\\s*:\\s*$`);
const EXPECT_HOST_NEXT = /^\s*expect\s+(?:.*,\s*)?$/i;
const EXPECT_STATE_NEXT = new RegExp(`^\\s*expect\\s+(?:.*,\\s*)?(${HOST})\\s+$`, 'i');
const FLAG_SEPARATOR_END = /[+,/]\s*$/;
const VALUE_NEXT = /(?:^|\s)(seq|ack|len|win)\s*=\s*$/i;

/**
 * What may be written at a position, judged by the connection's state there
 * (from the cached analysis) and by the words before the cursor on its line:
 * after `A -> B:` the segments A owes first, then those its state allows, and
 * last those it forbids, saying why; after `A:` the actions its state allows;
 * after `expect A ` the states, A's current one first; after `deliver ` the
 * segments in flight; field names after the flags, and after `seq=`/`ack=` the
 * sender's SND.NXT/RCV.NXT; at the start of a line, the snippets too. `judge`
 * (the engine's judgeSends) tells the segments the sender may not send.
 */
export function completionsAt(analysis: Analysis, lineText: string, at: Position, lang: Lang, judge?: SendJudge): Completions | undefined {
  const prefix = lineText.slice(0, at.character);
  if (insideStringOrComment(prefix)) {
    return undefined;
  }
  const wordStart = prefix.search(/(?:[A-Za-z_][A-Za-z0-9_-]*|[0-9]*)$/);
  let wordEnd = at.character;
  while (wordEnd < lineText.length && /[A-Za-z0-9_-]/.test(lineText[wordEnd]!)) {
    wordEnd++;
  }
  const head = prefix.slice(0, wordStart);
  const word = prefix.slice(wordStart);
  const items = new Suggest(analysis, lang, at.line, judge).itemsAfter(head, /^\d*$/.test(word));
  // A snippet is a block of lines: it is offered only where a line starts.
  const lineStart = /^(\s*)[A-Za-z0-9_-]*$/.exec(prefix);
  if (lineStart) {
    items.push(...snippetItems(analysis, lang, at.line, range(at.line, lineStart[1]!.length, at.line, wordEnd)));
  }
  return items.length === 0 ? undefined : { range: range(at.line, wordStart, at.line, wordEnd), items };
}

class Suggest {
  constructor(
    private readonly analysis: Analysis,
    private readonly lang: Lang,
    private readonly line: number,
    private readonly judge: SendJudge | undefined,
  ) {}

  /** @param numberOrNothing whether the word being typed is digits (or nothing yet), as a field's value is */
  itemsAfter(head: string, numberOrNothing: boolean): CompletionItem[] {
    const segmentHead = SEGMENT_HEAD.exec(head);
    const valueOf = segmentHead && VALUE_NEXT.exec(segmentHead[5]!);
    if (valueOf) {
      // An old duplicate's numbers are the sender's past, not its variables now.
      return numberOrNothing && !segmentHead[1] ? this.values(segmentHead[2]!, valueOf[1]!.toLowerCase() as FieldName) : [];
    }
    if (/^\s*$/.test(head)) {
      return [...this.keywords(), ...this.hosts(undefined)];
    }
    if (/^\s*dup\s+$/i.test(head) || /^\s*note\s+$/i.test(head)) {
      return this.hosts(undefined);
    }
    const receiver = RECEIVER_NEXT.exec(head);
    if (receiver) {
      return this.hosts(receiver[1]);
    }
    if (segmentHead) {
      const site: FlagSite = { analysis: this.analysis, lang: this.lang, line: this.line, sender: segmentHead[2]!, receiver: segmentHead[4]!, dup: segmentHead[1] !== undefined, judge: this.judge };
      return this.segmentTail(site, segmentHead[3]!, segmentHead[5]!);
    }
    const action = ACTION_NEXT.exec(head);
    if (action) {
      return this.actions(action[1]!);
    }
    const expectState = EXPECT_STATE_NEXT.exec(head);
    if (expectState) {
      return this.states(expectState[1]!);
    }
    if (EXPECT_HOST_NEXT.test(head)) {
      return this.expectHosts(head);
    }
    if (/^\s*deliver\s+$/i.test(head)) {
      return this.inFlight();
    }
    return [];
  }

  /** After `A -> B:`: the flags while only flags were written, then the fields and `as`. */
  private segmentTail(site: FlagSite, arrow: string, tail: string): CompletionItem[] {
    const words = tail.trim() === '' ? [] : tail.trim().split(/[\s+,/]+/).filter((w) => w !== '');
    const written = words.map(parseFlagName);
    const onlyFlags = written.every((f) => f !== undefined) && !/["=]/.test(tail);
    if (onlyFlags && words.length === 0) {
      return flagCombinations(site);
    }
    if (onlyFlags && FLAG_SEPARATOR_END.test(tail)) {
      return moreFlags(site, written as TcpFlag[]);
    }
    if (!/\s$/.test(tail) || /\bas\s+$/i.test(tail)) {
      return [];
    }
    const items = this.fields(tail);
    if (arrow === '~>' && !/\bas\b/i.test(tail)) {
      items.push({ label: 'as', kind: 'keyword', detail: editorText('completion.keyword', this.lang), documentation: this.h('hover.keyword.as') });
    }
    if (onlyFlags) {
      items.push(...moreFlags(site, written as TcpFlag[]));
    }
    return items;
  }

  private fields(tail: string): CompletionItem[] {
    const used = new Set([...tail.matchAll(/(?:^|\s)([a-z]+)\s*=/gi)].map((m) => m[1]!.toLowerCase()));
    return FIELD_NAMES.filter((name) => !used.has(name)).map((name) => ({
      label: name,
      kind: 'field' as const,
      detail: editorText(`completion.field.${name}` as EditorMessageId, this.lang),
      insertText: `${name}=`,
      retrigger: true,
    }));
  }

  /** After `seq=` the sender's SND.NXT, after `ack=` its RCV.NXT: what a real TCP would write. */
  private values(sender: string, field: FieldName): CompletionItem[] {
    const variables = stepBefore(this.analysis, this.line)?.variables[sender];
    const value = field === 'seq' ? variables?.SND_NXT : field === 'ack' ? variables?.RCV_NXT : undefined;
    if (value === undefined) {
      return [];
    }
    const detail = editorText(field === 'seq' ? 'completion.value.sndNxt' : 'completion.value.rcvNxt', this.lang, { host: sender });
    return [{ label: String(value), kind: 'value', detail, preselect: true }];
  }

  private actions(host: string): CompletionItem[] {
    const state = stateBefore(this.analysis, host, this.line);
    return allowedActions(state).map((action, i) => ({
      label: action,
      kind: 'action' as const,
      detail: editorText('completion.action.allowed', this.lang, { state }),
      documentation: this.h(`hover.action.${action}`),
      ...(i === 0 ? { preselect: true } : {}),
    }));
  }

  private states(host: string): CompletionItem[] {
    const current = this.analysis.hosts.some((h) => h.name === host) ? stateBefore(this.analysis, host, this.line) : undefined;
    const order = current ? [current, ...TCP_STATES.filter((s) => s !== current)] : [...TCP_STATES];
    return order.map((state) => ({
      label: state,
      kind: 'state' as const,
      detail: state === current ? editorText('completion.state.current', this.lang, { host, state }) : editorText('completion.state.other', this.lang),
      documentation: stateExplanation(state, this.lang),
      ...(state === current ? { preselect: true } : {}),
    }));
  }

  private hosts(except: string | undefined): CompletionItem[] {
    return this.analysis.hosts
      .filter((h) => h.name !== except)
      .map((h) => ({ label: h.name, kind: 'host' as const, detail: h.label !== h.name ? h.label : editorText('completion.host', this.lang) }));
  }

  /** In `expect`, the hosts not yet given a state on the line first. */
  private expectHosts(head: string): CompletionItem[] {
    const named = new Set([...head.replace(/^\s*expect\s+/i, '').matchAll(new RegExp(`(?:^|,)\\s*(${HOST})`, 'g'))].map((m) => m[1]!));
    const hosts = this.hosts(undefined);
    return [...hosts.filter((h) => !named.has(h.label)), ...hosts.filter((h) => named.has(h.label))];
  }

  private inFlight(): CompletionItem[] {
    return inFlightBefore(this.analysis, this.line)
      .filter((f) => f.name !== undefined)
      .map((f) => ({
        label: f.name!,
        kind: 'segmentName' as const,
        detail: editorText('completion.inFlight', this.lang, { from: f.from, to: f.to, flags: formatFlags(f.wire.flags), line: f.sentLine + 1 }),
      }));
  }

  /** Keywords at the start of a line; `title`, `host` and `start` only in the header, before the first event. */
  private keywords(): CompletionItem[] {
    const firstEvent = this.analysis.script.statements.find(isEvent);
    const inHeader = firstEvent === undefined || this.line <= firstEvent.line;
    const words = inHeader ? (['title', 'host', 'start', 'dup', 'deliver', 'expect', 'note'] as const) : (['dup', 'deliver', 'expect', 'note'] as const);
    return words.map((word) => ({
      label: word,
      kind: 'keyword' as const,
      detail: editorText('completion.keyword', this.lang),
      documentation: this.h(`hover.keyword.${word}`),
    }));
  }

  private h(id: HoverMessageId): string {
    return hoverText(id, this.lang);
  }
}

/** True when the text ends inside a string or a comment, where nothing is completed. */
export function insideStringOrComment(prefix: string): boolean {
  let inString = false;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (inString) {
      if (c === '\\') {
        i++;
      } else if (c === '"') {
        inString = false;
      }
    } else if (c === '"') {
      inString = true;
    } else if (c === '#') {
      return true;
    }
  }
  return inString;
}
