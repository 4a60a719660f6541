import { BadRequestException, UnprocessableEntityException } from '@nestjs/common';
import type { TSchema } from '@sinclair/typebox';
import {
  type ContractIssue,
  VESTIGING_CODE_PATTERN,
  describeIssues,
  validatorFor,
} from '@inspectorate/contracts';
import { isValidDate, isValidSchooljaar } from '@inspectorate/scheduling';

/** Validates a request body against a TypeBox schema; a 400 lists every problem with its path. */
export function parseBody<T>(schema: TSchema, body: unknown): T {
  const issues = validatorFor(schema, 'produce')(body ?? {}, '');
  if (issues.length > 0) {
    throw new BadRequestException({
      error: 'invalid-request',
      message: `the request body is not valid: ${describeIssues(issues)}`,
      issues,
    });
  }
  return body as T;
}

export function invalid(
  issues: readonly ContractIssue[],
  what = 'submission',
): UnprocessableEntityException {
  return new UnprocessableEntityException({
    error: `invalid-${what}`,
    message: `the ${what} is not valid: ${describeIssues(issues)}`,
    issues,
  });
}

export function schooljaarParam(value: string): string {
  if (!isValidSchooljaar(value))
    throw new BadRequestException({
      error: 'invalid-request',
      message: `schooljaar must be two consecutive years like 2024-2025 (got '${value}')`,
    });
  return value;
}

export function vestigingParam(value: string): string {
  if (!new RegExp(VESTIGING_CODE_PATTERN).test(value))
    throw new BadRequestException({
      error: 'invalid-request',
      message: `vestigingCode must be a BRIN plus two digits, like 12AB00 (got '${value}')`,
    });
  return value;
}

export function dateParam(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isValidDate(value))
    throw new BadRequestException({
      error: 'invalid-request',
      message: `${name} must be a calendar date YYYY-MM-DD (got '${value}')`,
    });
  return value;
}

/** Who acts (the gateway passes the authenticated person in X-Actor); recorded with consents and settings. */
export function actorOf(header: string | undefined): string {
  const actor = header?.trim();
  if (!actor || actor.length > 200)
    throw new BadRequestException({
      error: 'missing-actor',
      message: 'the X-Actor header is required (the gateway sets it to who acts)',
    });
  return actor;
}
