// A scene (what the canvas draws) as an SVG document. Written here because the
// Cytoscape SVG plug-in is GPL-3. It draws exactly what the scene holds, and the
// scene holds only the map payload: no personal-profile field can reach a file.
import type { Scene, SceneEdge, SceneNode } from '../map/scene';

const MARGIN = 24;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

function polygon(cx: number, cy: number, w: number, h: number, corners: [number, number][]): string {
  return corners.map(([x, y]) => `${f(cx + (x * w) / 2)},${f(cy + (y * h) / 2)}`).join(' ');
}

function shapeOf(n: SceneNode, paint: string): string {
  const { x, y, width: w, height: h } = n;
  switch (n.shape) {
    case 'ellipse':
      return `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(w / 2)}" ry="${f(h / 2)}" ${paint}/>`;
    case 'diamond':
      return `<polygon points="${polygon(x, y, w, h, [[0, -1], [1, 0], [0, 1], [-1, 0]])}" ${paint}/>`;
    case 'hexagon':
      return `<polygon points="${polygon(x, y, w, h, [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]])}" ${paint}/>`;
    default: {
      const r = n.shape.includes('round') ? Math.min(10, w / 4, h / 4) : 0;
      return `<rect x="${f(x - w / 2)}" y="${f(y - h / 2)}" width="${f(w)}" height="${f(h)}" rx="${f(r)}" ${paint}/>`;
    }
  }
}

function textLines(n: SceneNode, lines: string[], top: number): string {
  const lineHeight = n.fontSize * 1.3;
  return lines
    .map(
      (line, i) =>
        `<text x="${f(n.x)}" y="${f(top + i * lineHeight)}" font-size="${f(n.fontSize)}" font-weight="${escapeXml(n.fontWeight)}" fill="${n.textColour}" text-anchor="middle" dominant-baseline="hanging">${escapeXml(line)}</text>`,
    )
    .join('');
}

function nodeSvg(n: SceneNode): string {
  const dash = n.dashed ? ' stroke-dasharray="5 3"' : '';
  const paint = `fill="${n.fill}" stroke="${n.stroke}" stroke-width="${f(n.strokeWidth)}"${dash}`;
  const parts = [n.kind === 'caption' ? '' : shapeOf(n, paint)];
  if (n.badge) {
    parts.push(
      `<text x="${f(n.x)}" y="${f(n.y)}" font-size="${f(Math.max(10, n.height * 0.42))}" font-weight="700" fill="${n.badge.ink}" text-anchor="middle" dominant-baseline="central">${escapeXml(n.badge.text)}</text>`,
    );
  }
  const lines = n.label ? n.label.split('\n') : [];
  if (lines.length > 0) {
    const lineHeight = n.fontSize * 1.3;
    const top =
      n.labelAt === 'bottom'
        ? n.y + n.height / 2 + 5
        : n.labelAt === 'top'
          ? n.y - n.height / 2 - lineHeight * lines.length - 2
          : n.y - (lineHeight * lines.length) / 2;
    parts.push(textLines(n, lines, top));
  }
  return `<g opacity="${f(n.opacity)}">${parts.join('')}</g>`;
}

function edgeSvg(e: SceneEdge, i: number): string {
  const [first, ...rest] = e.points;
  if (!first || rest.length === 0) return '';
  const d =
    e.curved && rest.length === 2
      ? `M${f(first.x)},${f(first.y)} Q${f(rest[0]!.x)},${f(rest[0]!.y)} ${f(rest[1]!.x)},${f(rest[1]!.y)}`
      : `M${f(first.x)},${f(first.y)} ${rest.map((p) => `L${f(p.x)},${f(p.y)}`).join(' ')}`;
  const dash = e.dashed ? ' stroke-dasharray="6 4"' : '';
  const marker = e.arrow ? ` marker-end="url(#arrow-${i})"` : '';
  const defs = e.arrow
    ? `<defs><marker id="arrow-${i}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${e.colour}"/></marker></defs>`
    : '';
  return `${defs}<path d="${d}" fill="none" stroke="${e.colour}" stroke-width="${f(e.width)}" opacity="${f(e.opacity)}"${dash}${marker}/>`;
}

/** The scene as a standalone SVG document, in model coordinates with a margin. */
export function sceneToSvg(scene: Scene, fontFamily: string, title = ''): string {
  const x = scene.x1 - MARGIN;
  const y = scene.y1 - MARGIN;
  const w = scene.width + 2 * MARGIN;
  const h = scene.height + 2 * MARGIN;
  const groups = scene.nodes.filter((n) => n.kind !== 'person');
  const people = scene.nodes.filter((n) => n.kind === 'person');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(x)} ${f(y)} ${f(w)} ${f(h)}" width="${f(w)}" height="${f(h)}" font-family="${escapeXml(fontFamily)}">`,
    title ? `<title>${escapeXml(title)}</title>` : '',
    `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="#ffffff"/>`,
    ...groups.map(nodeSvg),
    ...scene.edges.map(edgeSvg),
    ...people.map(nodeSvg),
    '</svg>',
  ].join('\n');
}
