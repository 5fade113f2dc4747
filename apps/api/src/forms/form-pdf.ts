import PDFDocument from 'pdfkit';
import { vnDateParts } from '@dvc/shared/domain';
import { formFonts } from './form-fonts';
import type { FormLine, FormSheet } from './form-sheet';

/** Bumped when the drawing changes, so cached generated templates are made again (fingerprint). */
export const FORM_PDF_VERSION = 1;

export interface RenderOptions {
  /** Leave content streams uncompressed (tests read them); production compresses. */
  compress?: boolean;
}

const MARGIN = 56;
const BODY = 11;
const LINE_GAP = 2.5;
const DOTS = { length: 1, space: 2 };
const INK = '#111111';
const RULE = '#666666';
const MUTED = '#555555';

type Doc = PDFKit.PDFDocument;

/**
 * Draws a form sheet on A4 with DejaVu Sans embedded (subset), in the shape of Vietnamese
 * administrative forms: national motto, title, "Kính gửi", labelled blanks (dotted lines, or the
 * citizen's answers), the commitment, date and signature block. Pages break between lines.
 */
export function renderFormPdf(sheet: FormSheet, options: RenderOptions = {}): Promise<Buffer> {
  const fonts = formFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: sheet.title,
      Subject: sheet.procedure,
      Author: sheet.agency,
      Creator: 'Cổng Dịch vụ công',
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // pdfkit accepts a parsed fontkit font (anything with layout()); its typings only list sources.
  doc.registerFont('regular', fonts.regular as never);
  doc.registerFont('bold', fonts.bold as never);
  doc.fillColor(INK).lineGap(LINE_GAP);

  header(doc, sheet);
  for (const section of sheet.sections) {
    ensureRoom(doc, 50);
    doc.moveDown(0.6).font('bold').fontSize(BODY).text(section.heading.toLocaleUpperCase('vi'), MARGIN);
    doc.moveDown(0.2);
    for (const line of section.lines) drawLine(doc, line);
  }
  closing(doc, sheet);
  footer(doc, sheet.footer);
  doc.end();
  return done;
}

function contentWidth(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}

/** Starts a new page unless `height` more points fit above the bottom margin (the footer sits below it). */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function header(doc: Doc, sheet: FormSheet): void {
  const width = contentWidth(doc);
  doc.font('bold').fontSize(BODY).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { align: 'center', width });
  doc.text('Độc lập - Tự do - Hạnh phúc', { align: 'center', width });
  const y = doc.y + 2;
  doc
    .moveTo(doc.page.width / 2 - 80, y)
    .lineTo(doc.page.width / 2 + 80, y)
    .lineWidth(0.8)
    .stroke(INK);
  doc.moveDown(1.1);
  doc.fontSize(15).text(sheet.title.toLocaleUpperCase('vi'), MARGIN, doc.y, { align: 'center', width });
  doc
    .moveDown(0.3)
    .font('regular')
    .fontSize(BODY - 1)
    .fillColor(MUTED);
  doc.text(`Thủ tục: ${sheet.procedure}`, { align: 'center', width }).fillColor(INK);
  doc.moveDown(0.8).fontSize(BODY);
  doc.font('bold').text('Kính gửi: ', MARGIN, doc.y, { continued: true }).font('regular').text(sheet.agency);
  if (sheet.instructions) {
    doc
      .moveDown(0.3)
      .fontSize(BODY - 1)
      .fillColor(MUTED);
    doc.text(`Hướng dẫn: ${sheet.instructions}`, MARGIN, doc.y, { width }).fillColor(INK).fontSize(BODY);
  }
}

function drawLine(doc: Doc, line: FormLine): void {
  ensureRoom(doc, 22 * (line.kind === 'blank' ? line.lines : 1));
  doc.font('regular').fontSize(BODY);
  const width = contentWidth(doc);
  const label = `${line.label}: `;
  if (line.kind === 'check') {
    doc.text(`${line.checked ? '☒' : '☐'}  ${line.label}`, MARGIN, doc.y, { width });
  } else if (line.kind === 'choice') {
    const choices = line.options.map((o) => `${o.checked ? '☒' : '☐'} ${o.label}`).join('     ');
    doc.text(label, MARGIN, doc.y, { continued: true }).text(choices, { width });
  } else {
    blank(doc, label, line.value, line.lines, width);
  }
  doc.moveDown(0.1);
}

/** Label, then the answer or dotted lines to the margin (and `lines - 1` more full-width ones). */
function blank(doc: Doc, label: string, value: string | null, lines: number, width: number): void {
  const labelWidth = doc.widthOfString(label);
  const inline = labelWidth < width * 0.6;
  const top = doc.y;
  doc.text(label, MARGIN, top, { width, lineBreak: !inline });
  if (value !== null) {
    const x = inline ? MARGIN + labelWidth : MARGIN;
    doc.font('bold').text(value || '—', x, inline ? top : doc.y, { width: MARGIN + width - x });
    doc.font('regular');
    return;
  }
  let rows = lines;
  let x = MARGIN;
  let y = top;
  if (inline) {
    x += labelWidth;
  } else {
    y = doc.y;
  }
  const lineHeight = doc.currentLineHeight(true) + 4;
  for (; rows > 0; rows--) {
    const base = y + doc.currentLineHeight() - 1;
    doc
      .save()
      .moveTo(x, base)
      .lineTo(MARGIN + width, base)
      .dash(DOTS.length, { space: DOTS.space });
    doc.lineWidth(0.7).stroke(RULE).restore();
    x = MARGIN;
    y += lineHeight;
  }
  doc.x = MARGIN;
  doc.y = y;
}

const COMMITMENT =
  'Tôi cam đoan những nội dung kê khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời cam đoan của mình.';
const SIGNATURE_SPACE = 3;

/** The commitment, date and signature block stay together: measured, then a new page if they don't fit. */
function closing(doc: Doc, sheet: FormSheet): void {
  const width = contentWidth(doc);
  doc.font('regular').fontSize(BODY);
  const line = doc.currentLineHeight(true) + LINE_GAP;
  const lines = 0.8 + 3 + SIGNATURE_SPACE + (sheet.signerName ? 1 : 0) + (sheet.commitment ? 0.8 : 0);
  ensureRoom(doc, lines * line + (sheet.commitment ? doc.heightOfString(COMMITMENT, { width }) : 0));
  doc.moveDown(0.8);
  if (sheet.commitment) {
    doc.text(COMMITMENT, MARGIN, doc.y, { width });
    doc.moveDown(0.8);
  }
  const column = { x: MARGIN + width / 2, width: width / 2 };
  const date = sheet.date ? vnDateParts(sheet.date) : null;
  const when = date
    ? `Ngày ${String(date.day).padStart(2, '0')} tháng ${String(date.month).padStart(2, '0')} năm ${date.year}`
    : '…………, ngày …… tháng …… năm ……';
  doc.text(when, column.x, doc.y, { width: column.width, align: 'center' });
  doc.font('bold').text(sheet.signer, column.x, doc.y, { width: column.width, align: 'center' });
  doc
    .font('regular')
    .fontSize(BODY - 1)
    .fillColor(MUTED);
  doc.text('(Ký, ghi rõ họ, chữ đệm và tên)', column.x, doc.y, { width: column.width, align: 'center' });
  doc.fillColor(INK).fontSize(BODY).moveDown(SIGNATURE_SPACE);
  if (sheet.signerName) {
    doc.font('bold').text(sheet.signerName, column.x, doc.y, { width: column.width, align: 'center' });
  }
}

/** The provenance line at the foot of every page. */
function footer(doc: Doc, text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor(MUTED);
    doc.text(`${text}  —  Trang ${i + 1}/${range.count}`, MARGIN, doc.page.height - MARGIN + 12, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: true,
    });
    doc.page.margins.bottom = bottom;
  }
}
