// The one-page PDF: A4 landscape, title (account and view), the map, a compact
// legend and the date. The map is the same SVG as the SVG export, so it carries
// the same guarantee: nothing from personal profiles.
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { ATTITUDE_LEVELS, attitudeSwatch, formatAttitude } from '../model/attitude';

export interface PdfPage {
  title: string;
  subtitle: string;
  svg: string;
  /** Legend captions, already translated: attitude ends, then side names. */
  legend: { attitude: string; low: string; high: string; notes: string[] };
  date: string;
}

const PAGE = { w: 297, h: 210, margin: 12 };

export async function pdfBytes(page: PdfPage): Promise<Uint8Array> {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(16);
  doc.text(page.title, PAGE.margin, PAGE.margin + 4);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(10);
  doc.setTextColor('#52606d');
  doc.text(page.subtitle, PAGE.margin, PAGE.margin + 10);
  doc.text(page.date, PAGE.w - PAGE.margin, PAGE.margin + 4, { align: 'right' });

  // The map, scaled to fit the area between the title and the legend.
  const area = { x: PAGE.margin, y: PAGE.margin + 15, w: PAGE.w - 2 * PAGE.margin, h: PAGE.h - 2 * PAGE.margin - 30 };
  const element = new DOMParser().parseFromString(page.svg, 'image/svg+xml').documentElement;
  const vb = (element.getAttribute('viewBox') ?? '0 0 1 1').split(' ').map(Number);
  const scale = Math.min(area.w / (vb[2] || 1), area.h / (vb[3] || 1));
  const w = (vb[2] || 1) * scale;
  const h = (vb[3] || 1) * scale;
  // svg2pdf reads computed styles: the SVG must be in the document while it works.
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-10000px;top:0;visibility:hidden';
  host.appendChild(element);
  document.body.appendChild(host);
  try {
    await svg2pdf(element, doc, { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, width: w, height: h });
  } finally {
    host.remove();
  }

  // Compact legend along the bottom: the attitude scale with its numbers, then notes.
  const y = PAGE.h - PAGE.margin - 8;
  doc.setFontSize(8);
  doc.setTextColor('#1f2933');
  doc.text(page.legend.attitude, PAGE.margin, y - 2);
  ATTITUDE_LEVELS.forEach((level, i) => {
    const s = attitudeSwatch(level);
    doc.setFillColor(s.fill);
    doc.rect(PAGE.margin + i * 9, y, 8.5, 5, 'F');
    doc.setTextColor(s.ink);
    doc.text(formatAttitude(level).replace('\u2212', '-'), PAGE.margin + i * 9 + 4.25, y + 3.6, { align: 'center' });
  });
  doc.setTextColor('#52606d');
  doc.text(`${page.legend.low} … ${page.legend.high}`, PAGE.margin, y + 9);
  doc.text(page.legend.notes.join('   ·   '), PAGE.margin + 70, y + 3.6, { maxWidth: PAGE.w - 2 * PAGE.margin - 70 });
  return new Uint8Array(doc.output('arraybuffer'));
}
