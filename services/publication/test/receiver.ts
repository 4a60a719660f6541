import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** When it arrived (Date.now()): the end of an end-to-end delay. */
  at: number;
  /** What the third-party verifier made of it (throws inside when the signature is wrong). */
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
}

/**
 * A webhook receiver on a local port that verifies every request with the
 * `standardwebhooks` package (a third-party verifier, not our own code).
 * `answer` decides the status; `stop()` closes the port (the receiver is
 * down: connections are refused) and `start()` opens it again on the same port.
 */
export class Receiver {
  readonly received: Received[] = [];
  readonly refused: string[] = [];
  answer: (r: Received) => { status: number; headers?: Record<string, string> } = () => ({
    status: 204,
  });
  secret = '';
  /** Answer only after this long (a slow receiver, for the deliverer's timeout per attempt). */
  delayMs = 0;
  private server: Server | null = null;
  port = 0;

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const id = String(req.headers['webhook-id']);
        let payload: Received['payload'];
        try {
          payload = new Webhook(this.secret).verify(
            body,
            req.headers as Record<string, string>,
          ) as Received['payload'];
        } catch (error) {
          this.refused.push(`${id}: ${String(error)}`);
          res.writeHead(400).end();
          return;
        }
        const r = { id, headers: req.headers, body, payload, at: Date.now() };
        const { status, headers } = this.answer(r);
        const reply = () => {
          if (status >= 200 && status < 300) this.received.push(r);
          res.writeHead(status, headers).end();
        };
        if (this.delayMs > 0) setTimeout(reply, this.delayMs);
        else reply();
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }
}
