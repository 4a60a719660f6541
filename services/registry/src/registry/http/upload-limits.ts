import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { ProblemError } from '@inspectorate/http';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { DuoFileRejected, sniffDuoFile } from '../../duo/parse';

/** The national list is a few MB; this leaves room without inviting abuse. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

function tooLarge(detail: string): ProblemError {
  return new ProblemError({
    status: 413,
    code: 'payload-too-large',
    detail,
    extensions: { limit: MAX_UPLOAD_BYTES },
  });
}

/**
 * Refuses an upload whose Content-Length is over the limit before a byte of
 * it is read (placed before the multipart interceptor, which would otherwise
 * read up to the limit first). A 49 MB upload used to be read and parsed for
 * 22 s before it was refused, with /health/live waiting behind it.
 */
@Injectable()
export class UploadSizeLimit implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const length = Number(req.headers['content-length']);
    if (Number.isFinite(length) && length > MAX_UPLOAD_BYTES)
      throw tooLarge(
        `the upload is ${length} bytes, more than the limit of ${MAX_UPLOAD_BYTES} bytes (a DUO list is a few MB)`,
      );
    return next.handle();
  }
}

/**
 * Reads a raw upload, refusing it as soon as its first bytes show it is not a
 * text list (a binary file) or it grows past the limit: neither waits for the
 * rest of the body.
 */
export async function readRawUpload(req: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size === 0) {
      try {
        sniffDuoFile(chunk);
      } catch (error) {
        if (!(error instanceof DuoFileRejected)) throw error;
        throw new ProblemError({
          status: 415,
          code: 'unsupported-media-type',
          detail: `file refused: ${error.message}; send DUO's list as semicolon-separated text (text/csv)`,
        });
      }
    }
    size += chunk.length;
    if (size > MAX_UPLOAD_BYTES)
      throw tooLarge(`the file is larger than the limit of ${MAX_UPLOAD_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
