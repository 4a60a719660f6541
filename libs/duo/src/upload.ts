import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { ProblemError, badRequest, hasBody } from '@inspectorate/http';
import busboy from 'busboy';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import type { Observable } from 'rxjs';
import { DuoFileRejected, sniffDuoFile } from './rejected';

/**
 * A DUO list uploaded over HTTP, the same for every service that imports
 * them (registry, risk-analysis): streamed as it arrives into the streamed
 * reader, refused early when it is too large or not a text list, and a list
 * the reader refuses answered as 400 file-refused.
 */

/** DUO's lists are a few MB each; this leaves room without inviting abuse. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** The body types a raw upload may have (besides multipart/form-data). */
export const RAW_UPLOAD_TYPES = ['text/csv', 'text/plain', 'application/octet-stream'];

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
 * it is read. A 49 MB upload used to be read and parsed for 22 s before it
 * was refused, with /health/live waiting behind it.
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
 * The uploaded file's bytes as they arrive, for the streamed import: refused
 * as soon as its first bytes show it is not a text list (a binary file) or it
 * grows past the limit; neither waits for the rest of the body. When the
 * reader stops early (a refused header), the rest of the body is drained and
 * dropped, so the answer still reaches the client.
 */
async function* guarded(stream: Readable, truncated?: () => boolean): AsyncIterable<Uint8Array> {
  let size = 0;
  let done = false;
  try {
    for await (const chunk of stream.iterator({
      destroyOnReturn: false,
    }) as AsyncIterable<Buffer>) {
      if (size === 0 && chunk.length > 0) {
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
      if (size > MAX_UPLOAD_BYTES || truncated?.())
        throw tooLarge(`the file is larger than the limit of ${MAX_UPLOAD_BYTES} bytes`);
      yield chunk;
    }
    if (truncated?.())
      throw tooLarge(`the file is larger than the limit of ${MAX_UPLOAD_BYTES} bytes`);
    done = true;
  } finally {
    if (!done) stream.resume();
  }
  if (size === 0) throw badRequest('the uploaded file is empty');
}

/** A raw upload: the file is the request body. */
export function rawUpload(req: Request): AsyncIterable<Uint8Array> {
  return guarded(req);
}

export interface DuoUpload {
  /** The file's bytes as they arrive. */
  source: AsyncIterable<Uint8Array>;
  /** The name the client gave the file part, if any. */
  fileName: string | undefined;
}

/**
 * A multipart upload's field `file`, as a stream (where the multipart
 * interceptor used to hold the whole file in memory before anything read it).
 * Resolves when the file part begins; other fields are skipped.
 */
export function multipartUpload(req: Request): Promise<DuoUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 },
      });
    } catch (error) {
      reject(badRequest(`the multipart form cannot be read: ${(error as Error).message}`));
      return;
    }
    let found = false;
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || found) {
        stream.resume();
        if (!found)
          reject(
            badRequest(`unexpected file field '${name}'; send the DUO list in the field "file"`),
          );
        return;
      }
      found = true;
      const source = guarded(
        stream,
        () => (stream as Readable & { truncated?: boolean }).truncated === true,
      );
      resolve({ source, fileName: info.filename || undefined });
    });
    parser.on('error', (error: Error) => {
      if (!found) reject(badRequest(`the multipart form cannot be read: ${error.message}`));
    });
    parser.on('close', () => {
      if (!found)
        reject(
          badRequest(
            'the multipart form has no field "file"; send the DUO list in the field "file"',
          ),
        );
    });
    req.pipe(parser);
  });
}

/**
 * The DUO file of an upload request: the multipart field `file`, or the
 * request body itself (text/csv or application/octet-stream).
 */
export async function duoUpload(req: Request): Promise<DuoUpload> {
  if (!hasBody(req))
    throw badRequest(
      'send the DUO file as multipart/form-data (field "file") or as the body with content-type text/csv',
    );
  if (req.is('multipart/form-data')) return multipartUpload(req);
  return { source: rawUpload(req), fileName: undefined };
}

/** Runs an import; a file the reader refused whole answers 400 file-refused, saying why. */
export async function refusedAs400<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DuoFileRejected)
      throw new ProblemError({
        status: 400,
        code: 'file-refused',
        detail: `file refused: ${error.message}`,
      });
    throw error;
  }
}
