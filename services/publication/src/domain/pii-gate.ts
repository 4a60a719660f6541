/**
 * The personal-data gate in front of every public channel. It walks a
 * document (nested JSON, or plain text) and reports each piece of personal
 * data it finds with its kind, its JSON path and a masked excerpt, so a
 * reviewer sees why an item was held without the gate itself leaking it.
 * Pure: the persons and addresses known to the case are passed in.
 */

export type PiiKind = 'person-name' | 'email' | 'phone' | 'bsn' | 'address' | 'date-of-birth';

export interface PiiHit {
  kind: PiiKind;
  /** JSONPath-like: `$`, `$.report.body`, `$.persons[0]["e-mail"]`. */
  path: string;
  /** Context around the hit with every hit in it masked; never the full value. */
  excerpt: string;
}

export interface KnownAddress {
  street?: string;
  houseNumber: string | number;
  postcode?: string;
}

export interface PiiGateInput {
  /** Full names of persons known to the case (inspectors, reporters, contacts, ...). */
  personNames?: readonly string[];
  /** Home addresses of those persons. */
  personAddresses?: readonly KnownAddress[];
  /** Public addresses (a school's own): never a hit, even if also listed as personal. */
  allowedAddresses?: readonly KnownAddress[];
}

interface Span {
  kind: PiiKind;
  start: number;
  end: number;
}

const EXCERPT_CONTEXT = 15;

// ----- normalisation --------------------------------------------------------

/** Lower case, accents off, runs of whitespace as one space: "Ëva  de Vries" ~ "eva de vries". */
const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** Like fold, character for character, so indices in the result are indices in the text. */
const foldInPlace = (s: string): string =>
  Array.from(s, (ch) => {
    const f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return f.length === ch.length ? f : ch;
  }).join('');

const normPostcode = (p: string): string => p.replace(/\s+/g, '').toUpperCase();
const normNumber = (n: string | number): string => String(n).replace(/\s+/g, '').toLowerCase();
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const addressKey = (a: KnownAddress): string =>
  `${normPostcode(a.postcode ?? '')}|${normNumber(a.houseNumber)}|${fold(a.street ?? '')}`;

// ----- detectors on text ----------------------------------------------------

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DATE_SRC =
  `(?<![\\d.])(?:\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?` +
  `|\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+\\d{4})(?!\\d)`;
const DATE = new RegExp(DATE_SRC, 'giu');
/** A date shortly after a birth marker: "geboren op 3 mei 1990", "geb. 03-05-1990". */
const DOB = new RegExp(`(?:geboren|geboortedatum|geb\\.)[^\\d\\n]{0,20}?(${DATE_SRC})`, 'giu');

/**
 * Things that look like numbers but are school data or dates: kenmerken
 * (2026-0000001), dates and timestamps. They are blanked before the phone and
 * BSN detectors run so their digits cannot be read as a phone number.
 */
const NOT_PERSONAL = [/\b(?:19|20)\d{2}-\d{5,8}\b/g, DATE];

/** Dutch numbers: 0 / +31 / 0031, an optional "(0)", then nine digits with single separators. */
const PHONE =
  /(?<![\w+\-/.])(?:\+31|0031|0)(?:[\s-]?\(0\))?(?:[\s-]?[1-9])(?:[\s-]?\d){8}(?![\w/]|-\d)/g;

/**
 * A person named with a title, whoever they are (the gate only knows the
 * names it is given, and a source may not give any): "de heer J. de Vries",
 * "mevrouw Jansen", "dhr. Bakker", "juf Anna".
 */
const TITLED_NAME =
  /(?<![\p{L}])(?:[Dd]e heer|[Mm]evrouw|[Mm]eneer|[Mm]evr\.|[Mm]w\.|[Dd]hr\.|[Jj]uf(?:frouw)?|[Mm]eester)\s+(?:\p{Lu}\.\s*)*(?:(?:van|de|der|den|ten|ter|het|in 't)\s+)*\p{Lu}[\p{L}'-]+/gu;

/** Where someone lives, said in words: "woont aan de Dorpsstraat 12", "woonadres Laan 3a". */
const LIVES_AT =
  /(?<![\p{L}])(?:woont|woonachtig|woonadres)\s+(?:(?:aan|op|in)\s+)?(?:de\s+|het\s+)?\p{Lu}[\p{L}.'-]*(?:\s+[\p{L}.'-]+){0,3}\s+\d{1,5}[a-zA-Z]?(?![\p{N}])/gu;

/** Nine digits, or the written form 1234.56.782. */
const BSN = /(?<![\w\-/.,])(?:\d{9}|\d{4}\.\d{2}\.\d{3})(?![\w\-/]|[.,]\d)/g;

/** The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function passesElfProef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function blank(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of spans)
    out = out.slice(0, s.start) + '#'.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function matchAll(re: RegExp, text: string, kind: PiiKind, group = 0): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
    const value = m[group];
    const start = m.index + m[0].lastIndexOf(value);
    spans.push({ kind, start, end: start + value.length });
  }
  return spans;
}

interface Compiled {
  names: RegExp[];
  addresses: RegExp[];
  personAddresses: KnownAddress[];
}

function compile(input: PiiGateInput): Compiled {
  const allowed = new Set((input.allowedAddresses ?? []).map(addressKey));
  const allowedPc = new Set(
    (input.allowedAddresses ?? []).map(
      (a) => `${normPostcode(a.postcode ?? '')}|${normNumber(a.houseNumber)}`,
    ),
  );
  const personAddresses = (input.personAddresses ?? []).filter(
    (a) =>
      !allowed.has(addressKey(a)) &&
      !allowedPc.has(`${normPostcode(a.postcode ?? '')}|${normNumber(a.houseNumber)}`),
  );
  const wordStart = '(?<![\\p{L}\\p{N}])';
  const wordEnd = '(?![\\p{L}\\p{N}])';
  const names = (input.personNames ?? [])
    .map(fold)
    // A one-letter "name" would hit everywhere; it cannot identify anyone on its own.
    .filter((n) => n.length >= 2)
    .map((n) => new RegExp(wordStart + n.split(' ').map(escapeRe).join('\\s+') + wordEnd, 'giu'));
  const addresses: RegExp[] = [];
  for (const a of personAddresses) {
    const num = escapeRe(normNumber(a.houseNumber));
    if (a.street) {
      const street = fold(a.street).split(' ').map(escapeRe).join('\\s+');
      addresses.push(new RegExp(`${wordStart}${street}\\s+${num}(?![\\p{N}])`, 'giu'));
    }
    if (a.postcode) {
      const pc = normPostcode(a.postcode);
      const pcRe = `${escapeRe(pc.slice(0, 4))}\\s?${escapeRe(pc.slice(4))}`;
      // Postcode and house number together identify a home, in either order.
      addresses.push(
        new RegExp(`${wordStart}${pcRe}[\\s,]+(?:nr\\.?\\s*)?${num}(?![\\p{N}])`, 'giu'),
      );
      addresses.push(new RegExp(`${wordStart}${num}[\\s,]+${pcRe}${wordEnd}`, 'giu'));
    }
  }
  return { names, addresses, personAddresses };
}

/** Spans of personal data in one string, most specific kind first, never overlapping. */
function scanText(text: string, c: Compiled): Span[] {
  const folded = foldInPlace(text);
  const found: Span[] = [];
  const claim = (spans: Span[]): void => {
    for (const s of spans) {
      if (!found.some((f) => s.start < f.end && f.start < s.end)) found.push(s);
    }
  };
  claim(matchAll(EMAIL, text, 'email'));
  claim(matchAll(DOB, text, 'date-of-birth', 1));
  for (const re of c.addresses) claim(matchAll(re, folded, 'address'));
  for (const re of c.names) claim(matchAll(re, folded, 'person-name'));
  claim(matchAll(LIVES_AT, text, 'address'));
  claim(matchAll(TITLED_NAME, text, 'person-name'));
  const neutral = blank(
    blank(text, found),
    NOT_PERSONAL.flatMap((re) => matchAll(re, text, 'phone')),
  );
  claim(matchAll(PHONE, neutral, 'phone'));
  const forBsn = blank(neutral, found);
  claim(
    matchAll(BSN, forBsn, 'bsn').filter((s) =>
      passesElfProef(text.slice(s.start, s.end).replace(/\./g, '')),
    ),
  );
  return found.sort((a, b) => a.start - b.start);
}

// ----- masking --------------------------------------------------------------

/** The first character and a fixed-length mask: it shows the kind of thing, not the thing. */
const mask = (value: string): string => `${value[0]}***`;

function excerpts(text: string, spans: readonly Span[]): string[] {
  let masked = '';
  const at: Array<{ start: number; end: number }> = [];
  let pos = 0;
  for (const s of spans) {
    masked += text.slice(pos, s.start);
    const m = mask(text.slice(s.start, s.end));
    at.push({ start: masked.length, end: masked.length + m.length });
    masked += m;
    pos = s.end;
  }
  masked += text.slice(pos);
  return at.map(({ start, end }) => {
    const from = Math.max(0, start - EXCERPT_CONTEXT);
    const to = Math.min(masked.length, end + EXCERPT_CONTEXT);
    return (
      (from > 0 ? '…' : '') +
      masked.slice(from, to).replace(/\s+/g, ' ') +
      (to < masked.length ? '…' : '')
    );
  });
}

// ----- walking a document ---------------------------------------------------

const DOB_KEY =
  /^(?:geboortedatum|geboorte_?datum|geb_?datum|dateofbirth|date_of_birth|birthdate|birth_date|dob)$/i;
const POSTCODE_VALUE = /^\d{4}\s?[A-Z]{2}$/i;

const childPath = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;

/** A record with a person's postcode and house number in separate fields. */
function recordAddress(obj: Record<string, unknown>, c: Compiled): KnownAddress | undefined {
  const values = Object.values(obj).filter(
    (v): v is string | number => typeof v === 'string' || typeof v === 'number',
  );
  const postcodes = new Set(
    values
      .filter((v) => typeof v === 'string' && POSTCODE_VALUE.test(v.trim()))
      .map((v) => normPostcode(String(v))),
  );
  const numbers = new Set(values.map(normNumber));
  return c.personAddresses.find(
    (a) =>
      a.postcode &&
      postcodes.has(normPostcode(a.postcode)) &&
      numbers.has(normNumber(a.houseNumber)),
  );
}

/**
 * Every piece of personal data in `doc` (a string, or any JSON value). An
 * empty list means the item may pass; otherwise it goes to review with these hits.
 */
export function scanForPii(doc: unknown, input: PiiGateInput = {}): PiiHit[] {
  const c = compile(input);
  const hits: PiiHit[] = [];
  const seen = new Set<object>();
  const walk = (value: unknown, path: string, key?: string): void => {
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      if (key !== undefined && DOB_KEY.test(key) && text.trim() !== '') {
        hits.push({ kind: 'date-of-birth', path, excerpt: `${key}: ${mask(text)}` });
        return;
      }
      const spans = scanText(text, c);
      excerpts(text, spans).forEach((excerpt, i) =>
        hits.push({ kind: spans[i].kind, path, excerpt }),
      );
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (seen.has(value))
      throw new Error(`pii gate: ${path} refers back to itself; a document must be a tree`);
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, childPath(path, i)));
    } else {
      const obj = value as Record<string, unknown>;
      const addr = recordAddress(obj, c);
      if (addr) {
        hits.push({
          kind: 'address',
          path,
          excerpt: `postcode ${mask(normPostcode(addr.postcode ?? ''))} with huisnummer ${mask(normNumber(addr.houseNumber))}`,
        });
      }
      for (const [k, v] of Object.entries(obj)) walk(v, childPath(path, k), k);
    }
    seen.delete(value);
  };
  walk(doc, '$');
  return hits;
}
