/** The file is not the DUO list we expected, as a whole: nothing of it is used. */
export class DuoFileRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DuoFileRejected';
  }
}

/** Signatures of files people upload by mistake instead of the CSV list. */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['a ZIP archive or an Excel/Word file (.xlsx, .docx)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a gzip file', [0x1f, 0x8b]],
  ['an old Excel/Word file (.xls, .doc)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
];

/**
 * Refuses, from its first bytes alone, a file that is not text: a known
 * binary signature, or NUL bytes (which no DUO list, in Windows-1252 or
 * UTF-8, contains). Cheap, so an upload is refused before the rest of it is
 * read; the full read would refuse it too, much later.
 */
export function sniffDuoFile(head: Uint8Array): void {
  for (const [what, signature] of BINARY_SIGNATURES) {
    if (signature.every((byte, i) => head[i] === byte))
      throw new DuoFileRejected(`the file is ${what}, not a semicolon-separated DUO list`);
  }
  const window = head.subarray(0, 8192);
  const nul = window.indexOf(0);
  if (nul >= 0)
    throw new DuoFileRejected(
      `the file is binary (a NUL byte at offset ${nul}), not a semicolon-separated DUO list`,
    );
}
