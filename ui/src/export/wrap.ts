// Label wrapping as Cytoscape does it for `text-wrap: wrap` (break at white space
// once a line is wider than `text-max-width`), so that an exported SVG shows the
// same lines as the canvas. The measure is injected: a canvas context in the app,
// a fake in unit tests.

/** Splits `label` into the lines Cytoscape draws; explicit newlines always break. */
export function wrapLabel(label: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const line of label.split('\n')) {
    if (measure(line) <= maxWidth) {
      lines.push(line);
      continue;
    }
    let current = '';
    for (const word of line.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      // A single word wider than the limit stays whole, as on the canvas.
      if (!current || measure(candidate) <= maxWidth) current = candidate;
      else {
        lines.push(current);
        current = word;
      }
    }
    lines.push(current);
  }
  return lines;
}

let context: CanvasRenderingContext2D | null | undefined;

/** A measure in the browser, for one font (CSS shorthand, e.g. "600 15px sans-serif"). */
export function canvasMeasure(font: string): (text: string) => number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return (text) => text.length * 8;
  return (text) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}
