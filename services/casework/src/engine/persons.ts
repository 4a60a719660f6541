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

// The facts in which flows keep the names of people outside the inspectorate,
// and (when the flow keeps one) the fact with their postal address as lines.
const NAMED_IN_FACTS = {
  reporterName: { role: 'melder', address: undefined },
  klagerNaam: { role: 'klager', address: 'klagerAdres' },
} as const;

type HomeAddress = NonNullable<KnownPersons[number]['address']>;

const POSTCODE = /(?<![\p{L}\p{N}])([1-9][0-9]{3}) ?([A-Za-z]{2})(?![\p{L}\p{N}])/u;
// "Dorpsstraat 12", "Laan van Meerdervoort 1200 b", "Kerkweg 3-II": a street and its number.
const STREET_LINE =
  /^([\p{L}\p{N}][\p{L}\p{N} .'-]*?)\s+([0-9]{1,5})(?:\s*[-/]?\s*[\p{L}\p{N}]{0,4})?$/u;
const NOT_A_HOME = /^(?:postbus|antwoordnummer)\b/i;

/**
 * A Dutch home address from postal address lines (as a letter has them), for
 * the gate: the street and house number (digits only, so "Dorpsstraat 12"
 * also finds "Dorpsstraat 12a") and the postcode. Undefined without a house
 * number, and for a postbus, which is nobody's home.
 */
export function homeAddressOf(lines: readonly string[]): HomeAddress | undefined {
  let street: { street: string; houseNumber: string } | undefined;
  let postcode: string | undefined;
  for (const raw of lines) {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (NOT_A_HOME.test(line)) return undefined;
    const pc = POSTCODE.exec(line);
    if (pc && !postcode) postcode = `${pc[1]}${pc[2]!.toUpperCase()}`;
    const s = pc ? null : STREET_LINE.exec(line);
    if (s && !street) street = { street: s[1]!.trim().slice(0, 200), houseNumber: s[2]! };
  }
  if (!street) return undefined;
  return { ...street, ...(postcode ? { postcode } : {}) };
}

/**
 * Persons known to the case, for publication's personal-data gate (the
 * events' `knownPersons`, never published): who acted on it, by the name of
 * their token (cases opened or changed before names were kept know only user
 * names, which are no names), and the reporters, complainants and contacts
 * its facts name, with the home address the case keeps of them (a
 * complainant's), so the gate also finds where they live.
 */
export function knownPersonsOf(doc: Pick<CaseDoc, 'persons' | 'facts'>): KnownPersons {
  const out: KnownPersons = [];
  const add = (role: KnownPersons[number]['role'], name: string | undefined, lines?: string) => {
    const trimmed = name?.trim().slice(0, 200);
    if (!trimmed || out.some((p) => p.name === trimmed)) return;
    const address = lines ? homeAddressOf(lines.split('\n')) : undefined;
    out.push({ role, name: trimmed, ...(address ? { address } : {}) });
  };
  for (const p of doc.persons ?? []) add(p.role, p.name);
  for (const [fact, { role, address }] of Object.entries(NAMED_IN_FACTS))
    add(role, doc.facts?.[fact], address ? doc.facts?.[address] : undefined);
  return out.slice(0, 200);
}
