// Turns what the core refused into messages placed next to the fields they are
// about. The core validates; the UI only decides where its words go.
import { ApiError } from '../api';
import { errorText } from '../i18n/problems';

export interface FieldErrors {
  /** Message per input field, keyed by the core's field name (e.g. "name", "strength"). */
  byField: Readonly<Record<string, string>>;
  /** A message with no field of this form to sit next to; shown at the form's foot. */
  general: string | null;
}

export const NO_ERRORS: FieldErrors = { byField: {}, general: null };

/**
 * Places `error` by its field. `fields` maps the core's field names to this form's
 * (a form may show `org_unit_id` as "department"); a field the form does not show
 * becomes the general message, so that no refusal goes unseen.
 */
export function errorsByField(error: unknown, fields?: Readonly<Record<string, string>>): FieldErrors {
  const message = errorText(error);
  if (error instanceof ApiError && error.field) {
    const target = fields ? fields[error.field] : error.field;
    if (target) return { byField: { [target]: message }, general: null };
  }
  return { byField: {}, general: message };
}

/** The field map of a form whose fields keep the core's names: each name to itself. */
export function fieldsOf(labels: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(Object.keys(labels).map((field) => [field, field]));
}
