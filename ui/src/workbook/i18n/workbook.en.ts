// English UI text of the account's data out (the workbook and CSV files) and of workspace files
// (save a copy, open another, recent). Merged into i18n/en.ts; every key must exist in
// workbook.zh-CN.ts too (the catalogue test checks the merged result).
export const workbookEn = {
  'workbook.title': 'Export the account: people, ties, coverage, findings, team and plan',
  'workbook.heading': 'Account data',
  'workbook.xlsx': 'Export workbook',
  'workbook.csvPeople': 'People as CSV',
  'workbook.csvTies': 'Ties as CSV',
  'workbook.fileName': 'workbook',
  'workbook.peopleName': 'people',
  'workbook.tiesName': 'ties',
  'workbook.exporting': 'Exporting…',
  'workbook.cancel': 'Cancel',
  'workbook.saved': 'Saved {path}',
  'workbook.privacyNote': 'Private details hidden: no profiles or personal ties',
  'workspace.menu': 'Workspace',
  'workspace.menuTitle': 'Workspace files: save a copy, open another, recent files',
  'workspace.saveCopy': 'Save a copy as…',
  'workspace.open': 'Open workspace…',
  'workspace.recent': 'Recent workspaces',
  'workspace.noRecent': 'No other recent workspaces',
  'workspace.filter': 'Symbio workspace',
  'workspace.copied': 'Copy saved to {path}',
  'workspace.current': 'Open now: {path}',
} as const;
