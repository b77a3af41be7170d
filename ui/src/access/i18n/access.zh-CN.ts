// 工作区文件的打开方式：被其他窗口占用、只读、撤销记录损坏。Merged into i18n/zh-CN.ts.
import type { accessEn } from './access.en';

export const accessZhCN: Readonly<Record<keyof typeof accessEn, string>> = {
  'error.kind.in_use': '已在另一个窗口中打开',
  'error.kind.read_only': '只读文件',
  'access.inUseTitle': '此工作区已在另一个 Symbio 窗口中打开',
  'access.inUseHint':
    '同一个工作区文件同一时间只能在一个窗口中编辑，以免丢失更改。请切换到另一个 Symbio 窗口，或将其关闭后重新启动 Symbio。也可以从“工作区”菜单打开其他工作区。',
  'access.readOnly': '只读：可以查看此工作区，但更改无法保存到文件。',
  'access.readOnlyHint': '如需编辑，请将文件设为可写，然后重新打开。',
  'access.historyDamaged': '此工作区的部分撤销记录已损坏，一些较早的操作无法撤销。数据本身完好无损。',
  'access.dismiss': '关闭',
};
