import type { JWTPayload } from 'jose';

/** The realm roles the backbone knows (deploy/local/keycloak, ADR 0008). */
export const ROLES = [
  'inspecteur',
  'vertrouwensinspecteur',
  'coordinator',
  'analist',
  'klantcontact',
  'beheerder',
  'instrumentaanbieder',
  'partner',
] as const;
export type Role = (typeof ROLES)[number];

const KNOWN_ROLES: ReadonlySet<string> = new Set(ROLES);

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && KNOWN_ROLES.has(value);

/**
 * Who is asking, from a verified access token: the actor of a use case and of
 * the audit trail. A person logged in through the front end, or a machine
 * client (a partner system, a survey provider) with client credentials.
 */
export interface Actor {
  kind: 'person' | 'client';
  /** `sub`: stable id at the provider (a user, or a client's service account). */
  subject: string;
  /** For people and logs: `name`, else `preferred_username`, else the client id, else `sub`. */
  name: string;
  /** `preferred_username`, when the token has one. */
  username?: string;
  /** The OAuth client the token was issued to: `client_id` (RFC 9068), else `azp`. */
  clientId?: string;
  /** The roles we know, sorted; other roles in the token are ignored. */
  roles: readonly Role[];
  issuer: string;
  /**
   * The boards (bevoegd gezag nummers) a partner system acts for: the
   * `bevoegd_gezag` claim (one number or a list), set per client at the
   * provider (a hardcoded-claim mapper in Keycloak). Permissions that a role
   * holds only for its own boards (BOARD_SCOPED) check it.
   */
  boards?: readonly string[];
  /** `jti`, to find the token in the provider's logs. */
  tokenId?: string;
  expiresAt?: Date;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * Roles from Keycloak's `realm_access.roles` and from a top-level `roles`
 * array (RFC 9068 section 2.2.3.1, used by other providers), so any standard
 * provider works.
 */
function rolesOf(claims: JWTPayload): Role[] {
  const realm = (claims['realm_access'] as { roles?: unknown } | undefined)?.roles;
  const found = new Set<Role>();
  for (const list of [realm, claims['roles']]) {
    if (Array.isArray(list)) for (const r of list) if (isRole(r)) found.add(r);
  }
  return ROLES.filter((r) => found.has(r));
}

/** A bevoegd gezag nummer: five digits (DUO). */
const BOARD_NUMBER = /^[0-9]{5}$/;

/** `bevoegd_gezag`: one number or a list; anything else in it is ignored (never widens access). */
function boardsOf(claims: JWTPayload): string[] {
  const claim = claims['bevoegd_gezag'];
  const values = Array.isArray(claim) ? claim : [claim];
  return [
    ...new Set(values.filter((v): v is string => typeof v === 'string' && BOARD_NUMBER.test(v))),
  ];
}

/**
 * The actor of a verified token's claims. A machine client is recognised by
 * `sub` being the client id (RFC 9068 for client credentials) or by Keycloak's
 * service-account user name `service-account-<client id>`.
 */
export function actorFromClaims(claims: JWTPayload): Actor {
  const subject = str(claims.sub);
  if (!subject) throw new Error('a verified token without sub'); // the verifier requires it
  const clientId = str(claims['client_id']) ?? str(claims['azp']);
  const username = str(claims['preferred_username']);
  const machine =
    clientId !== undefined && (subject === clientId || username === `service-account-${clientId}`);
  const name = machine ? clientId : (str(claims['name']) ?? username ?? clientId ?? subject);
  return {
    kind: machine ? 'client' : 'person',
    subject,
    name,
    ...(username && !machine ? { username } : {}),
    ...(clientId ? { clientId } : {}),
    roles: rolesOf(claims),
    issuer: str(claims.iss) ?? '',
    ...(claims['bevoegd_gezag'] !== undefined ? { boards: boardsOf(claims) } : {}),
    ...(str(claims.jti) ? { tokenId: str(claims.jti) } : {}),
    ...(typeof claims.exp === 'number' ? { expiresAt: new Date(claims.exp * 1000) } : {}),
  };
}

export const hasAnyRole = (actor: Actor, roles: readonly Role[]): boolean =>
  roles.some((r) => actor.roles.includes(r));

/**
 * How an actor is written into records and audit trails (who granted a
 * consent, read a case, set a deadline): a person by user name (else the
 * subject), a machine client as `client:<client id>`. Always from a verified
 * token, never from a header the caller chose.
 */
export function actorLabel(actor: Actor): string {
  if (actor.kind === 'client') return `client:${actor.clientId ?? actor.subject}`;
  return actor.username ?? actor.subject;
}
