import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express from 'express';
import { MAX_BODY_BYTES } from '../settings';

interface Layer {
  handle?: unknown;
}

/**
 * Raises the JSON body limit from express's 100 kB to MAX_BODY_BYTES: a bulk
 * delivery of 10,000 items is megabytes. startService (libs/runtime) has no
 * option for it yet, so this swaps the handler of the json parser layer that
 * Nest registered; it fails loudly at start when that layer can't be found,
 * rather than refusing bulk deliveries later.
 * TODO(runtime): a `bodyLimit` option in startService would replace this.
 */
@Injectable()
export class BodyLimit implements OnModuleInit {
  onModuleInit(): void {
    // Not a Nest app over HTTP (a unit test of a module): nothing to do.
    const adapter = this.host?.httpAdapter;
    if (!adapter) return;
    const app = adapter.getInstance<{ router?: { stack?: Layer[] } }>();
    const layer = app.router?.stack?.find(
      (l) => (l.handle as { name?: string } | undefined)?.name === 'jsonParser',
    );
    if (!layer) {
      throw new Error(
        'BodyLimit: the express json parser layer was not found; cannot raise the body limit',
      );
    }
    layer.handle = express.json({ limit: MAX_BODY_BYTES });
    new Logger(BodyLimit.name).log(`JSON body limit raised to ${MAX_BODY_BYTES} bytes`);
  }

  constructor(private readonly host: HttpAdapterHost) {}
}
