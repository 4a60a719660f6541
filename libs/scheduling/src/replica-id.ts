import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Who this replica is, for leases: the pod name (hostname) and pid for people
 * reading the leases collection, and a random part so two app instances in one
 * process (tests) or a restarted pod with the same pid are never taken for
 * each other.
 */
export function newReplicaId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}
