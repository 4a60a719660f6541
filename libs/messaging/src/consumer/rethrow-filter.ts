import { ArgumentsHost, Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC exception filter replaces every unknown error with
 * "Internal server error". The event server needs the real error to decide
 * between retry and dead letter (NonRetriableError) and to record it on the
 * dead-letter message, so on the Kafka side errors pass through unchanged.
 */
@Catch()
export class RethrowRpcErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
