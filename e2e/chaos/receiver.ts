/*
 * A webhook subscriber that can be down for a while: while down, its port
 * refuses connections (the server is closed), as a crashed receiver would.
 * Every delivery it answered 2xx is recorded with its webhook-id.
 */
import { type Server, createServer } from 'node:http';
import { freePort } from '@inspectorate/test-stack';

export interface Delivery {
  webhookId: string;
  type: string;
  itemId: string;
  change: string;
  cursor: string;
  at: number;
}

export class WebhookReceiver {
  readonly deliveries: Delivery[] = [];
  private server: Server | null = null;
  /** When it last came back up (for the recovery time of its outage). */
  upSince = 0;
  private constructor(readonly port: number) {}

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(await freePort());
    await receiver.up();
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            type: string;
            data: { itemId: string; change: string; cursor: string };
          };
          this.deliveries.push({
            webhookId: String(req.headers['webhook-id'] ?? ''),
            type: body.type,
            itemId: body.data.itemId,
            change: body.data.change,
            cursor: body.data.cursor,
            at: Date.now(),
          });
          res.writeHead(204).end();
        } catch {
          res.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.upSince = Date.now();
  }

  async down(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The first delivery after it came back: when the deliverer found it again. */
  firstDeliveryAfter(t: number): number | null {
    return this.deliveries.find((d) => d.at >= t)?.at ?? null;
  }
}
