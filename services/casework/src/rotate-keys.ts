import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import type { Config } from './config';
import { KeyRotation } from './flows/vertrouwensdossiers';

export const ROTATE_KEYS_COMMAND = 'rotate-vertrouwens-keys';

/**
 * `node main.js rotate-vertrouwens-keys`: the key rotation as a one-off
 * command (a Kubernetes Job on the service's image and configuration, with
 * the new key active and the old one still in VERTROUWENS_KEYS). Runs
 * without HTTP and cron, prints what it re-sealed, exits 0; a second run
 * re-seals nothing. Only then the old key may leave the configuration.
 */
export async function rotateKeys(config: Config): Promise<void> {
  const context = await NestFactory.createApplicationContext(
    AppModule.forRoot(config, { cron: false }),
    { logger: ['error', 'warn'] },
  );
  try {
    const result = await context.get(KeyRotation).run();
    process.stdout.write(`${JSON.stringify({ command: ROTATE_KEYS_COMMAND, ...result })}\n`);
  } finally {
    await context.close();
  }
}
