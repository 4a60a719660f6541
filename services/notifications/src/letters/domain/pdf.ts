import PDFDocument from 'pdfkit';
import { type Attachment, type LetterText, SENDER, referenceRows } from './letter';

/**
 * PDFs of a letter and its attachments, with pdfkit's standard fonts
 * (Helvetica, WinAnsi: covers Dutch diacritics), so the text can be
 * extracted, searched and read aloud. Made from the stored letter text on
 * demand, so the PDF of a letter is the same whenever it is (re)sent.
 */

const MARGIN = 70;

function render(
  draw: (doc: PDFKit.PDFDocument) => void,
  info: PDFKit.DocumentInfo,
): Promise<Buffer> {
  // A fixed creation date keeps the bytes of a letter's PDF the same on every render.
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info, compress: true });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

export function letterPdf(letter: LetterText): Promise<Buffer> {
  return render(
    (doc) => {
      doc.font('Helvetica-Bold').fontSize(14).text(SENDER);
      doc.moveDown(2);
      doc.font('Helvetica').fontSize(11);
      for (const line of letter.addressee) doc.text(line);
      doc.moveDown(1.5);
      for (const [label, value] of referenceRows(letter)) {
        doc.font('Helvetica-Bold').text(`${label}: `, { continued: true });
        doc.font('Helvetica').text(value);
      }
      doc.moveDown(1.5);
      for (const block of letter.blocks) {
        if (block.kind === 'heading') {
          doc.font('Helvetica-Bold').text(block.text);
        } else {
          doc.font('Helvetica').text(block.text, { align: 'left' });
          doc.moveDown(0.8);
        }
      }
      doc.font('Helvetica').text('Met vriendelijke groet,');
      doc.moveDown(2);
      doc.text(letter.signatory.name);
      doc.text(letter.signatory.role);
      if (letter.afschrift) {
        doc.moveDown(1.5);
        doc.fontSize(9).text(`NB: ${letter.afschrift}`);
      }
      if (letter.attachmentTitles.length > 0) {
        doc.moveDown(1);
        doc.fontSize(9).text('Bijlagen:');
        for (const title of letter.attachmentTitles) doc.text(`- ${title}`);
      }
    },
    {
      Title: `${letter.subject} (kenmerk ${letter.kenmerk})`,
      Author: SENDER,
      CreationDate: new Date(0),
    },
  );
}

export function attachmentPdf(attachment: Attachment, kenmerk: string): Promise<Buffer> {
  return render(
    (doc) => {
      doc.font('Helvetica').fontSize(9).text(`Bijlage bij brief met kenmerk ${kenmerk}`);
      doc.moveDown(1);
      doc.font('Helvetica-Bold').fontSize(13).text(attachment.title);
      doc.moveDown(1);
      doc.font('Helvetica').fontSize(11);
      for (const paragraph of attachment.paragraphs) {
        doc.text(paragraph);
        doc.moveDown(0.8);
      }
    },
    { Title: attachment.title, Author: SENDER, CreationDate: new Date(0) },
  );
}

/** File names for the mail and the API: `brief-2026-0000001.pdf`, `bijlage-1-2026-0000001.pdf`. */
export const letterFileName = (kenmerk: string) => `brief-${kenmerk}.pdf`;
export const attachmentFileName = (kenmerk: string, index: number) =>
  `bijlage-${index + 1}-${kenmerk}.pdf`;
