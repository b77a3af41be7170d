// Exporting the current view: PNG (2x), SVG, one-page PDF (an image of the page). The bytes are made
// here; the core writes the file into the export folder and says where.
import { core, type ExportFormat, type SavedExport } from '../api';
import type { MapCanvas } from '../map/canvas';
import { FONT_STACK } from '../model/visuals';
import type { PdfText } from './pdf';
import { sceneToSvg } from './svg';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf'];

export interface ExportRequest {
  canvas: MapCanvas;
  format: ExportFormat;
  /** File name without extension, e.g. "Lakeshore Dairy Group - Network map". */
  name: string;
  /** For the PDF page. */
  page: PdfText;
}

export async function exportBytes(request: ExportRequest): Promise<Uint8Array> {
  const { canvas, format } = request;
  if (format === 'png') return new Uint8Array(await (await canvas.png()).arrayBuffer());
  if (format === 'svg') return new TextEncoder().encode(sceneToSvg(canvas.scene(), FONT_STACK, request.page.title));
  // jsPDF is large: loaded only when a PDF is asked for. The map at 3x (at most
  // 4,000 px a side) fills the page's map area at about 250 dpi.
  const { pdfBytes } = await import('./pdf');
  return pdfBytes({ ...request.page, map: await canvas.png(3, 4000) }, FONT_STACK);
}

/** Makes the file and hands it to the core; resolves to where it was saved. */
export async function exportView(request: ExportRequest): Promise<SavedExport> {
  const bytes = await exportBytes(request);
  // The IPC carries a plain number array (the command's declared argument type).
  return core.saveExport(safeName(request.name), request.format, Array.from(bytes));
}

/** Characters no file system objects to. */
export function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\n\r\t]+/g, ' ').replace(/\s+/g, ' ').trim() || 'map';
}
