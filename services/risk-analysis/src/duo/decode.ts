/**
 * DUO publishes its lists in Windows-1252. Some re-saved copies are UTF-8
 * (with or without a byte-order mark). A byte sequence that is valid UTF-8
 * and contains non-ASCII is practically never Windows-1252 text (é in 1252
 * is the lone byte E9, which is invalid UTF-8), so: BOM or valid UTF-8 →
 * UTF-8, anything else → Windows-1252. Plain ASCII decodes the same either way.
 */
export type DuoEncoding = 'utf-8' | 'windows-1252';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Windows-1252's 0x80-0x9F range (€, ‘ ’ “ ” …). Written out because Node's
 * TextDecoder('windows-1252') decodes these bytes as Latin-1 control
 * characters; the other bytes are Latin-1. Unassigned bytes stay as they are.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
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

export function decodeDuo(bytes: Uint8Array): { text: string; encoding: DuoEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
