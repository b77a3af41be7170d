// 客户数据导出（工作簿与 CSV）和工作区文件（另存副本、打开、最近使用）的中文界面文字。
import type { workbookEn } from './workbook.en';

export const workbookZhCN: Readonly<Record<keyof typeof workbookEn, string>> = {
  'workbook.title': '导出客户数据：人员、关系、覆盖、问题、团队与计划',
  'workbook.heading': '客户数据',
  'workbook.xlsx': '导出工作簿',
  'workbook.csvPeople': '人员 CSV',
  'workbook.csvTies': '关系 CSV',
  'workbook.fileName': '客户工作簿',
  'workbook.peopleName': '人员',
  'workbook.tiesName': '关系',
  'workbook.exporting': '正在导出…',
  'workbook.cancel': '取消',
  'workbook.saved': '已保存 {path}',
  'workbook.privacyNote': '已隐藏个人信息：不含个人档案和私人关系',
  'workspace.menu': '工作区',
  'workspace.menuTitle': '工作区文件：另存副本、打开其他工作区、最近使用',
  'workspace.saveCopy': '另存副本…',
  'workspace.open': '打开工作区…',
  'workspace.recent': '最近使用的工作区',
  'workspace.noRecent': '没有其他最近使用的工作区',
  'workspace.filter': 'Symbio 工作区',
  'workspace.copied': '副本已保存到 {path}',
  'workspace.current': '当前打开：{path}',
};
