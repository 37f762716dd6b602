import { localize } from './messages';
import { hoverText, type HoverMessageId } from './messages/hover';
import type { Lang } from './messages/lang';
import type { Arrival, Step, WireSegment } from './model';
import { rfcMarkdown } from './rfcLink';
import type { ActionName } from './syntax/ast';
import { formatFlags } from './tcp/flags';

/**
 * The hover of an event line: the segment as it went on the wire and what
 * became of it, the action and what it emits, the state changes with their
 * reasons and RFC sections, the replies now owed, and both hosts' states after.
 */
export function eventSections(step: Step, lang: Lang, actionText: string): string[] {
  const t = (id: HoverMessageId, args: Record<string, string | number> = {}): string => hoverText(id, lang, args);
  const sections: string[] = [];
  const detail = step.detail;
  switch (detail.kind) {
    case 'segment':
      if (detail.wire.flags.length === 0) {
        // The line could not be read in full, so nothing was sent.
        return [];
      }
      sections.push(t('hover.event.segment', { from: detail.from, to: detail.to, flags: formatFlags(detail.wire.flags) }));
      sections.push(t('hover.event.wire', { wire: wireText(detail.wire) }));
      if (detail.wire.impliedAck) {
        sections.push(t('hover.event.impliedAck'));
      }
      if (detail.dup) {
        sections.push(t('hover.event.dup', { from: detail.from, to: detail.to }));
      }
      if (detail.fate === 'lost') {
        sections.push(t('hover.event.lost'));
      } else if (detail.fate === 'in-flight') {
        sections.push(detail.name ? t('hover.event.inFlight', { name: detail.name }) : t('hover.event.inFlightOldest'));
      }
      sections.push(...arrivalSections(detail.arrival, lang));
      break;
    case 'deliver':
      if (detail.delivered) {
        const d = detail.delivered;
        sections.push(t('hover.event.deliver', { from: d.from, to: d.to, line: d.sentLine + 1, flags: formatFlags(d.wire.flags) }));
        sections.push(t('hover.event.wire', { wire: wireText(d.wire) }));
      } else {
        sections.push(t('hover.event.deliverNothing'));
      }
      sections.push(...arrivalSections(detail.arrival, lang));
      break;
    case 'action':
      sections.push(
        detail.action
          ? t('hover.event.action', { host: detail.host, action: detail.action, meaning: t(actionMessage(detail.action)) })
          : t('hover.action.unknown', { action: escapeMarkdown(actionText) }),
      );
      if (detail.emits) {
        sections.push(t('hover.event.emits', { host: detail.host, segment: `\`${detail.emits}\`` }));
      }
      break;
  }
  sections.push(...stateSections(step, lang));
  return sections;
}

function arrivalSections(arrival: Arrival | undefined, lang: Lang): string[] {
  if (!arrival) {
    return [];
  }
  const explanation = localize(arrival.explanation, lang);
  return [`${hoverText('hover.event.arrival', lang, { host: arrival.host, explanation })} (${rfcMarkdown(arrival.rfc)})`];
}

/** The state changes with their reasons, the replies each host now owes, and both states after the event. */
function stateSections(step: Step, lang: Lang): string[] {
  const sections: string[] = [];
  if (step.transitions.length === 0) {
    sections.push(hoverText('hover.event.noTransition', lang));
  } else {
    const items = step.transitions.map((tr) => `- **${tr.from} → ${tr.to}**: ${localize(tr.reason, lang)} (${rfcMarkdown(tr.rfc)})`);
    sections.push(`${hoverText('hover.event.transitions', lang)}\n${items.join('\n')}`);
  }
  for (const [host, replies] of Object.entries(step.owes)) {
    if (replies.length > 0) {
      sections.push(hoverText('hover.event.owes', lang, { host, replies: replies.join(' · ') }));
    }
  }
  const states = Object.entries(step.states).map(([host, state]) => `${host}: ${state}`).join(' · ');
  sections.push(hoverText('hover.event.statesAfter', lang, { states }));
  return sections;
}

function actionMessage(action: ActionName): HoverMessageId {
  return `hover.action.${action}`;
}

/** A segment as RFC 9293's figures write it: `<SEQ=100><ACK=301><CTL=SYN,ACK>`. */
export function wireText(wire: WireSegment): string {
  let text = `<SEQ=${wire.seq}>`;
  if (wire.ack !== undefined) {
    text += `<ACK=${wire.ack}>`;
  }
  text += `<CTL=${formatFlags(wire.flags)}>`;
  if (wire.len > 0) {
    text += `<DATA len=${wire.len}>`;
  }
  return text;
}

/** Text from the script shown inside Markdown: its punctuation must stay punctuation. */
export function escapeMarkdown(text: string): string {
  // Line separators and other controls as character references: a raw one could end the hover's line.
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);
}
