import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';

/**
 * The MongoDB driver's server monitor, as much of it as the watchdog reads
 * (driver internals, mongodb 6.20: not in its typings).
 */
interface DriverMonitor {
  s: { state: string };
  connection: { closed: boolean } | null;
  close(): void;
  connect(): void;
}
interface DriverServer {
  description: { address: string };
  monitor: DriverMonitor | null;
}
interface DriverClient {
  topology?: { s?: { servers?: Map<string, DriverServer> } };
}

/**
 * Restarts a server monitor of the MongoDB driver that is stuck: a heartbeat
 * in progress on a monitoring connection that is already closed. Such a
 * heartbeat never settles, so the monitor never checks the server again; the
 * server stays Unknown and every operation fails server selection with the
 * closed connection's error, for as long as the process lives, although the
 * database is back. Seen in the national chaos run after the database
 * server's restart: one registry replica answered 503 database-unavailable
 * (and /health/ready "mongoose connection is disconnected") for more than 7
 * minutes while every other replica was back within 3 s; its monitor was in
 * state `monitoring` on a closed connection, and restarting the monitor
 * (close, connect) brought it back at once. A driver never leaves a monitor in
 * that state on its own: when a heartbeat's connection closes, the heartbeat
 * fails and the monitor drops the connection within the same tick. So two
 * observations of it, `intervalMs` apart, mean it is stuck.
 */
export function restartStuckMonitors(
  client: unknown,
  suspects: WeakSet<DriverMonitor>,
  restarted: (address: string) => void,
): number {
  const servers = (client as DriverClient).topology?.s?.servers;
  if (!servers) return 0;
  let count = 0;
  for (const server of servers.values()) {
    const monitor = server.monitor;
    if (!monitor) continue;
    const stuck = monitor.s.state === 'monitoring' && monitor.connection?.closed === true;
    if (!stuck) {
      suspects.delete(monitor);
      continue;
    }
    if (!suspects.has(monitor)) {
      suspects.add(monitor);
      continue;
    }
    suspects.delete(monitor);
    monitor.close();
    monitor.connect();
    restarted(server.description.address);
    count += 1;
  }
  return count;
}

/** Runs restartStuckMonitors on the service's connection every `intervalMs`. */
@Injectable()
export class MongoMonitorWatchdog implements OnApplicationBootstrap, OnApplicationShutdown {
  static intervalMs = 2_000;
  private readonly log = new Logger(MongoMonitorWatchdog.name);
  private readonly suspects = new WeakSet<DriverMonitor>();
  private timer: NodeJS.Timeout | undefined;

  constructor(@InjectConnection() private readonly connection: Connection) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.check(), MongoMonitorWatchdog.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One look; how many monitors it restarted. */
  check(): number {
    return restartStuckMonitors(this.connection.getClient(), this.suspects, (address) =>
      this.log.warn(
        `the MongoDB driver's monitor of ${address} was stuck on a closed connection (the server stayed unknown): restarted it`,
      ),
    );
  }
}
