import { type Server, type Socket, connect, createServer } from 'node:net';
import { testScope, waitFor } from '@inspectorate/test-stack';
import mongoose, { type Connection } from 'mongoose';
import { MongoMonitorWatchdog } from '../../src/mongo-monitor.watchdog';

/**
 * A database server that goes away and comes back, as the chaos run's
 * restart of FerretDB: a TCP proxy in front of the shared FerretDB that drops
 * every connection and refuses new ones for a moment.
 */
class FlakyProxy {
  private readonly sockets = new Set<Socket>();
  private refusing = false;
  readonly server: Server;

  constructor(target: { host: string; port: number }) {
    this.server = createServer((client) => {
      if (this.refusing) return client.destroy();
      const upstream = connect(target.port, target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => this.sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as { port: number }).port;
  }

  /** Every connection closed, new ones refused for `ms`. */
  async restart(ms: number): Promise<void> {
    this.refusing = true;
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.refusing = false;
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

interface Monitor {
  s: { state: string };
  connection: { closed: boolean; command: (...args: unknown[]) => Promise<unknown> } | null;
  requestCheck(): void;
}
const monitorOf = (connection: Connection) =>
  (
    [
      ...(
        connection.getClient() as unknown as { topology: { s: { servers: Map<string, object> } } }
      ).topology.s.servers.values(),
    ][0] as { monitor: Monitor }
  ).monitor;

describe("the MongoDB driver's monitor after a database restart", () => {
  const scope = testScope('monitor');
  const target = new URL(scope.mongodbUri);
  let proxy: FlakyProxy;
  let connection: Connection;
  let watchdog: MongoMonitorWatchdog;

  beforeAll(async () => {
    proxy = new FlakyProxy({ host: target.hostname, port: Number(target.port) });
    const port = await proxy.listen();
    // The platform's options (PlatformModule): only the server selection timeout is ours.
    connection = await mongoose
      .createConnection(`mongodb://127.0.0.1:${port}`, {
        dbName: scope.databaseName,
        serverSelectionTimeoutMS: 10_000,
      })
      .asPromise();
    watchdog = new MongoMonitorWatchdog(connection);
    MongoMonitorWatchdog.intervalMs = 500;
    watchdog.onApplicationBootstrap();
  });

  afterAll(async () => {
    watchdog.onApplicationShutdown();
    await connection.close(true);
    await proxy.close();
  });

  const ping = () => connection.db!.command({ ping: 1 });

  it('answers again within seconds when the monitor was stuck on a closed connection', async () => {
    await ping();
    // What the national chaos run's registry replica showed after the database
    // restart: a heartbeat in progress that never settled, on a monitoring
    // connection that closed. Reproduced: the next heartbeat on this
    // connection does not settle.
    const monitor = monitorOf(connection);
    const heartbeatConnection = monitor.connection!;
    heartbeatConnection.command = () => new Promise(() => undefined);
    monitor.requestCheck();
    await waitFor(async () => monitor.s.state === 'monitoring', {
      description: 'a heartbeat in progress',
      timeoutMs: 30_000,
    });

    // An operation while the server is away fails on the network: the
    // driver marks the server unknown, and only a heartbeat brings it back.
    const away = proxy.restart(2_000);
    await expect(ping()).rejects.toThrow();
    await away;
    expect(heartbeatConnection.closed).toBe(true);

    // Before the watchdog: every operation failed server selection with the
    // closed connection's error, for as long as the process lived.
    const back = Date.now();
    await waitFor(async () => ping().then(() => true), {
      description: 'a ping through the driver after the restart',
      timeoutMs: 30_000,
    });
    expect(Date.now() - back).toBeLessThan(25_000);
    expect(connection.readyState).toBe(1);
  });
});
