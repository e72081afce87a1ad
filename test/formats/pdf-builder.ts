// Builds readout PDFs at test time with pdf-lib: wrapped lines, paragraph spacing, a running
// header and page numbers, as word processors lay readouts out.
import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

export interface PdfLayout {
  /** Info-dictionary title. */
  title?: string;
  /** Page size in points (default A5, so a readout runs over several pages). */
  pageSize?: [number, number];
  /** A line repeated at the top of every page. */
  runningHeader?: string;
  /** "- n -" at the bottom of every page. */
  pageNumbers?: boolean;
  /** Leave the text layer out: the page only carries drawn shapes, like a scan. */
  imageOnly?: boolean;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays out paragraphs (the first is the title, set larger and bold) as a PDF. */
export async function buildReadoutPdf(paragraphs: string[], layout: PdfLayout = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (layout.title) doc.setTitle(layout.title);
  const body = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [pageWidth, pageHeight] = layout.pageSize ?? [420, 595];
  const margin = 42;
  const width = pageWidth - 2 * margin;
  let page = doc.addPage([pageWidth, pageHeight]);
  let y = pageHeight - margin;
  const pages = [page];
  const newPage = () => {
    page = doc.addPage([pageWidth, pageHeight]);
    pages.push(page);
    y = pageHeight - margin;
  };
  if (layout.imageOnly) {
    page.drawRectangle({ x: margin, y: margin, width, height: pageHeight - 2 * margin, color: rgb(0.9, 0.9, 0.85) });
    for (let i = 0; i < 30; i++) page.drawRectangle({ x: margin + 10, y: pageHeight - margin - 20 - i * 14, width: width - 20 - (i % 3) * 30, height: 6, color: rgb(0.2, 0.2, 0.2) });
    return doc.save();
  }
  const top = () => (layout.runningHeader ? pageHeight - margin - 24 : pageHeight - margin);
  y = top();
  paragraphs.forEach((text, i) => {
    const font = i === 0 ? bold : body;
    const size = i === 0 ? 13 : 10;
    const leading = size * 1.3;
    for (const line of wrap(text, font, size, width)) {
      if (y - leading < margin + 20) {
        newPage();
        y = top();
      }
      y -= leading;
      page.drawText(line, { x: margin, y, size, font });
    }
    y -= size * 0.9; // paragraph spacing
  });
  pages.forEach((p, i) => {
    if (layout.runningHeader) p.drawText(layout.runningHeader, { x: margin, y: pageHeight - margin - 8, size: 8, font: body });
    if (layout.pageNumbers) p.drawText(`- ${i + 1} -`, { x: pageWidth / 2 - 8, y: margin - 10, size: 8, font: body });
  });
  return doc.save();
}
