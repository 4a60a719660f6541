import { type StringOptions, type TString, Type } from '@sinclair/typebox';
import {
  BEVOEGD_GEZAG_NUMMER_PATTERN,
  BRIN_PATTERN,
  SCHOOLJAAR_FORMAT,
  SCHOOLJAAR_PATTERN,
  VESTIGING_CODE_PATTERN,
} from '@inspectorate/contracts';

/**
 * Characters no name, note or other text a person types may hold: C0
 * controls but tab and newlines (NUL, ESC, ...), DEL and the C1 controls,
 * zero-width and direction marks, the bidi embeddings, overrides and
 * isolates (U+202A-E, U+2066-9: they make `exe.txt` read as `txt.exe`), the
 * BOM, and lone surrogate halves (not text; they break UTF-8 encoders
 * downstream). As a JSON Schema `pattern` (compiled with the `u` flag, so a
 * surrogate range matches only unpaired halves) so any OpenAPI tool checks
 * it too.
 */
export const UNSAFE_TEXT_CLASS =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\uD800-\\uDFFF';
/** The same, and no line breaks or tabs either: for one-line values (names, headers). */
const UNSAFE_LINE_CLASS = `${UNSAFE_TEXT_CLASS}\\t\\n\\r\\u2028\\u2029`;

export const SAFE_TEXT_PATTERN = `^[^${UNSAFE_TEXT_CLASS}]*$`;
export const SAFE_LINE_PATTERN = `^[^${UNSAFE_LINE_CLASS}]*$`;

const SAFE_TEXT = new RegExp(SAFE_TEXT_PATTERN, 'u');
const SAFE_LINE = new RegExp(SAFE_LINE_PATTERN, 'u');

/** For code outside a schema (a value read from a file): true when `value` is safe text. */
export function isSafeText(value: string, multiline = true): boolean {
  return (multiline ? SAFE_TEXT : SAFE_LINE).test(value);
}

type TextOptions = Omit<StringOptions, 'pattern'>;

/**
 * Text a person wrote (a note, a letter body): any printable character, line
 * breaks and tabs, none of the characters above. Every text that enters a
 * service goes through SafeText or SafeLine.
 */
export function SafeText(options: TextOptions & { maxLength: number }): TString {
  return Type.String({
    ...options,
    pattern: SAFE_TEXT_PATTERN,
    'x-why': 'must not contain control characters, direction overrides or lone surrogates',
  });
}

/** One line of text (a name, a subject, a search term): SafeText without line breaks or tabs. */
export function SafeLine(options: TextOptions & { maxLength: number }): TString {
  return Type.String({
    ...options,
    pattern: SAFE_LINE_PATTERN,
    'x-why': 'must be one line without control characters, direction overrides or lone surrogates',
  });
}

/**
 * An e-mail address exactly as the event schemas check it (`format: email`,
 * ASCII only), so what the HTTP edge accepts can always be published.
 */
export const Email = Type.String({
  format: 'email',
  maxLength: 254,
  'x-why':
    'is not an e-mail address (ASCII letters, digits and .-_+ around one @, e.g. naam@school.nl)',
  examples: ['naam@school.nl'],
});

export const BrinParam = Type.String({
  pattern: BRIN_PATTERN,
  'x-why': 'is not a BRIN (two digits and two capital letters, e.g. 12AB)',
});
export const VestigingCodeParam = Type.String({
  pattern: VESTIGING_CODE_PATTERN,
  'x-why': 'is not a vestiging code (BRIN plus two digits, e.g. 12AB00)',
});
export const BoardParam = Type.String({
  pattern: BEVOEGD_GEZAG_NUMMER_PATTERN,
  'x-why': 'is not a bevoegd gezag nummer (five digits, e.g. 41234)',
});
export const SchooljaarParam = Type.String({
  pattern: SCHOOLJAAR_PATTERN,
  format: SCHOOLJAAR_FORMAT,
  'x-why': 'must be two consecutive years like 2024-2025',
});
/** A calendar date that exists (`2026-02-30` does not). */
export const DateParam = Type.String({
  format: 'date',
  'x-why': 'must be a calendar date that exists, written YYYY-MM-DD',
});
