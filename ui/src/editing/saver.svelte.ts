// One editor's save state: runs an edit (saved by the core at once), keeps the
// core's refusal by field for the form to show. No save button anywhere: each
// change is one call. What the edit changed comes back through the store.
import { errorsByField, NO_ERRORS, type FieldErrors } from './errors';

export class Saver {
  errors = $state.raw<FieldErrors>(NO_ERRORS);
  busy = $state(false);

  constructor(private readonly fields?: Readonly<Record<string, string>>) {}

  /** Runs `edit`; true when the core took it. */
  async run(edit: () => Promise<unknown>): Promise<boolean> {
    this.busy = true;
    try {
      await edit();
      this.errors = NO_ERRORS;
      return true;
    } catch (error) {
      this.errors = errorsByField(error, this.fields);
      return false;
    } finally {
      this.busy = false;
    }
  }

  error(field: string): string | undefined {
    return this.errors.byField[field];
  }

  clear(): void {
    this.errors = NO_ERRORS;
  }
}
