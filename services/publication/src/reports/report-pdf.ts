import PDFDocument from 'pdfkit';
import type { PublicItem } from '../domain/rules';

/**
 * The non-personalised report of a public item as PDF with extractable text
 * (pdfkit's standard Helvetica, WinAnsi: Dutch diacritics), with the board's
 * zienswijze attached when the item has one (Zeer zwak). Made from the
 * published view only, so it holds nothing the personal-data gate did not
 * pass, and rendered the same every time (fixed creation date): its ETag
 * changes only with the item.
 */

const SENDER = 'Inspectie van het Onderwijs';

export function reportPdf(item: PublicItem): Promise<Buffer> {
  const report = item.report;
  if (!report) throw new Error(`item ${item.itemId} has no report`);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 70,
    compress: true,
    info: { Title: report.title, Author: SENDER, CreationDate: new Date(0) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(14).text(SENDER);
  doc.moveDown(1.5);
  doc.fontSize(16).text(report.title);
  doc.moveDown(1);
  doc.font('Helvetica').fontSize(11);
  for (const [label, value] of facts(item)) {
    doc.font('Helvetica-Bold').text(`${label}: `, { continued: true });
    doc.font('Helvetica').text(value);
  }
  const oordelen = item.fields.oordelen ?? [];
  if (oordelen.length > 0) {
    doc.moveDown(1);
    doc.font('Helvetica-Bold').text('Oordelen per standaard');
    doc.font('Helvetica');
    for (const o of oordelen)
      doc.text(`${o.standaard} ${o.naam}${o.afdeling ? ` (${o.afdeling})` : ''}: ${o.oordeel}`);
  }
  doc.moveDown(1);
  for (const paragraph of report.paragraphs) {
    doc.text(paragraph);
    doc.moveDown(0.8);
  }
  if (item.zienswijze) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(13).text('Bijlage: zienswijze van het bestuur');
    doc.moveDown(0.5);
    doc.fontSize(11).text(item.zienswijze.title);
    doc.moveDown(1);
    doc.font('Helvetica');
    for (const paragraph of item.zienswijze.paragraphs) {
      doc.text(paragraph);
      doc.moveDown(0.8);
    }
  }
  doc.end();
  return done;
}

function facts(item: PublicItem): [string, string][] {
  const f = item.fields;
  const school = [f.schoolName, item.vestigingCode ?? item.brin].filter(Boolean).join(', ');
  const rows: [string, string | null | undefined][] = [
    ['School', school],
    ['Bestuur', [f.boardName, item.bevoegdGezagNummer].filter(Boolean).join(', ')],
    ['Vastgesteld op', f.vastgesteldOn],
    ['Onderzoekskader', f.kader],
    ['Eindoordeel', f.oordeel],
    ['Uitkomst', f.outcome],
    ['Besloten op', f.decidedOn],
    ['Gepubliceerd op', item.publishedAt.slice(0, 10)],
  ];
  return rows.filter((r): r is [string, string] => typeof r[1] === 'string' && r[1] !== '');
}

export const reportFileName = (itemId: string) => `${itemId}.pdf`;
