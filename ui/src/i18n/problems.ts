// Says what the core refused, in the current language: the problem's code picks the words,
// its values fill them in, and values that are vocabulary (a role, a record kind) are worded too.
import { ApiError, type Problem } from '../api';
import { t, type MessageKey, type Params } from './index.svelte';
import { CATALOGUES } from './translate';

/** The words for a value the core sent, if the catalogue has them, else the value itself. */
function worded(key: string, value: string): string {
  return key in CATALOGUES.en ? t(key as MessageKey) : value;
}

const number = (value: number | null): string => (value === null ? '—' : String(value));

function params(problem: Problem): Params {
  switch (problem.code) {
    case 'out_of_range':
      return { min: number(problem.min), max: number(problem.max), got: number(problem.got) };
    case 'negative':
      return { got: number(problem.got) };
    case 'min_above_max':
      return { min: number(problem.min), max: number(problem.max) };
    case 'not_above':
      return { limit: number(problem.limit), got: number(problem.got) };
    case 'not_one_of':
      return { value: problem.value, allowed: problem.allowed.join(', ') };
    case 'wrong_content':
      return { format: problem.format.toUpperCase() };
    case 'not_readable':
      return { file: problem.file, format: problem.format.toUpperCase() };
    case 'file_too_large':
      return { file: problem.file, size: Math.ceil(problem.bytes / 1048576), max: Math.floor(problem.max_bytes / 1048576) };
    case 'already_has_role':
      return { role: worded(`role.${problem.role}`, problem.role) };
    case 'coverage_taken':
      return { role: worded(`coverage.${problem.role}`, problem.role), holder: problem.holder };
    case 'plan_is':
      return { status: worded(`plan.status.${problem.status}`, problem.status) };
    case 'already_covers':
      return { role: worded(`coverage.${problem.role}`, problem.role) };
    case 'not_found':
      return { entity: worded(`entity.${problem.entity}`, problem.entity), id: problem.id };
    case 'io':
      return { cause: worded(`io.${problem.cause}`, problem.cause) };
    default: {
      const { code: _code, ...rest } = problem as Problem & Record<string, unknown>;
      return rest as Params;
    }
  }
}

/** The problem in words, e.g. "Must be between -3 and 3 (got 7)". */
export function problemText(problem: Problem): string {
  return t(`problem.${problem.code}` as MessageKey, params(problem));
}

/** Any failure in words: the core's problem when it is one, else what the error says. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return problemText(error.problem);
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
