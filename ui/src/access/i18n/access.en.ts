// English UI text of how the workspace file could be opened: in use by another window, read-only,
// a damaged undo history. Merged into i18n/en.ts; every key must exist in access.zh-CN.ts too
// (the catalogue test checks the merged result).
export const accessEn = {
  'error.kind.in_use': 'Open in another window',
  'error.kind.read_only': 'Read-only file',
  'access.inUseTitle': 'This workspace is open in another Symbio window',
  'access.inUseHint':
    'A workspace file is edited in one window at a time, so that no change is lost. Switch to the other Symbio window, or close it and start Symbio again. You can also open another workspace from the Workspace menu.',
  'access.readOnly': 'Read-only: you can view this workspace, but changes cannot be saved to its file.',
  'access.readOnlyHint': 'To edit it, make the file writable and open it again.',
  'access.historyDamaged':
    'Part of the undo history of this workspace is damaged: some earlier actions cannot be undone. Your data is intact.',
  'access.dismiss': 'Dismiss',
} as const;
