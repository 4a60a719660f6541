import { actorLabel, type Actor } from '@inspectorate/auth';
import type { Request } from 'express';

/**
 * Who acted, for the item's history: the actor of the verified token (libs/auth's
 * guard sets it on every route that is not public), never a header.
 */
export function actorName(req: Request): string {
  const actor = (req as Request & { actor?: Actor }).actor;
  if (!actor) throw new Error('actorName on a route without a verified token');
  return actorLabel(actor);
}
