// 静态加密的中文界面文字：打开已加密工作区时的密码短语输入，以及加密设置（启用、更改密码短语、关闭）。
import type { encryptionEn } from './encryption.en';

export const encryptionZhCN: Readonly<Record<keyof typeof encryptionEn, string>> = {
  'encryption.lockedTitle': '此工作区已加密',
  'encryption.lockedLead': '输入密码短语即可打开。密码短语正确之前，不会读取或更改任何内容。',
  'encryption.passphrase': '密码短语',
  'encryption.unlock': '打开',
  'encryption.unlocking': '正在打开…',
  'encryption.menuItem': '加密…',
  'encryption.title': '加密',
  'encryption.statusOn': '此工作区已加密。没有密码短语，无法读取其文件及备份。',
  'encryption.statusOff': '此工作区未加密。能读取该文件的任何人都能读取其中的数据。',
  'encryption.warning': '一旦遗失密码短语，工作区将无法再打开：任何人（包括 Symbio）都无法恢复。',
  'encryption.newPassphrase': '新密码短语（至少 {min} 个字符）',
  'encryption.confirm': '再次输入新密码短语',
  'encryption.current': '当前密码短语',
  'encryption.mismatch': '两次输入的密码短语不一致',
  'encryption.tooShort': '至少 {min} 个字符',
  'encryption.enable': '加密',
  'encryption.change': '更改密码短语',
  'encryption.disable': '关闭加密',
  'encryption.currentHint': '更改密码短语或关闭加密时需要（关闭后工作区将以未加密形式重新写入）。',
  'encryption.working': '正在重写工作区…',
  'encryption.enabled': '工作区现已加密。',
  'encryption.changed': '密码短语已更改。',
  'encryption.disabled': '工作区已不再加密。',
  'encryption.close': '关闭',
};
