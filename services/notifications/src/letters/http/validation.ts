import { BadRequestException } from '@nestjs/common';
import type { TSchema } from '@sinclair/typebox';
import { validatorFor } from '@inspectorate/contracts';

/** Validates a request body against a TypeBox schema; a 400 lists every problem with its path. */
export function parseBody<T>(schema: TSchema, body: unknown): T {
  const issues = validatorFor(schema, 'produce')(body ?? {}, '');
  if (issues.length > 0) {
    throw new BadRequestException({
      error: 'invalid-request',
      message: `the request body is not valid: ${issues.map((i) => `${i.path || '/'} ${i.message}`).join('; ')}`,
      issues,
    });
  }
  return body as T;
}

export function param(
  value: string | undefined,
  name: string,
  pattern: RegExp,
  example: string,
): string {
  if (value === undefined || !pattern.test(value)) {
    throw new BadRequestException({
      error: 'invalid-request',
      message: `${name} '${value ?? ''}' does not have the expected form (e.g. ${example})`,
    });
  }
  return value;
}

export function paging(limit?: string, offset?: string): { limit: number; skip: number } {
  const l = limit === undefined || limit === '' ? 50 : Number(limit);
  const o = offset === undefined || offset === '' ? 0 : Number(offset);
  if (!Number.isInteger(l) || l < 1 || l > 500) {
    throw new BadRequestException({
      error: 'invalid-request',
      message: `limit must be a whole number from 1 to 500, got '${limit}'`,
    });
  }
  if (!Number.isInteger(o) || o < 0) {
    throw new BadRequestException({
      error: 'invalid-request',
      message: `offset must be a whole number >= 0, got '${offset}'`,
    });
  }
  return { limit: l, skip: o };
}

export const TEMPLATE_NAME = /^[a-z0-9-]{3,80}$/;
export const KENMERK = /^[0-9]{4}-[0-9]{7,}$/;
export const BOARD_NUMBER = /^[0-9]{5}$/;
export const BRIN = /^[0-9]{2}[A-Z]{2}$/;
export const CASE_ID = /^.{1,100}$/;
