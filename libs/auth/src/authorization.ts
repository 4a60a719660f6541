import { type Actor, hasAnyRole, type Role, ROLES } from './actor';

/**
 * Who may do what, as data: permission -> the roles that have it. Deny by
 * default: a permission not in this table, or an actor without one of its
 * roles, is refused. The services name a permission per route
 * (`@RequirePermission('cases.read')`); lists and searches check the same
 * permission and the same confidentiality filter as reads of one item.
 *
 * A first cut from issue 12, to be refined as the services adopt it; the
 * authorisation matrix test will hold every route to it.
 */
export const PERMISSIONS = {
  // registry: public school data, and its upkeep
  'registry.read': [
    'inspecteur',
    'vertrouwensinspecteur',
    'coordinator',
    'analist',
    'klantcontact',
    'beheerder',
    'partner',
  ],
  'registry.import': ['beheerder'],
  'registry.contacts.write': ['beheerder'],
  // monitoring-intake
  'monitoring.providers.manage': ['beheerder'],
  /** A provider's own consents and submissions only (the service filters by its client). */
  'monitoring.own-consents': ['instrumentaanbieder'],
  'monitoring.own-submissions': ['instrumentaanbieder'],
  'monitoring.read': ['inspecteur', 'vertrouwensinspecteur', 'coordinator', 'analist'],
  'monitoring.deadlines.manage': ['beheerder', 'coordinator'],
  // casework (reads also subject to the confidentiality below). Not klantcontact:
  // it registers meldingen and klachten and answers callers (the melding's
  // answer says where it went; letters by kenmerk), and has no need to read
  // every case's documents and timeline (least privilege).
  'cases.read': ['inspecteur', 'vertrouwensinspecteur', 'coordinator', 'analist'],
  'cases.work': ['inspecteur', 'vertrouwensinspecteur', 'coordinator'],
  'cases.coordinators-queue': ['coordinator'],
  'cases.meldingen.create': ['klantcontact', 'inspecteur', 'vertrouwensinspecteur'],
  /** Vertrouwensdossiers (WOT art. 6): their content, lists and searches, for the vertrouwensinspecteur only. */
  'vertrouwensdossiers.read': ['vertrouwensinspecteur'],
  'vertrouwensdossiers.work': ['vertrouwensinspecteur'],
  'cases.deadline-checks.run': ['beheerder', 'coordinator'],
  /** Complaints about the inspectorate (Awb ch. 9): klantcontact registers them, coordinators handle them. */
  'klachten.intake': ['klantcontact', 'coordinator'],
  'klachten.handle': ['coordinator'],
  /** The yearly register of complaints (counts only, no personal data). */
  'klachten.report': ['coordinator', 'beheerder', 'analist'],
  /** Kwaliteitsonderzoeken: inspecteurs open and judge them, coordinators open them too. */
  'kwaliteitsonderzoek.open': ['inspecteur', 'coordinator'],
  'kwaliteitsonderzoek.work': ['inspecteur'],
  /**
   * What follows a handmatige analyse (geen vervolg, gesprek met het bestuur,
   * kwaliteitsonderzoek) is the analyst's own judgement on the risk signals:
   * not a permission of casework's general `cases.work`.
   */
  'handmatige-analyse.decide': ['analist'],
  'onderzoekskader.read': ['inspecteur', 'coordinator', 'analist', 'beheerder'],
  'case-types.read': [
    'inspecteur',
    'vertrouwensinspecteur',
    'coordinator',
    'analist',
    'klantcontact',
    'beheerder',
  ],
  'case-types.manage': ['beheerder'],
  // notifications
  'letters.read': ['inspecteur', 'vertrouwensinspecteur', 'coordinator', 'klantcontact'],
  /**
   * A letter's PDF and its attachments: whoever reads letters, and a partner
   * system those its own boards' inboxes link to (BOARD_SCOPED; the route names
   * no board, so notifications checks the letter's).
   */
  'letters.pdf': ['inspecteur', 'vertrouwensinspecteur', 'coordinator', 'klantcontact', 'partner'],
  'letters.resend': ['coordinator', 'beheerder'],
  'templates.read': ['inspecteur', 'vertrouwensinspecteur', 'coordinator', 'beheerder'],
  'templates.manage': ['beheerder'],
  /** A partner system only its own boards' (BOARD_SCOPED); it holds no letters.read, and letters.pdf only for its own boards' letters. */
  'inbox.read': ['inspecteur', 'coordinator', 'klantcontact', 'partner'],
  // risk-analysis
  'risk.read': ['analist', 'inspecteur', 'vertrouwensinspecteur', 'coordinator'],
  'risk.run': ['analist'],
  // publication
  'publication.read': ROLES,
  /** Items, holds, withdrawals and the personal-data gate's review queue. */
  'publication.manage': ['beheerder'],
  /** Webhook subscriptions: a beheerder all, a partner system its own (publication filters by client). */
  'webhooks.manage': ['beheerder', 'partner'],
  // gateway: a school's dossier in one call
  'dossier.read': ['inspecteur', 'vertrouwensinspecteur', 'coordinator', 'analist'],
  // platform
  'dead-letters.replay': ['beheerder'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * Permissions some roles hold only for their own boards (the `bevoegd_gezag`
 * claim of their token, Actor.boards): a partner system reads the portal
 * inbox of the boards it acts for, no other. A route with such a permission
 * names the parameter that holds the board (@OwnBoard), or says that its
 * handler checks the board of what it serves (@BoardOfResource); without
 * either, these roles are refused there (deny by default).
 */
export const BOARD_SCOPED: Partial<Record<Permission, readonly Role[]>> = {
  'inbox.read': ['partner'],
  'letters.pdf': ['partner'],
};

/**
 * The boards an actor may use `permission` for: `all` when one of its roles
 * holds it without that limit (or the route admits that role by @Roles,
 * `alsoAdmitted`), else the boards of its token (none without the claim).
 */
export function boardsAllowed(
  actor: Actor,
  permission: Permission,
  alsoAdmitted: readonly Role[] = [],
): 'all' | readonly string[] {
  const scoped = BOARD_SCOPED[permission] ?? [];
  const unlimited = [...rolesFor(permission), ...alsoAdmitted].some(
    (r) => actor.roles.includes(r) && !scoped.includes(r),
  );
  return unlimited ? 'all' : (actor.boards ?? []);
}

export const isPermission = (value: string): value is Permission =>
  Object.prototype.hasOwnProperty.call(PERMISSIONS, value);

/** The roles that have `permission` (none for an unknown one: deny by default). */
export function rolesFor(permission: string): readonly Role[] {
  return isPermission(permission) ? PERMISSIONS[permission] : [];
}

export function isAllowed(actor: Actor, permission: string): boolean {
  return hasAnyRole(actor, rolesFor(permission));
}

/**
 * Confidentiality of a case, as in the ZGW APIs (`vertrouwelijkheidaanduiding`),
 * lowest first.
 */
export const CONFIDENTIALITY_LEVELS = [
  'openbaar',
  'beperkt_openbaar',
  'intern',
  'zaakvertrouwelijk',
  'vertrouwelijk',
  'confidentieel',
  'geheim',
  'zeer_geheim',
] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

/**
 * The highest level each role may read. `vertrouwelijk` and above (the
 * vertrouwensdossiers) only for the vertrouwensinspecteur; machine clients
 * only what is public.
 */
export const MAX_CONFIDENTIALITY: Readonly<Record<Role, Confidentiality>> = {
  inspecteur: 'zaakvertrouwelijk',
  vertrouwensinspecteur: 'zeer_geheim',
  coordinator: 'zaakvertrouwelijk',
  analist: 'intern',
  klantcontact: 'intern',
  beheerder: 'intern',
  instrumentaanbieder: 'openbaar',
  partner: 'openbaar',
};

const rank = (level: Confidentiality) => CONFIDENTIALITY_LEVELS.indexOf(level);

/** The levels an actor may read: the filter for lists and searches as much as for one item. */
export function readableLevels(actor: Actor): Confidentiality[] {
  const max = Math.max(-1, ...actor.roles.map((r) => rank(MAX_CONFIDENTIALITY[r])));
  return CONFIDENTIALITY_LEVELS.slice(0, max + 1);
}

export function mayReadLevel(actor: Actor, level: Confidentiality): boolean {
  return readableLevels(actor).includes(level);
}
