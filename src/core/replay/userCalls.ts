import type { ActionEvent } from '../syntax/ast';
import { abortSendsRst, allowedActions } from '../tcp/allowed';
import { seqAdd } from '../tcp/sequence';
import type { ReplayContext } from './context';
import { addDebt, type DebtKind } from './debts';
import { chooseIss, newDataStart, type Tcb } from './tcb';

/**
 * A host action line: the user calls of RFC 9293 §3.10.1–§3.10.5, the 2MSL and
 * user timeouts (§3.10.8), and a reboot that loses all connection state
 * (Figures 9 and 10). A call that emits a segment leaves it owed, so that the
 * segment line that follows is the same step.
 */
export function performAction(ctx: ReplayContext, tcb: Tcb, node: ActionEvent): void {
  const action = node.action;
  if (action === undefined) {
    return;
  }
  if (!allowedActions(tcb.state).includes(action)) {
    // CLOSE names the one case that applies: nothing to close at all, or a close already under way (§3.10.4).
    const id = action === 'close' ? (tcb.state === 'CLOSED' ? 'action.close.noConnection' : 'action.close.closing') : `action.${action}.illegal`;
    ctx.report('illegal-action', node.actionRange, id, { host: tcb.name, state: tcb.state }, {
      rfc: ACTION_RFC[action],
      related: ctx.enteredHere(tcb),
    });
    return;
  }
  const owe = (kind: DebtKind, seq: number | undefined, rcvNxt?: number): void =>
    addDebt(tcb, {
      kind,
      flags: kind === 'FIN' ? 'FIN,ACK' : kind,
      origin: 'call',
      seq,
      ack: undefined,
      ...(rcvNxt !== undefined ? { rcvNxt } : {}),
      mandatory: true,
      line: node.line,
      range: node.actionRange,
      reason: { id: `action.${action}.emits`, args: { host: tcb.name } },
    });

  switch (action) {
    case 'listen':
      tcb.passiveOpen = true;
      ctx.follow(tcb, 'passive OPEN', ACTION_RFC.listen);
      break;
    case 'connect': {
      const from = tcb.state;
      tcb.incarnation += 1;
      tcb.ISS = chooseIss(tcb);
      tcb.issTentative = true;
      tcb.SND_UNA = tcb.ISS;
      tcb.SND_NXT = seqAdd(tcb.ISS, 1);
      tcb.passiveOpen = false;
      ctx.follow(tcb, from === 'CLOSED' ? 'active OPEN' : 'SEND', ACTION_RFC.connect);
      owe('SYN', undefined);
      break;
    }
    case 'close':
      if (tcb.state === 'LISTEN' || tcb.state === 'SYN-SENT') {
        tcb.debts = [];
        ctx.follow(tcb, 'CLOSE', ACTION_RFC.close);
      } else {
        tcb.finSeq = newDataStart(tcb);
        tcb.SND_NXT = seqAdd(tcb.SND_NXT ?? 0, 1);
        ctx.follow(tcb, 'CLOSE', ACTION_RFC.close);
        owe('FIN', tcb.finSeq);
      }
      break;
    case 'abort': {
      const sendsRst = abortSendsRst(tcb.state);
      const rstSeq = tcb.SND_NXT;
      const rcvNxt = tcb.RCV_NXT;
      ctx.close(tcb, 'CLOSED', sendsRst ? 'transition.abortRst' : 'transition.abort', ACTION_RFC.abort);
      if (sendsRst) {
        owe('RST', rstSeq, rcvNxt);
      }
      break;
    }
    case 'timeout':
      if (tcb.state === 'TIME-WAIT') {
        ctx.follow(tcb, 'Timeout=2MSL', 'RFC 9293 §3.10.8');
      } else {
        ctx.close(tcb, 'CLOSED', 'transition.userTimeout', 'RFC 9293 §3.10.8');
      }
      break;
    case 'reboot':
      ctx.close(tcb, 'CLOSED', 'transition.reboot', 'RFC 9293 §3.5.1');
      tcb.passiveOpen = false;
      break;
  }
}

const ACTION_RFC = {
  listen: 'RFC 9293 §3.10.1',
  connect: 'RFC 9293 §3.10.1',
  close: 'RFC 9293 §3.10.4',
  abort: 'RFC 9293 §3.10.5',
  timeout: 'RFC 9293 §3.10.8',
  reboot: 'RFC 9293 §3.5.1',
} as const;
