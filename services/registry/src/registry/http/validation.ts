import { BadRequestException } from '@nestjs/common';
import { SECTORS, type Sector } from '@inspectorate/contracts';
import { BOARD_NUMBER, BRIN, POSTCODE, VESTIGING_CODE } from '../../duo/values';

/** Request checks: each throws a 400 that says which value is wrong and what it should look like. */

export function brinParam(value: string): string {
  if (!BRIN.test(value))
    throw new BadRequestException(
      `'${value}' is not a BRIN (two digits and two capital letters, e.g. 12AB)`,
    );
  return value;
}

export function vestigingParam(value: string): string {
  if (!VESTIGING_CODE.test(value))
    throw new BadRequestException(
      `'${value}' is not a vestiging code (BRIN plus two digits, e.g. 12AB00)`,
    );
  return value;
}

export function boardParam(value: string): string {
  if (!BOARD_NUMBER.test(value))
    throw new BadRequestException(
      `'${value}' is not a bevoegd gezag nummer (five digits, e.g. 41234)`,
    );
  return value;
}

export function optional<T>(value: string | undefined, parse: (v: string) => T): T | undefined {
  return value === undefined || value === '' ? undefined : parse(value);
}

export function sectorParam(value: string): Sector {
  if (!(SECTORS as readonly string[]).includes(value))
    throw new BadRequestException(`sector '${value}' is not one of ${SECTORS.join(', ')}`);
  return value as Sector;
}

export function postcodeParam(value: string): string {
  if (!POSTCODE.test(value))
    throw new BadRequestException(`postcode '${value}' is not a Dutch postcode written as 1234 AB`);
  return value;
}

export function statusParam(value: string): 'open' | 'closed' {
  if (value !== 'open' && value !== 'closed')
    throw new BadRequestException(`status '${value}' is not open or closed`);
  return value;
}

export function booleanParam(name: string) {
  return (value: string): boolean => {
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new BadRequestException(`${name} must be true or false, not '${value}'`);
  };
}

export function textParam(name: string) {
  return (value: string): string => {
    if (value.length > 100) throw new BadRequestException(`${name} is longer than 100 characters`);
    return value;
  };
}

export function pageParams(page?: string, pageSize?: string): { page: number; pageSize: number } {
  const p = page === undefined ? 1 : Number(page);
  const size = pageSize === undefined ? 50 : Number(pageSize);
  if (!Number.isInteger(p) || p < 1)
    throw new BadRequestException(`page must be a whole number >= 1, not '${page}'`);
  if (!Number.isInteger(size) || size < 1 || size > 500)
    throw new BadRequestException(
      `pageSize must be a whole number from 1 to 500, not '${pageSize}'`,
    );
  return { page: p, pageSize: size };
}

// Deliberately simple: one @, no spaces, a dot in the domain; the same shape
// the event schemas' "email" format accepts.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `{ "<field>": "a@b.nl" | null }` and nothing else. */
export function emailBody(body: unknown, field: string): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new BadRequestException(
      `the body must be a JSON object like { "${field}": "naam@school.nl" }`,
    );
  const extra = Object.keys(body).filter((k) => k !== field);
  if (extra.length > 0)
    throw new BadRequestException(
      `unknown field(s) ${extra.join(', ')}; only ${field} can be set here`,
    );
  if (!(field in body))
    throw new BadRequestException(`${field} is missing (an e-mail address, or null to clear it)`);
  const value = (body as Record<string, unknown>)[field];
  if (value === null) return null;
  if (typeof value !== 'string') throw new BadRequestException(`${field} must be a string or null`);
  const email = value.trim();
  if (email.length > 254 || !EMAIL.test(email))
    throw new BadRequestException(`${field} '${value}' is not an e-mail address`);
  return email;
}
