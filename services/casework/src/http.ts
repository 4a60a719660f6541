import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  HttpException,
} from '@nestjs/common';
import type { TSchema } from '@sinclair/typebox';
import { validatorFor } from '@inspectorate/contracts';
import type { Response } from 'express';
import { CaseTypeError } from './case-types/case-type.catalogue';
import { CaseRuleError } from './engine/case';

/** Validates a request body against a TypeBox schema; a 400 lists every problem with its path. */
export function parseBody<T>(schema: TSchema, body: unknown, where = 'body'): T {
  const issues = validatorFor(schema, 'produce')(body ?? {}, '');
  if (issues.length > 0) {
    throw new BadRequestException({
      error: 'invalid-request',
      message: `the request ${where} is not valid: ${issues.map((i) => `${i.path || '/'} ${i.message}`).join('; ')}`,
      issues,
    });
  }
  return body as T;
}

/**
 * Who is acting: the gateway authenticates people and passes their id in
 * `X-Actor`. Every change and every read of a case is recorded with it, so
 * a request without one is refused.
 */
export function actorOf(header: string | undefined): string {
  const actor = header?.trim();
  if (!actor || actor.length > 200) {
    throw new BadRequestException({
      error: 'missing-actor',
      message:
        'the X-Actor header is required (the gateway sets it): every change and read of a case is recorded with who did it',
    });
  }
  return actor;
}

export function isoDateParam(value: string | undefined, name: string): string {
  if (
    !value ||
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  ) {
    throw new BadRequestException({
      error: 'invalid-request',
      message: `${name} must be a date as YYYY-MM-DD (got '${value ?? ''}')`,
    });
  }
  return value;
}

/** Domain rule errors become 404/409/422 with the rule's own message. */
@Catch(CaseRuleError, CaseTypeError)
export class CaseworkErrorFilter implements ExceptionFilter {
  catch(error: CaseRuleError | CaseTypeError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body: Record<string, unknown> = {
      error: error.status === 404 ? 'not-found' : 'rule-violated',
      message: error.message,
    };
    if (error instanceof CaseTypeError && error.issues.length > 0) body['issues'] = error.issues;
    response.status(error.status).json(body);
  }
}

export { HttpException };
