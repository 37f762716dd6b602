import type { CompletionItem } from './completion';
import { stateBefore, stepBefore } from './locate';
import { localize } from './messages';
import { editorText } from './messages/editor';
import type { Lang } from './messages/lang';
import type { Analysis } from './model';
import { flagExplanation, flagMeaning } from './reference/flags';
import { allowedSends } from './tcp/allowed';
import { parseFlagName, TCP_FLAGS, type TcpFlag } from './tcp/flags';
import type { SendJudge } from './trialSend';

/** The sender of the segment being written, and where. */
export interface FlagSite {
  readonly analysis: Analysis;
  readonly lang: Lang;
  readonly line: number;
  readonly sender: string;
  readonly receiver: string;
  /** An old duplicate (`dup A -> B`): its sender's state does not judge it. */
  readonly dup: boolean;
  /** The engine's verdicts on a segment written here; without it, the state's table alone orders the list. */
  readonly judge: SendJudge | undefined;
}

/**
 * Whole segments after `A -> B:`: what the sender owes after the previous event, then what its
 * state lets it send, then the single bits it may send, and last those its state forbids, each
 * saying why: the engine's own verdict on that segment written on this line.
 */
export function flagCombinations(site: FlagSite): CompletionItem[] {
  const { analysis, lang, line, sender } = site;
  const owed = stepBefore(analysis, line)?.owes[sender] ?? [];
  const state = stateBefore(analysis, sender, line);
  const allowed = allowedSends(state)
    .filter((flags) => !owed.includes(flags))
    .map((flags) => ({ label: flags, detail: editorText('completion.allowed', lang, { host: sender, state }) }));
  const bits = TCP_FLAGS.filter((flag) => !owed.includes(flag) && !allowed.some((a) => a.label === flag)).map((flag) => ({
    label: flag,
    detail: editorText('completion.otherFlag', lang),
    documentation: meaningOf(flag, lang),
  }));
  const owedItems: CompletionItem[] = owed.map((flags) => ({ label: flags, kind: 'flags', detail: editorText('completion.owed', lang, { host: sender }) }));
  const items = [...owedItems, ...judged(site, [], [...allowed, ...bits])];
  return items.map((item, i) => (i === 0 ? { ...item, preselect: true } : item));
}

/** Single bits to add to those written: those that complete an owed or allowed segment first, those the state forbids last. */
export function moreFlags(site: FlagSite, written: readonly TcpFlag[]): CompletionItem[] {
  const { analysis, lang, line, sender } = site;
  const owed = stepBefore(analysis, line)?.owes[sender] ?? [];
  const state = stateBefore(analysis, sender, line);
  const completing: TcpFlag[] = [];
  for (const combination of [...owed, ...allowedSends(state)]) {
    const flags = combination.split(',').map(parseFlagName).filter((f): f is TcpFlag => f !== undefined);
    if (written.every((w) => flags.includes(w))) {
      completing.push(...flags.filter((f) => !written.includes(f)));
    }
  }
  const order = [...new Set([...completing, ...TCP_FLAGS])].filter((f) => !written.includes(f));
  return judged(
    site,
    written,
    order.map((flag) => ({
      label: flag,
      detail: completing.includes(flag) ? editorText('completion.allowed', lang, { host: sender, state }) : editorText('completion.otherFlag', lang),
      documentation: meaningOf(flag, lang),
    })),
  );
}

interface Candidate {
  readonly label: string;
  readonly detail: string;
  readonly documentation?: string;
}

/**
 * The candidates the sender may send, in the order given, then those the engine refuses (with
 * the bits already written): a refused one's detail says so, and its documentation gives the
 * engine's reason before what the bit means.
 */
function judged(site: FlagSite, written: readonly TcpFlag[], candidates: readonly Candidate[]): CompletionItem[] {
  const { analysis, lang, line, sender, receiver } = site;
  const state = stateBefore(analysis, sender, line);
  const known = !site.dup && analysis.hosts.some((h) => h.name === sender) && analysis.hosts.some((h) => h.name === receiver);
  const refusalOf = known ? site.judge?.(analysis, sender, receiver, line) : undefined;
  const sendable: CompletionItem[] = [];
  const refused: CompletionItem[] = [];
  for (const candidate of candidates) {
    const refusal = refusalOf?.([...written, candidate.label].join(','));
    if (refusal) {
      const reason = `${localize(refusal.message, lang)} (${refusal.rfc})`;
      refused.push({
        label: candidate.label,
        kind: 'flags',
        detail: editorText('completion.refused', lang, { host: sender, state }),
        documentation: candidate.documentation ? `${reason}\n\n${candidate.documentation}` : reason,
        refused: true,
      });
    } else {
      sendable.push({ label: candidate.label, kind: 'flags', detail: candidate.detail, ...(candidate.documentation ? { documentation: candidate.documentation } : {}) });
    }
  }
  return [...sendable, ...refused];
}

function meaningOf(flag: TcpFlag, lang: Lang): string {
  return `${flagMeaning(flag, lang)} ${flagExplanation(flag, lang)}`;
}
