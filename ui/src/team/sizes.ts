// Sizes of the roster drawing, in SVG units (pixels at 100%), chosen to read on a projector.
export const SIZE = {
  margin: 32,
  card: { w: 200, h: 96 },
  cardGap: 12,
  clusterPad: 10,
  clusterLabel: 26,
  clusterGap: 24,
  /** Cards per row inside one cluster, so a big function does not stretch the drawing. */
  clusterColumns: 4,
  /** Member rows wrap beyond this width. */
  maxRowWidth: 1700,
  rowGap: 28,
  lead: { w: 168, h: 48 },
  leadGap: 14,
  manager: { w: 290, h: 112 },
  partner: { w: 236, h: 104 },
  partnerGap: 16,
  bandCaption: 24,
  /** Vertical room for the lines between bands. */
  lineGap: 96,
  /** Between our account manager and the customer's appointees beside them. */
  hubGap: 64,
  /** How far the appointees' lines loop under the cards, first and per further line. */
  loop: { first: 26, step: 12 },
} as const;
