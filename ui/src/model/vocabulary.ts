// The core's vocabularies and ranges, as the bindings generate them: the UI offers
// exactly the values the core accepts, in the core's order, and declares none itself.
import { VOCABULARY } from '../api';

export { VOCABULARY };

/** Every whole value of a range, lowest first: the steps of a scale (attitude, influence...). */
export function steps(range: { readonly min: number; readonly max: number }): number[] {
  return Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
}
