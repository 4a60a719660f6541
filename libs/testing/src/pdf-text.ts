import { execFile } from 'node:child_process';

/**
 * The text of a PDF, read with pdf-parse's PDFParse in a child Node process:
 * pdf.js loads its worker with a dynamic import, which jest's module sandbox
 * refuses (it needs --experimental-vm-modules), while plain Node allows it.
 */
const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  try {
    const result = await parser.getText();
    process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
  } finally {
    await parser.destroy();
  }
});
`;

export function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', SCRIPT],
      { cwd: __dirname, maxBuffer: 20 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`pdf-parse failed: ${stderr || error.message}`));
        resolve(JSON.parse(stdout) as { text: string; pages: number });
      },
    );
    child.stdin!.end(pdf);
  });
}
