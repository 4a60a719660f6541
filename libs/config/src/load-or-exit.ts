import { ConfigError } from './config-error';
import type { ConfigLoader, Env } from './define-config';

/** sysexits.h EX_CONFIG: "something was found in an unconfigured or misconfigured state". */
export const EX_CONFIG = 78;

/**
 * For main.ts, before Nest starts: loads the config, or prints every problem
 * to stderr and exits with 78, so a bad deployment fails at once with a
 * message an operator can act on (and not with a stack trace from deep inside
 * a Kafka client ten seconds later). Errors other than ConfigError are bugs
 * and propagate as they are.
 */
export function loadConfigOrExit<C>(loader: ConfigLoader<C>, env: Env = process.env): Readonly<C> {
  try {
    return loader.load(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return process.exit(EX_CONFIG);
  }
}
