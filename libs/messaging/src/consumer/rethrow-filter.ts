import { type ArgumentsHost, Catch, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';

/**
 * Lets handler errors reach the event server (which retries them and then
 * dead-letters them with the real error), instead of Nest's default RPC
 * filter turning them into an error-reply object. Used by a pure
 * microservice (`app.useGlobalFilters`).
 */
@Catch()
export class RethrowRpcErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
