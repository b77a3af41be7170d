// The map's deal filter: one deal's decision chain in full colour, everyone without a
// role on that deal dimmed. The chain is the core's (`deal_chain`: roles on the deal and
// roles for every deal); the chip on the map keeps it current.
import type { AccountMap } from '../api';

class DealFocus {
  accountId = $state<number | null>(null);
  dealId = $state<number | null>(null);
  /** The people with a role on the deal, as the core last said. */
  chain = $state.raw<readonly number[]>([]);

  show(accountId: number, dealId: number): void {
    this.accountId = accountId;
    this.dealId = dealId;
    this.chain = [];
  }

  clear(): void {
    this.accountId = null;
    this.dealId = null;
    this.chain = [];
  }

  /** Whom to dim on this map: nobody unless a deal of this very account is focused. */
  dimmed(map: AccountMap | null): number[] {
    if (!map || this.dealId === null || this.accountId !== map.account.id) return [];
    const kept = new Set(this.chain);
    return map.people.filter((p) => !kept.has(p.id)).map((p) => p.id);
  }
}

export const dealFocus = new DealFocus();
