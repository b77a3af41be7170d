// The map's stylesheet. Every look hangs on a class that model/elements.ts puts on
// the element; nothing is computed per element at draw time (a class selector is
// far cheaper for Cytoscape than a style function).
import type cytoscape from 'cytoscape';
import { attitudeBadge, attitudeClasses } from '../model/attitude';
import { ACCENT, FONT_STACK, INFLUENCE_LEVELS, influenceSize, OURS_CARD, SIDE_SHAPES, SIDES, sideClass, UNASSESSED_SIZE } from '../model/visuals';
import { TIE_LOOKS } from '../model/ties';

type Block = cytoscape.StylesheetStyle;

/** Labels smaller than this on screen are not drawn: a zoomed-out map stays calm and fast. */
const MIN_ZOOMED_FONT_SIZE = 6;

const INK = '#1f2933';
const MUTED = '#52606d';

/** Model-pixel font sizes at scale 1; presenting to a room scales them up. */
const PERSON_FONT = 15;
const GROUP_FONT = 15;
const CAPTION_FONT = 20;

/** From this zoom on, a person's name is drawn (min-zoomed-font-size): below it, labels cost time and show nothing. */
export function legibleZoom(scale: number): number {
  return MIN_ZOOMED_FONT_SIZE / (PERSON_FONT * scale);
}

function personBlocks(scale: number, detail: boolean): Block[] {
  const blocks: Block[] = [
    {
      selector: 'node.person',
      style: {
        'border-width': 1.5,
        'border-color': '#ffffff',
        width: UNASSESSED_SIZE,
        height: UNASSESSED_SIZE,
        ...(detail ? { 'background-fit': 'contain' as const, 'background-clip': 'node' as const } : {}),
      },
    },
  ];
  // Labels only where they can be read: every styled property costs Cytoscape work
  // per element at creation, and measuring thousands of wrapped labels is its
  // single largest cost on a big map (bench/results.md).
  if (detail) {
    blocks.push({
      selector: 'node.person',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': PERSON_FONT * scale,
        color: INK,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': `${Math.round(128 * scale)}px`,
        'line-height': 1.3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
      },
    });
  }
  for (const side of SIDES) {
    blocks.push({ selector: `node.${sideClass(side)}`, style: { shape: SIDE_SHAPES[side] as cytoscape.Css.NodeShape } });
  }
  for (const level of INFLUENCE_LEVELS) {
    const size = influenceSize(level);
    blocks.push({ selector: `node.inf-${level}`, style: { width: size, height: size } });
  }
  for (const { className, swatch } of attitudeClasses()) {
    const style: Block['style'] = { 'background-color': swatch.fill };
    if (detail) style['background-image'] = attitudeBadge(attitudeValue(className), FONT_STACK);
    blocks.push({ selector: `node.${className}`, style });
  }
  blocks.push(
    // Never assessed: hollow, so it cannot be mistaken for neutral.
    { selector: 'node.att-none', style: { 'border-color': '#9aa5b1', 'border-style': 'dashed', 'border-width': 1.5 } },
    // Our own staff carry no attitude: a plain card in the accent colour.
    {
      selector: 'node.side-ours',
      style: {
        'background-color': '#e3eff0',
        'background-image': 'none',
        'border-color': ACCENT,
        'border-style': 'solid',
        'border-width': 2,
        width: OURS_CARD.width,
        height: OURS_CARD.height,
      },
    },
    {
      selector: 'node.hidden-influencer',
      style: { 'border-color': TIE_LOOKS.hidden_influences.colour, 'border-style': 'dashed', 'border-width': 3 },
    },
    {
      selector: 'node.leans-competitor',
      style: { 'outline-width': 2.5, 'outline-color': '#1f2937', 'outline-offset': 2, 'outline-style': 'solid' },
    },
    { selector: 'node.status-left, node.status-moved', style: { opacity: 0.45 } },
  );
  return blocks;
}

function attitudeValue(className: string): number | null {
  if (className === 'att-none') return null;
  if (className === 'att-0') return 0;
  const n = Number(className.slice(5));
  return className.startsWith('att-m') ? -n : n;
}

function groupBlocks(scale: number): Block[] {
  return [
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'corner-radius': '10',
        'background-color': '#ffffff',
        'border-width': 1,
        'border-color': '#d3d8de',
        padding: '8px',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': GROUP_FONT * scale,
        'font-weight': 600,
        color: MUTED,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'min-zoomed-font-size': 5,
        'compound-sizing-wrt-labels': 'include',
      },
    },
    { selector: 'node.group:childless', style: { width: 140, height: 56 } },
    // Band and column titles of the coverage view: text only.
    {
      selector: 'node.caption',
      style: {
        label: 'data(label)',
        shape: 'rectangle',
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        'font-family': FONT_STACK,
        'font-size': CAPTION_FONT * scale,
        'font-weight': 600,
        color: MUTED,
        'text-valign': 'center',
        'text-halign': 'center',
        'min-zoomed-font-size': 5,
        events: 'no',
      },
    },
    {
      selector: 'node.caption-ring',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'ellipse',
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': '#c3ccd5',
        'z-compound-depth': 'bottom',
        'z-index': 0,
      },
    },
    { selector: 'node.caption-band', style: { 'text-halign': 'left', color: ACCENT, 'font-size': CAPTION_FONT * 1.15 * scale } },
    {
      selector: 'node.group-ours',
      style: { 'background-color': '#f1f7f8', 'border-color': ACCENT, 'border-width': 1.5, color: ACCENT },
    },
    { selector: 'node.group-third-party', style: { 'background-color': '#f8f6fb', 'border-color': '#cbc3d9' } },
    { selector: 'node.group-competitor', style: { 'background-color': '#fbf5f4', 'border-color': '#e2c9c4' } },
    { selector: 'node.group-unassigned', style: { 'background-color': '#fafafa', 'border-style': 'dashed' } },
  ];
}

function edgeBlocks(detail: boolean): Block[] {
  const look = (key: keyof typeof TIE_LOOKS) => {
    const l = TIE_LOOKS[key];
    // Far out, ties are plain straight strokes (Cytoscape's fastest edge): arrowheads
    // and dashes could not be told apart at that size, and unset properties cost nothing.
    if (!detail) return { 'line-color': l.colour, width: l.width };
    return {
      'line-color': l.colour,
      'target-arrow-color': l.colour,
      width: l.width,
      'line-style': l.dashed ? ('dashed' as const) : ('solid' as const),
      'target-arrow-shape': l.arrow ? ('triangle' as const) : ('none' as const),
    };
  };
  const base: Block['style'] = detail
    ? { 'curve-style': 'bezier', 'arrow-scale': 0.9, opacity: 0.85, 'line-dash-pattern': [6, 4] }
    : { 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.85 };
  const elbows: Block['style'] = detail ? { 'curve-style': 'taxi', 'taxi-direction': 'vertical', 'taxi-turn': '22px' } : {};
  return [
    { selector: 'edge.tie', style: base },
    // Org-chart elbows: up from the subordinate, across, up into the boss.
    { selector: 'edge.tie-reports-to', style: { ...look('reports_to'), ...elbows } },
    ...(detail ? [{ selector: 'edge.tie-reports-to.straight', style: { 'curve-style': 'bezier' as const } }] : []),
    { selector: 'edge.tie-dotted-line', style: look('dotted_line') },
    { selector: 'edge.tie-influences', style: look('influences') },
    { selector: 'edge.tie-influences.hidden', style: look('hidden_influences') },
    { selector: 'edge.tie-personal', style: look('personal') },
    { selector: 'edge.tie-coverage', style: { opacity: 0.32 } },
    { selector: 'edge.tie-coverage.cov-a', style: look('coverage_A') },
    { selector: 'edge.tie-coverage.cov-b', style: look('coverage_B') },
    { selector: 'edge.tie-coverage.cov-sponsor', style: look('coverage_sponsor') },
  ];
}

function stateBlocks(): Block[] {
  return [
    {
      selector: 'node.person:selected',
      style: { 'underlay-color': ACCENT, 'underlay-opacity': 0.22, 'underlay-padding': 7, 'underlay-shape': 'ellipse' },
    },
    {
      selector: 'node.match',
      style: { 'underlay-color': '#f2b705', 'underlay-opacity': 0.45, 'underlay-padding': 8, 'underlay-shape': 'ellipse' },
    },
    { selector: 'edge.focus', style: { opacity: 1, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.14, 'text-opacity': 0.3 } },
    { selector: 'node.dim', style: { opacity: 0.25 } },
    { selector: 'edge.dim', style: { opacity: 0.08 } },
    { selector: 'edge.faded', style: { opacity: 0.06 } },
    // Coverage gaps from the core's report: a red halo (critical) or an amber one.
    {
      selector: 'node.gap-critical',
      style: { 'underlay-color': '#d1495b', 'underlay-opacity': 0.35, 'underlay-padding': 9, 'underlay-shape': 'ellipse' },
    },
    {
      selector: 'node.gap-warning',
      style: { 'underlay-color': '#e69f00', 'underlay-opacity': 0.35, 'underlay-padding': 9, 'underlay-shape': 'ellipse' },
    },
    { selector: 'node.path-target', style: { 'outline-width': 4, 'outline-color': ACCENT, 'outline-offset': 3 } },
    // Introduction paths: the chain stands out, everything else steps far back.
    { selector: 'edge.on-path', style: { width: 5, opacity: 1, 'z-index': 20, 'line-color': ACCENT, 'target-arrow-color': ACCENT } },
    { selector: 'node.on-path', style: { 'underlay-color': ACCENT, 'underlay-opacity': 0.2, 'underlay-padding': 6 } },
    { selector: '.off-path', style: { opacity: 0.12, 'text-opacity': 0.25 } },
    // Left out by the filter in views drawn over everyone (circles, paths): far back.
    { selector: '.filtered-out', style: { opacity: 0.1, 'text-opacity': 0.2 } },
    // People without a role on the deal whose decision chain is shown.
    { selector: '.off-deal', style: { opacity: 0.22, 'text-opacity': 0.35 } },
  ];
}

/**
 * The stylesheet; `scale` enlarges all type (1.12 when presenting). Without `detail`
 * (a big map zoomed out below legibleZoom) people carry no labels and no attitude
 * numbers (the fill still shows the attitude) and ties are plain strokes: none of it
 * could be read at that size, and leaving it out makes a big map draw and pan
 * several times faster.
 */
export function mapStylesheet(scale = 1, detail = true): cytoscape.StylesheetJson {
  return [...groupBlocks(scale), ...personBlocks(scale, detail), ...edgeBlocks(detail), ...stateBlocks()];
}
