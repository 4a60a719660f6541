import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { withCorrelation } from './correlation';
import { CORRELATION_HEADER, correlationIdOf } from './http-correlation';

/** Runs the rest of the request inside its correlation scope and tells the caller the id. */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    const id = correlationIdOf(req);
    res.setHeader(CORRELATION_HEADER, id);
    withCorrelation(id, next);
  }
}
