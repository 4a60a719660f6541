import type { Request } from 'express';
import { Type } from '@sinclair/typebox';
import { Actor } from '@inspectorate/http';

/** X-Actor until the token's actor is there (libs/auth sets req.actor once the service verifies tokens). */
export const ActorHeader = Type.Object({ 'x-actor': Type.Optional(Actor) });

export function actorName(req: Request): string {
  const verified = (req as Request & { actor?: { name?: string } }).actor?.name;
  const header = req.headers['x-actor'];
  return verified ?? (typeof header === 'string' && header.trim() ? header.trim() : 'beheerder');
}
