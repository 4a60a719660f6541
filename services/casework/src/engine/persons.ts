import { AsyncLocalStorage } from 'node:async_hooks';
import { type Actor as TokenActor, actorLabel } from '@inspectorate/auth';
import type { RapportVastgesteldData } from '@inspectorate/contracts';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { CaseDoc } from './case';

/** A person who acted on a case, by the user name its records use, with the name of their token. */
export interface CasePerson {
  username: string;
  name: string;
  role: 'inspecteur' | 'overig';
}

export type KnownPersons = NonNullable<RapportVastgesteldData['knownPersons']>;

// The verified actor of the request this code runs for, read when asked:
// the middleware enters the store before the auth guard has set it.
const storage = new AsyncLocalStorage<() => TokenActor | undefined>();

/** Runs `fn` for a request (or a test) whose actor `actor()` gives. */
export function withRequestActor<T>(actor: () => TokenActor | undefined, fn: () => T): T {
  return storage.run(actor, fn);
}

/**
 * Cases record their actors by user name (actorLabel); the name a person goes
 * by is only in their token. Every HTTP request runs in a context that knows
 * its actor, so a case a person changes can keep their name (persons.ts).
 */
@Injectable()
export class RequestActorMiddleware implements NestMiddleware {
  use(req: { actor?: TokenActor }, _res: unknown, next: () => void): void {
    withRequestActor(() => req.actor, next);
  }
}

/** The person acting in this request, when it is a person with a name in their token. */
export function currentPerson(): CasePerson | undefined {
  const actor = storage.getStore()?.();
  const name = actor?.name?.trim();
  // Without a name claim the actor's name is its user name: nothing to add.
  if (!actor || actor.kind !== 'person' || !name || name === actor.username) return undefined;
  const inspecteur = actor.roles.some((r) => r === 'inspecteur' || r === 'vertrouwensinspecteur');
  return { username: actorLabel(actor), name, role: inspecteur ? 'inspecteur' : 'overig' };
}

// The facts in which flows keep the names of people outside the inspectorate.
const NAMED_IN_FACTS = {
  reporterName: 'melder',
  klagerNaam: 'klager',
} as const;

/**
 * Persons known to the case, for publication's personal-data gate (the
 * events' `knownPersons`, never published): who acted on it, by the name of
 * their token (cases opened or changed before names were kept know only user
 * names, which are no names), and the reporters, complainants and contacts
 * its facts name.
 */
export function knownPersonsOf(doc: Pick<CaseDoc, 'persons' | 'facts'>): KnownPersons {
  const out: KnownPersons = [];
  const add = (role: KnownPersons[number]['role'], name: string | undefined) => {
    const trimmed = name?.trim().slice(0, 200);
    if (trimmed && !out.some((p) => p.name === trimmed)) out.push({ role, name: trimmed });
  };
  for (const p of doc.persons ?? []) add(p.role, p.name);
  for (const [fact, role] of Object.entries(NAMED_IN_FACTS)) add(role, doc.facts?.[fact]);
  return out.slice(0, 200);
}
