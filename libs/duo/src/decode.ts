import { TextDecoder } from 'node:util';
/**
 * DUO publishes its lists in Windows-1252. Some re-saved copies are UTF-8
 * (with or without a byte-order mark). A byte sequence that is valid UTF-8
 * and contains non-ASCII is practically never Windows-1252 text (é in 1252
 * is the lone byte E9, which is invalid UTF-8), so: BOM or valid UTF-8 →
 * UTF-8, anything else → Windows-1252. Plain ASCII decodes the same either way.
 */
export type DuoEncoding = 'utf-8' | 'windows-1252';

/**
 * Windows-1252's 0x80-0x9F range (€, ‘ ’ “ ” …). Written out because Node's
 * TextDecoder('windows-1252') decodes these bytes as Latin-1 control
 * characters; the other bytes are Latin-1. Unassigned bytes stay as they are.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes to text; byte by byte, so a file may be decoded in any chunks. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  // In chunks: String.fromCharCode with a spread of a whole 3 MB list would overflow the stack.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** A whole file at once (the streamed reader in read.ts applies the same rule chunk by chunk). */
export function decodeDuo(bytes: Uint8Array): { text: string; encoding: DuoEncoding } {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  if (hasUtf8Bom(bytes)) return { text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8' };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252 bytes of a string (for fixture generators); throws on characters 1252 lacks. */
export function encodeWindows1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) {
      out[i] = code;
      continue;
    }
    const byte = CP1252_EXTRA.get(code);
    if (byte === undefined) {
      throw new Error(`character '${text[i]}' (U+${code.toString(16)}) has no Windows-1252 byte`);
    }
    out[i] = byte;
  }
  return out;
}

// The 0x80-0x9F range of Windows-1252, where it differs from Latin-1.
const CP1252_EXTRA = new Map<number, number>(
  [...CP1252_HIGH]
    .map((char, i) => [char.charCodeAt(0), 0x80 + i] as [number, number])
    .filter(([code, byte]) => code !== byte),
);
