import { request as httpRequest } from 'node:http';

export interface SentUntilAnswered {
  status: number;
  body: string;
  /** Bytes of the body sent when the answer came. */
  sent: number;
}

/**
 * Posts `total` bytes to a running service, chunk by chunk 20 ms apart (a
 * 50 MB body would take over 15 s), and stops as soon as the answer comes:
 * how much was sent by then shows whether the server refused the request
 * before reading its body. `chunk(i)` gives the i-th piece.
 */
export function sendUntilAnswered(options: {
  port: number;
  path: string;
  headers: Record<string, string>;
  total: number;
  chunk: (index: number) => Buffer;
}): Promise<SentUntilAnswered> {
  const { port, path, headers, total, chunk } = options;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, headers });
    let sent = 0;
    let index = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode!, body, sent });
        req.destroy();
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      if (answered || sent >= total) return;
      const piece = chunk(index++);
      sent += piece.length;
      req.write(piece, () => setTimeout(pump, 20));
    };
    pump();
  });
}
