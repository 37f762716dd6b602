import type { HostInfo, Step } from '../model';
import { isBlank } from './escape';
import { beside, over, type MermaidWriter, type NotePlacement } from './writer';

/** The Network lifeline's id. Hosts are `h0`, `h1`: no host name or Mermaid keyword can collide with these ids. */
export const NETWORK = 'net';

/**
 * Who stands where: a lifeline per host, left to right in the replay's host
 * order (declared, then the opener), and a Network lifeline between them when some segment waits in
 * (or comes out of) the network. Host names never reach Mermaid as ids.
 */
export class Lifelines {
  private readonly ids = new Map<string, string>();
  private readonly besideHost = new Map<string, NotePlacement>();
  private readonly overHosts: NotePlacement | undefined;

  constructor(private readonly hosts: readonly HostInfo[]) {
    hosts.forEach((host, index) => {
      const id = `h${index}`;
      this.ids.set(host.name, id);
      this.besideHost.set(host.name, beside(index === 0 ? 'left' : 'right', id));
    });
    const ids = [...this.ids.values()];
    this.overHosts = ids.length === 0 ? undefined : over(ids.length === 1 ? ids : [ids[0]!, ids[ids.length - 1]!]);
  }

  /** Declares the participants; the Network goes between the first host and the second. */
  declare(writer: MermaidWriter, networkLabel: string | undefined): void {
    this.hosts.forEach((host, index) => {
      writer.participant(`h${index}`, isBlank(host.label) ? host.name : host.label);
      if (index === 0 && networkLabel !== undefined) {
        writer.participant(NETWORK, networkLabel);
      }
    });
  }

  /** The id of a host the diagram draws; undefined for a name the replay could not bind. */
  idOf(host: string): string | undefined {
    return this.ids.get(host);
  }

  /** Beside a host, on the outer side where the RFC figures print its state. */
  beside(host: string): NotePlacement | undefined {
    return this.besideHost.get(host);
  }

  /** Over both hosts (and the Network between them); undefined when there is no host to put it on. */
  overAll(): NotePlacement | undefined {
    return this.overHosts;
  }

  /** Whether a step draws through the Network: a segment sent into it, an old duplicate or a delivery out of it. */
  usesNetwork(step: Step): boolean {
    const detail = step.detail;
    if (detail.kind === 'deliver') {
      return detail.delivered !== undefined && this.ids.has(detail.delivered.to);
    }
    return (
      detail.kind === 'segment' &&
      (detail.dup || detail.fate === 'in-flight') &&
      detail.wire.flags.length > 0 &&
      detail.from !== detail.to &&
      this.ids.has(detail.from) &&
      this.ids.has(detail.to)
    );
  }
}
