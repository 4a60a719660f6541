import { hostname } from 'node:os';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { currentCorrelationId } from './correlation';

export type LoggerLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

export interface CreateLoggerOptions {
  /** Default info. */
  level?: LoggerLevel;
  /** Where lines go; default stdout. Tests pass a stream to read the lines. */
  destination?: DestinationStream;
}

/**
 * The pino options every logger of the backbone shares, in Nest apps and in
 * plain scripts alike: JSON lines with an ISO time, the level as a word, the
 * service, and the current correlation id.
 */
export function loggerOptions(service: string, level: LoggerLevel = 'info'): LoggerOptions {
  return {
    level,
    base: { service, pid: process.pid, hostname: hostname() },
    // Read at every line, so a line written inside a correlation scope carries
    // its id without anybody passing it around.
    mixin: () => {
      const correlationId = currentCorrelationId();
      return correlationId === undefined ? {} : { correlationId };
    },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  };
}

/** A logger for code outside Nest (CLIs, relays, scripts). */
export function createLogger(service: string, options: CreateLoggerOptions = {}): Logger {
  const settings = loggerOptions(service, options.level);
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
