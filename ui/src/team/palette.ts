// Colours of the team drawings, as literal values: the drawings are exported as
// standalone SVG, where the app's CSS variables do not exist.
export const TEAM_COLOURS = {
  font: "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', Roboto, Helvetica, Arial, sans-serif",
  ink: '#1f2933',
  muted: '#52606d',
  faint: '#7b8794',
  background: '#ffffff',
  cardBorder: '#cbd2d9',
  ours: { strong: '#0f5f66', soft: '#e8f2f3', cluster: '#f4f8f9' },
  customer: { strong: '#b4540a', soft: '#fdf1e4', cluster: '#fffaf4' },
  partner: { strong: '#5b3f96', soft: '#f3effa', cluster: '#faf8fd' },
  managerLine: '#0f5f66',
  leadLine: '#c2610c',
  gap: { fill: '#fdecee', strong: '#9e1428' },
} as const;
