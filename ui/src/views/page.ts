// The title block and legend captions of an exported page, in the UI language.
import type { AccountMap, ViewKind } from '../api';
import type { PdfText } from '../export/pdf';
import { i18n, t } from '../i18n/index.svelte';

export function exportPage(map: AccountMap | null, view: ViewKind, privacy: boolean): PdfText {
  const date = new Date().toLocaleDateString(i18n.locale);
  return {
    title: map ? `${map.account.name} - ${t(`view.${view}`)}` : t(`view.${view}`),
    subtitle: privacy ? t('export.privacy') : t('map.label', { account: map?.account.name ?? '' }),
    date: t('export.date', { date }),
    legend: {
      attitude: t('legend.attitude'),
      low: t('attitude.m3'),
      high: t('attitude.p3'),
      notes: [t('legend.influence'), [t('side.customer'), t('side.ours'), t('side.third_party'), t('side.competitor')].join(' / ')],
    },
  };
}
