// Where the user goes next, asked for by screens that do not own the map: a reminder
// opens a person on their account's map, a new account opens its empty map with the
// quick-add form ready, a deal shows its decision chain. The app reads these and acts
// once the target is drawn. The portfolio of all accounts takes the place of the open
// account until an account is opened again.
import type { AccountView } from '../components/team/AccountTabs.svelte';

export interface PendingPerson {
  accountId: number;
  personId: number;
}

class Navigation {
  view = $state<AccountView>('map');
  /** A person to select once their account's map is drawn. */
  pendingPerson = $state.raw<PendingPerson | null>(null);
  /** An account whose map should open with the quick-add form ready. */
  quickAddFor = $state<number | null>(null);
  remindersOpen = $state(false);
  /** The portfolio screen is shown instead of the open account. */
  portfolioOpen = $state(false);
  /** Opens an account; set by the app (it owns which account is open). */
  openAccount: (accountId: number) => void = () => undefined;

  showPerson(accountId: number, personId: number): void {
    this.portfolioOpen = false;
    this.openAccount(accountId);
    this.view = 'map';
    this.pendingPerson = { accountId, personId };
  }

  showAccount(accountId: number, view: AccountView = 'account'): void {
    this.portfolioOpen = false;
    this.openAccount(accountId);
    this.view = view;
  }

  /** A new account: its empty map, quick add ready. */
  startAccount(accountId: number): void {
    this.portfolioOpen = false;
    this.openAccount(accountId);
    this.view = 'map';
    this.quickAddFor = accountId;
  }
}

export const navigation = new Navigation();
