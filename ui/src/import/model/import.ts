// The import wizard's pure rules: what a paste that opens the wizard looks like, the
// mapping edits (each field to one column), the decisions sent with the import, and the
// words of a row's problems. The core reads, maps and checks; this only shapes requests.
import type { DuplicateChoice, ImportField, ImportMapping, Level, LevelRule, PreviewRow, RowAction, RowChoice, RowProblem } from '../../api';
import { t, type MessageKey, type Params } from '../../i18n/index.svelte';
import { problemText } from '../../i18n/problems';

/** The fields a column can feed, in the order the mapping lists them. */
export const IMPORT_FIELDS: readonly ImportField[] = [
  'full_name',
  'first_name',
  'last_name',
  'title',
  'department',
  'reports_to',
  'email',
  'phone',
];

export const DUPLICATE_CHOICES: readonly DuplicateChoice[] = ['skip', 'update', 'add_anyway'];

/** The file types the dialog offers. */
export const IMPORT_EXTENSIONS: readonly string[] = ['csv', 'txt', 'tsv', 'xlsx', 'xlsm', 'xls', 'ods'];

/** How many rows the preview table shows; the counts cover every row. */
export const SHOWN_ROWS = 200;

/** A paste of several lines (a list, rows from Excel) goes to the import preview. */
export function isListPaste(text: string): boolean {
  return text.trim().split(/\r?\n/).filter((line) => line.trim() !== '').length > 1;
}

/** The mapping with `column` feeding `field` (or nothing); a field leaves any other column. */
export function withField(mapping: ImportMapping, column: number, field: ImportField | null): ImportMapping {
  return {
    ...mapping,
    columns: mapping.columns.map((current, i) => {
      if (i === column) return field;
      return field !== null && current === field ? null : current;
    }),
  };
}

/** The mapping with the level rules as shown, rule `index` now giving `level`. */
export function withRuleLevel(mapping: ImportMapping, rules: readonly LevelRule[], index: number, level: Level): ImportMapping {
  return { ...mapping, level_rules: rules.map((rule, i) => (i === index ? { ...rule, level } : rule)) };
}

/** What the user decided per row, as the import takes it: only rows with a decision. */
export function rowChoices(duplicates: ReadonlyMap<number, DuplicateChoice>, levels: ReadonlyMap<number, Level>): RowChoice[] {
  const rows = [...new Set([...duplicates.keys(), ...levels.keys()])].sort((a, b) => a - b);
  return rows.map((row) => ({ row, duplicate: duplicates.get(row) ?? null, level: levels.get(row) ?? null }));
}

/** What the import will do with a row once the user's choice for a duplicate is applied. */
export function actionOf(row: PreviewRow, choice: DuplicateChoice | undefined): RowAction {
  if (row.duplicate_of === null || row.name === '') return row.action;
  switch (choice ?? row.choice ?? 'skip') {
    case 'skip':
      return 'skip';
    case 'update':
      return 'update';
    case 'add_anyway':
      return 'create';
  }
}

/** Counts of rows created, updated and skipped under the current choices. */
export function countActions(rows: readonly PreviewRow[], duplicates: ReadonlyMap<number, DuplicateChoice>): Record<RowAction, number> {
  const counts: Record<RowAction, number> = { create: 0, update: 0, skip: 0 };
  for (const row of rows) counts[actionOf(row, duplicates.get(row.row))] += 1;
  return counts;
}

/** The message key and values that word a row's problem. */
export function problemMessage(problem: RowProblem): [MessageKey, Params] {
  switch (problem.code) {
    case 'missing_name':
      return ['import.problem.missing_name', {}];
    case 'unknown_manager':
      return ['import.problem.unknown_manager', { name: problem.name }];
    case 'manager_named_twice':
      return ['import.problem.manager_named_twice', { name: problem.name }];
    case 'duplicate_name':
      return ['import.problem.duplicate_name', { name: problem.name }];
    case 'duplicate_email':
      return ['import.problem.duplicate_email', { name: problem.name }];
    case 'reports_to_cycle':
      return ['import.problem.reports_to_cycle', {}];
    case 'already_reports':
      return ['import.problem.already_reports', {}];
    case 'level_not_recognised':
      return ['import.problem.level_not_recognised', {}];
    case 'refused':
      return ['import.problem.refused', { field: t(`import.field.${problem.field}`), problem: problemText(problem.problem) }];
    case 'cell_count':
      return ['import.problem.cell_count', { cells: problem.cells, expected: problem.expected }];
  }
}
