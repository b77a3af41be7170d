// What the editing tools have open right now: the quick-add form, the connect
// dialog, the delete confirmation, drawing mode, and the canvas selection they act
// on. One instance for the window, so that actions (keys) and buttons share it.
import * as api from '../api';
import type { AccountMap, DecisionRole } from '../api';

/** What the KAM asked to delete; the core says what goes with it, and deletes it in one action. */
export interface DeletionRequest {
  people: number[];
  ties: number[];
}

export interface TieDraft {
  fromId: number;
  /** Null until picked (keyboard path); set at once when drawn with the mouse. */
  toId: number | null;
}

export class Editor {
  /** Reads the map of the map view the tools are plugged into (the store's value, never a copy). */
  private mapOf = $state.raw<() => AccountMap | null>(() => null);
  /** People and ties selected on the canvas (shift-click, box selection, or one click). */
  selectedPeople = $state.raw<number[]>([]);
  selectedTies = $state.raw<number[]>([]);
  quickAddOpen = $state(false);
  /** Bumped to move focus back into the quick-add form when it is asked for again. */
  quickAddFocus = $state(0);
  tieDraft = $state.raw<TieDraft | null>(null);
  deletion = $state.raw<DeletionRequest | null>(null);
  drawing = $state(false);
  /** The "go to a person" picker (the keyboard way to select someone). */
  goToOpen = $state(false);
  /** Selects a person on the map (the map view's own selection); set by the tools. */
  selectPerson: (personId: number | null) => void = () => undefined;
  /** Bumped to ask the person panel to focus its first field. */
  panelFocus = $state(0);
  /** The person whose "Log a contact" form is open (in their side panel). */
  logContactFor = $state<number | null>(null);
  /** `-` was pressed: the next digit sets a negative attitude. */
  negativeNext = $state(false);
  /**
   * A level picked by key for the selected person: their attitude editor takes it and puts
   * the cursor in the evidence (the core records an attitude only with what showed it).
   */
  attitudeDraft = $state.raw<{ personId: number; value: number } | null>(null);
  /** The keyboard help (`?`) is open. */
  helpOpen = $state(false);
  /** Where a refusal of a keyboard edit is told; set by the app (its notice bar). */
  report: (error: unknown) => void = () => undefined;

  /** The open account's map, as the map view shows it; null while no map view is shown. */
  get map(): AccountMap | null {
    return this.mapOf();
  }

  /** Plugs the tools into a map view that shows `mapOf()`; returns the unplugging. */
  attach(mapOf: () => AccountMap | null): () => void {
    this.mapOf = mapOf;
    return () => {
      if (this.mapOf === mapOf) this.mapOf = () => null;
    };
  }

  get canEdit(): boolean {
    return this.map !== null;
  }

  get hasSelection(): boolean {
    return this.selectedPeople.length > 0 || this.selectedTies.length > 0;
  }

  /** The one person a connection starts from. */
  get single(): number | null {
    return this.selectedPeople.length === 1 ? (this.selectedPeople[0] ?? null) : null;
  }

  get dialogOpen(): boolean {
    return this.tieDraft !== null || this.deletion !== null;
  }

  openQuickAdd(): void {
    if (!this.canEdit) return;
    this.quickAddOpen = true;
    this.quickAddFocus += 1;
  }

  closeQuickAdd(): void {
    this.quickAddOpen = false;
  }

  startConnect(fromId = this.single, toId: number | null = null): void {
    if (fromId === null || !this.canEdit) return;
    this.tieDraft = { fromId, toId };
  }

  askDelete(): void {
    const map = this.map;
    if (!map) return;
    // Only what the map still shows (a selection can outlive an undo).
    const people = this.selectedPeople.filter((id) => map.people.some((p) => p.id === id));
    const ties = this.selectedTies.filter((id) => map.ties.some((t) => t.id === id));
    if (people.length > 0 || ties.length > 0) this.deletion = { people, ties };
  }

  openGoTo(): void {
    if (this.canEdit) this.goToOpen = true;
  }

  toggleDrawing(): void {
    this.drawing = !this.drawing;
  }

  focusPanel(): void {
    this.panelFocus += 1;
  }

  /** Opens "Log a contact" for the one selected person. */
  openLogContact(): void {
    if (this.single !== null && this.canEdit) this.logContactFor = this.single;
  }

  /** The selected person, when they are one of the customer's (attitude and roles are theirs). */
  get assessable(): number | null {
    const id = this.single;
    const person = id === null ? undefined : this.map?.people.find((p) => p.id === id);
    return person && person.side !== 'ours' ? person.id : null;
  }

  /** A digit key: picks the selected person's attitude (negative after `-`), ready for its evidence. */
  setAttitude(digit: number): void {
    const personId = this.assessable;
    const value = this.negativeNext ? -digit : digit;
    this.negativeNext = false;
    if (personId !== null) this.attitudeDraft = { personId, value };
  }

  /** A role key: adds that decision role to the selected person (account-wide); one core action. */
  async addRole(role: DecisionRole): Promise<void> {
    const personId = this.assessable;
    if (personId === null) return;
    await this.attempt(() => api.addDecisionRole({ person_id: personId, role }));
  }

  private async attempt(edit: () => Promise<unknown>): Promise<void> {
    try {
      await edit();
    } catch (error) {
      this.report(error);
    }
  }

  /** Escape: closes the innermost open thing; false when nothing was open. */
  dismiss(): boolean {
    if (this.helpOpen) this.helpOpen = false;
    else if (this.negativeNext) this.negativeNext = false;
    else if (this.logContactFor !== null) this.logContactFor = null;
    else if (this.deletion) this.deletion = null;
    else if (this.tieDraft) this.tieDraft = null;
    else if (this.goToOpen) this.goToOpen = false;
    else if (this.quickAddOpen) this.quickAddOpen = false;
    else if (this.drawing) this.drawing = false;
    else return false;
    return true;
  }
}

export const editor = new Editor();
