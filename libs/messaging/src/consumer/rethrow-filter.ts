import { type ArgumentsHost, Catch, type RpcExceptionFilter } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
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

/**
 * The same for a hybrid app (HTTP + Kafka in one process, as every service
 * is): one global filter shared with the microservice through
 * `connectMicroservice(..., { inheritAppConfig: true })`, because filters set
 * on the connected microservice afterwards never reach its handlers (Nest
 * builds their contexts at connect time; nestjs/nest#12366). RPC errors are
 * rethrown; HTTP errors get Nest's default handling.
 */
@Catch()
export class HybridExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() === 'rpc') return throwError(() => exception);
    return super.catch(exception, host);
  }
}
