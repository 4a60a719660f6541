/**
 * A schooljaar runs from 1 August to 31 July and is written `2022-2023`.
 *
 * JSON Schema can check the shape (`^\d{4}-\d{4}$`) but not that the years are
 * consecutive, so the schemas also carry `format: 'schooljaar'`, which our
 * validators implement with this function. Other JSON Schema tools treat the
 * unknown format as an annotation and still check the pattern.
 */
export const SCHOOLJAAR_PATTERN = '^\\d{4}-\\d{4}$';
export const SCHOOLJAAR_FORMAT = 'schooljaar';

const SHAPE = /^(\d{4})-(\d{4})$/;

export function isSchooljaar(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = SHAPE.exec(value);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}
