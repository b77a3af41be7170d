// Exports of the team drawings (roster, value-chain matrix). Both are inline SVG drawn
// with presentation attributes only (no CSS classes), so the serialized element looks
// exactly like the screen. The drawings hold nothing from personal profiles, so the
// privacy switch has nothing more to strip here. The core writes the file.
import { saveExport, type ExportFormat } from '../api';

export interface ExportPage {
  /** "<account> — Team roster". */
  title: string;
  /** Totals, one line each, already formatted. */
  lines: string[];
  /** "Exported 22 Nov 2026", already formatted. */
  dateLine: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The drawing's own size, from its viewBox. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  return { width: box.width, height: box.height };
}

/** A standalone SVG document of the drawing at its natural size. */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = sizeOf(svg);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the drawing could not be rendered'));
    image.src = url;
  });
}

/** The drawing rendered on an offscreen canvas at `scale` (2 = sharp on a projector). */
export async function renderPng(svg: SVGSVGElement, scale = 2): Promise<Uint8Array> {
  const { width, height } = sizeOf(svg);
  const url = URL.createObjectURL(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the PNG could not be encoded');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** jsPDF's built-in fonts cover Latin-1 only; other text is drawn by the browser instead. */
function pdfFontsCover(text: string): boolean {
  return /^[\u0020-\u00ff\u2013\u2014\u2026\n]*$/.test(text);
}

/** A4 landscape: title, the drawing fitted below it, the totals and the date. */
export async function renderPdf(svg: SVGSVGElement, page: ExportPage): Promise<Uint8Array> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4' });
  const pageW = doc.internal.pageSize.getWidth();
  const pageH = doc.internal.pageSize.getHeight();
  const margin = 36;
  const allText = [page.title, ...page.lines, page.dateLine, svg.textContent ?? ''].join('\n');
  const vector = pdfFontsCover(allText);

  const footer = page.lines.length * 14 + 30;
  const { width, height } = sizeOf(svg);
  const scale = Math.min((pageW - 2 * margin) / width, (pageH - 2 * margin - 34 - footer) / height);
  const w = width * scale;
  const h = height * scale;
  const x = (pageW - w) / 2;
  const y = margin + 34;

  if (vector) {
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(18);
    doc.text(page.title, margin, margin + 12);
    await svg2pdf(svg, doc, { x, y, width: w, height: h });
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(10);
    page.lines.forEach((line, i) => doc.text(line, margin, y + h + 22 + i * 14));
    doc.setTextColor(110);
    doc.text(page.dateLine, pageW - margin, pageH - margin / 2, { align: 'right' });
  } else {
    // Whole page as one picture: the title and totals are drawn by the browser, which has the fonts.
    const png = await renderPng(pageSvg(svg, page), 2);
    doc.addImage(png, 'PNG', margin, margin, pageW - 2 * margin, pageH - 2 * margin);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

/** The PDF page composed as one SVG (used when the text needs the browser's fonts). */
function pageSvg(svg: SVGSVGElement, page: ExportPage): SVGSVGElement {
  const pageW = 1600;
  const pageH = Math.round(pageW / Math.SQRT2);
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('viewBox', `0 0 ${pageW} ${pageH}`);
  const text = (content: string, x: number, y: number, size: number, weight = 'normal', anchor = 'start') => {
    const node = document.createElementNS(SVG_NS, 'text');
    Object.entries({ x, y, 'font-size': size, 'font-weight': weight, 'text-anchor': anchor, fill: '#1f2937' }).forEach(([k, v]) =>
      node.setAttribute(k, String(v)),
    );
    node.setAttribute('font-family', 'system-ui, sans-serif');
    node.textContent = content;
    out.appendChild(node);
  };
  const footer = page.lines.length * 26 + 40;
  const { width, height } = sizeOf(svg);
  const scale = Math.min(pageW / width, (pageH - 60 - footer) / height);
  text(page.title, 0, 30, 30, '600');
  const drawing = svg.cloneNode(true) as SVGSVGElement;
  drawing.setAttribute('x', String((pageW - width * scale) / 2));
  drawing.setAttribute('y', '50');
  drawing.setAttribute('width', String(width * scale));
  drawing.setAttribute('height', String(height * scale));
  out.appendChild(drawing);
  const top = 50 + height * scale + 36;
  page.lines.forEach((line, i) => text(line, 0, top + i * 26, 18));
  text(page.dateLine, pageW, pageH - 8, 16, 'normal', 'end');
  return out;
}

/** Renders the drawing in `format` and has the core save it; resolves to the saved path. */
export async function exportDrawing(svg: SVGSVGElement, name: string, format: ExportFormat, page: ExportPage): Promise<string> {
  let bytes: Uint8Array;
  if (format === 'svg') bytes = new TextEncoder().encode(serializeSvg(svg));
  else if (format === 'png') bytes = await renderPng(svg, 2);
  else bytes = await renderPdf(svg, page);
  const saved = await saveExport(name, format, Array.from(bytes));
  return saved.path;
}

/** A file name from the account and the view, safe on every platform. */
export function exportName(account: string, view: string): string {
  const printable = Array.from(`${account} ${view}`.normalize('NFKC'), (ch) => (ch < ' ' ? ' ' : ch)).join('');
  const slug = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-');
  return slug || 'team';
}
