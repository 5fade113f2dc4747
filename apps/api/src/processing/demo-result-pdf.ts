import { formatDate } from '@dvc/shared/domain';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

export interface DemoResultText {
  agencyName: string;
  title: string;
  code: string;
  applicantName: string;
  issuedAt: Date;
  officerName: string;
}

/**
 * A one-page result for the demo data (kết quả giải quyết), in Vietnamese: DejaVu Sans carries every
 * tone mark. Marked as demo data so nobody mistakes it for a real document.
 */
export function demoResultPdf(text: DemoResultText): Promise<Buffer> {
  const fonts = join(dirname(createRequire(__filename).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const doc = new PDFDocument({ size: 'A4', margin: 64, lang: 'vi-VN', info: { Title: text.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', join(fonts, 'DejaVuSans.ttf'));
  doc.registerFont('bold', join(fonts, 'DejaVuSans-Bold.ttf'));
  doc.font('bold').fontSize(11).text(text.agencyName.toUpperCase(), { align: 'center' });
  doc.font('regular').text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập – Tự do – Hạnh phúc', {
    align: 'center',
  });
  doc.moveDown(2).font('bold').fontSize(16).text(text.title.toUpperCase(), { align: 'center' });
  doc.moveDown().font('regular').fontSize(11);
  doc.text(`Mã hồ sơ: ${text.code}`);
  doc.text(`Người nộp hồ sơ: ${text.applicantName}`);
  doc.text(`Ngày cấp: ${formatDate(text.issuedAt)}`);
  doc.text(`Cán bộ trả kết quả: ${text.officerName}`);
  doc
    .moveDown(2)
    .fillColor('#a00')
    .text('DỮ LIỆU MẪU (DEMO) — KHÔNG CÓ GIÁ TRỊ PHÁP LÝ', { align: 'center' });
  doc.end();
  return done;
}
