import {
  type DynamicModule,
  type INestApplication,
  type MiddlewareConsumer,
  Module,
  type NestModule,
} from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger as NestPinoLogger, LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { ALL_ROUTES } from '../all-routes';
import { CorrelationMiddleware } from './correlation.middleware';
import { type CreateLoggerOptions, createLogger } from './create-logger';
import { correlationIdOf, isQuietPath } from './http-correlation';

export interface LoggingModuleOptions extends CreateLoggerOptions {
  service: string;
}

/** The app's root pino logger, for code that wants pino itself rather than Nest's Logger. */
export const ROOT_LOGGER = Symbol('inspectorate:root-logger');

@Module({})
export class LoggingModule implements NestModule {
  /**
   * JSON logs through nestjs-pino: one line per HTTP request (not for health
   * and metrics), Nest's own logs, and a correlation id on every line. Call
   * `useAppLogger(app)` after creating the app so Nest's Logger writes here too.
   */
  static forRoot(options: LoggingModuleOptions): DynamicModule {
    const logger = createLogger(options.service, options);
    return {
      module: LoggingModule,
      global: true,
      imports: [
        PinoLoggerModule.forRoot({
          forRoutes: [ALL_ROUTES],
          pinoHttp: {
            logger,
            // The request's `req.id` is its correlation id.
            genReqId: (req: IncomingMessage) => correlationIdOf(req),
            // Lines written while serving a request carry `reqId`, not the whole
            // request with its headers; the one "request completed" line has those.
            quietReqLogger: true,
            autoLogging: { ignore: (req: IncomingMessage) => isQuietPath(req.url) },
            customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
              error !== undefined || res.statusCode >= 500
                ? 'error'
                : res.statusCode >= 400
                  ? 'warn'
                  : 'info',
          },
        }),
      ],
      providers: [{ provide: ROOT_LOGGER, useValue: logger }, CorrelationMiddleware],
      exports: [PinoLoggerModule, ROOT_LOGGER],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware).forRoutes(ALL_ROUTES);
  }
}

/**
 * Makes Nest's own logging (bootstrap, `new Logger(ctx).log(...)`) go through
 * the pino logger. Create the app with `{ bufferLogs: true }` so the lines
 * from before this call are not lost.
 */
export function useAppLogger(app: INestApplication): void {
  app.useLogger(app.get(NestPinoLogger));
  app.flushLogs();
}
