// The one-page PDF: A4 landscape, title (account and view), the map, a compact
// legend and the date. The whole page is painted on a canvas with the system font
// stack and embedded as one image: jsPDF's built-in fonts have no CJK glyphs
// (Chinese names and titles came out as garbage), and embedding a CJK font would
// add megabytes. The map is Cytoscape's own PNG of the drawing at 2-3x, so it
// matches the screen and carries only the map payload, never profile fields.
import { jsPDF } from 'jspdf';
import { ATTITUDE_LEVELS, attitudeSwatch, formatAttitude } from '../model/attitude';

export interface PdfPage {
  title: string;
  subtitle: string;
  /** The map as a PNG (the canvas export at high resolution). */
  map: Blob;
  /** Legend captions, already translated: attitude ends, then side names. */
  legend: { attitude: string; low: string; high: string; notes: string[] };
  date: string;
}

/** The page's text, before the map is attached. */
export type PdfText = Omit<PdfPage, 'map'>;

const PAGE = { w: 297, h: 210, margin: 12 };
/** Image pixels per millimetre of paper (~250 dpi): sharp printed and on a projector. */
const PX_PER_MM = 10;
/** Millimetres per typographic point. */
const PT = 0.3528;
const INK = '#1f2933';
const MUTED = '#52606d';

export async function pdfBytes(page: PdfPage, fontFamily: string): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = PAGE.w * PX_PER_MM;
  canvas.height = PAGE.h * PX_PER_MM;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  // Everything below is drawn in millimetres of the page.
  ctx.scale(PX_PER_MM, PX_PER_MM);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PAGE.w, PAGE.h);
  const text = (value: string, x: number, y: number, size: number, colour: string, weight = 400, align: CanvasTextAlign = 'left', maxWidth?: number) => {
    ctx.font = `${weight} ${size * PT}px ${fontFamily}`;
    ctx.fillStyle = colour;
    ctx.textAlign = align;
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(value, x, y, maxWidth);
  };
  const { margin } = PAGE;
  text(page.date, PAGE.w - margin, margin + 4, 10, MUTED, 400, 'right');
  text(page.title, margin, margin + 4, 16, INK, 700, 'left', PAGE.w - 2 * margin - 50);
  text(page.subtitle, margin, margin + 10, 10, MUTED, 400, 'left', PAGE.w - 2 * margin);

  // The map, scaled to fit the area between the title and the legend.
  const area = { x: margin, y: margin + 15, w: PAGE.w - 2 * margin, h: PAGE.h - 2 * margin - 30 };
  const image = await createImageBitmap(page.map);
  const scale = Math.min(area.w / image.width, area.h / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, area.x + (area.w - w) / 2, area.y + (area.h - h) / 2, w, h);
  image.close();

  // Compact legend along the bottom: the attitude scale with its numbers, then notes.
  const y = PAGE.h - margin - 8;
  text(page.legend.attitude, margin, y - 2, 8, INK);
  ATTITUDE_LEVELS.forEach((level, i) => {
    const s = attitudeSwatch(level);
    ctx.fillStyle = s.fill;
    ctx.fillRect(margin + i * 9, y, 8.5, 5);
    text(formatAttitude(level), margin + i * 9 + 4.25, y + 3.6, 8, s.ink, 600, 'center');
  });
  text(`${page.legend.low} … ${page.legend.high}`, margin, y + 9, 8, MUTED);
  text(page.legend.notes.join('   ·   '), margin + 70, y + 3.6, 8, MUTED, 400, 'left', PAGE.w - 2 * margin - 70);

  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  // JPEG is embedded as is (PNG would be re-encoded in JavaScript, seconds for a page).
  doc.addImage(canvas.toDataURL('image/jpeg', 0.95), 'JPEG', 0, 0, PAGE.w, PAGE.h);
  return new Uint8Array(doc.output('arraybuffer'));
}
