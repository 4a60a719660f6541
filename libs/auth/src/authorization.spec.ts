import { type Actor, actorLabel, type Role, ROLES } from './actor';
import { actorFromClaims } from './actor';
import {
  BOARD_SCOPED,
  boardsAllowed,
  CONFIDENTIALITY_LEVELS,
  isAllowed,
  MAX_CONFIDENTIALITY,
  mayReadLevel,
  PERMISSIONS,
  readableLevels,
  rolesFor,
} from './authorization';

const actor = (...roles: Role[]): Actor => ({
  kind: 'person',
  subject: 's',
  name: 'n',
  roles,
  issuer: 'i',
});

describe('the authorisation table', () => {
  it('gives every permission at least one known role', () => {
    for (const [permission, roles] of Object.entries(PERMISSIONS)) {
      expect({ permission, roles: roles.length }).toEqual({
        permission,
        roles: expect.any(Number),
      });
      expect(roles.length).toBeGreaterThan(0);
      for (const r of roles) expect(ROLES).toContain(r);
    }
  });

  it("limits a partner's inbox to the boards of its token, no one else's", () => {
    expect(BOARD_SCOPED['inbox.read']).toEqual(['partner']);
    const partner = actorFromClaims({
      sub: 'service-account-partner',
      realm_access: { roles: ['partner'] },
      bevoegd_gezag: ['41234', 'not a number', 41235, '412345'],
    });
    expect(partner.boards).toEqual(['41234']);
    expect(boardsAllowed(partner, 'inbox.read')).toEqual(['41234']);
    expect(boardsAllowed({ ...partner, boards: undefined }, 'inbox.read')).toEqual([]);
    expect(boardsAllowed(actor('coordinator'), 'inbox.read')).toBe('all');
    expect(boardsAllowed(actor('partner', 'klantcontact'), 'inbox.read')).toBe('all');
    expect(boardsAllowed(partner, 'registry.read')).toBe('all');
    // A route that admits the role by @Roles beside a permission: not board-limited.
    expect(boardsAllowed(partner, 'publication.manage')).toEqual(['41234']);
    expect(boardsAllowed(partner, 'publication.manage', ['partner'])).toBe('all');
    expect(actorFromClaims({ sub: 'u', bevoegd_gezag: '41234' }).boards).toEqual(['41234']);
    expect(actorFromClaims({ sub: 'u' }).boards).toBeUndefined();
  });

  it('gives klantcontact the intake of meldingen and klachten, not the cases themselves (least privilege)', () => {
    const klantcontact = actor('klantcontact');
    expect(isAllowed(klantcontact, 'cases.meldingen.create')).toBe(true);
    expect(isAllowed(klantcontact, 'klachten.intake')).toBe(true);
    expect(isAllowed(klantcontact, 'cases.read')).toBe(false);
    expect(isAllowed(klantcontact, 'cases.work')).toBe(false);
  });

  it("gives a partner system no letters but its own boards' inbox", () => {
    const partner = actor('partner');
    for (const p of ['letters.read', 'letters.resend', 'templates.read', 'cases.read'])
      expect([p, isAllowed(partner, p)]).toEqual([p, false]);
    expect(boardsAllowed({ ...partner, boards: ['10000'] }, 'inbox.read')).toEqual(['10000']);
    // The PDFs its inbox links to: only its own boards' letters.
    expect(BOARD_SCOPED['letters.pdf']).toEqual(['partner']);
    expect(boardsAllowed({ ...partner, boards: ['10000'] }, 'letters.pdf')).toEqual(['10000']);
    expect(boardsAllowed(actor('klantcontact'), 'letters.pdf')).toBe('all');
  });

  it('denies by default: an unknown permission, or an actor without roles', () => {
    expect(rolesFor('no.such.permission')).toEqual([]);
    expect(isAllowed(actor(...ROLES), 'no.such.permission')).toBe(false);
    expect(isAllowed(actor(), 'publication.read')).toBe(false);
  });

  it('keeps templates, case types, providers and dead-letter replay to the beheerder', () => {
    for (const p of [
      'templates.manage',
      'case-types.manage',
      'monitoring.providers.manage',
      'dead-letters.replay',
    ]) {
      expect(rolesFor(p)).toEqual(['beheerder']);
    }
  });

  it('gives a provider its own consents and submissions, and nothing of casework', () => {
    const provider = actor('instrumentaanbieder');
    expect(isAllowed(provider, 'monitoring.own-submissions')).toBe(true);
    expect(isAllowed(provider, 'monitoring.own-consents')).toBe(true);
    for (const p of [
      'cases.read',
      'letters.read',
      'monitoring.read',
      'monitoring.providers.manage',
    ]) {
      expect(isAllowed(provider, p)).toBe(false);
    }
  });

  it('gives the decision on a handmatige analyse to the analist only, not to who may work cases', () => {
    expect(rolesFor('handmatige-analyse.decide')).toEqual(['analist']);
    for (const r of ROLES) {
      expect({ r, may: isAllowed(actor(r), 'handmatige-analyse.decide') }).toEqual({
        r,
        may: r === 'analist',
      });
    }
    expect(isAllowed(actor('coordinator'), 'cases.work')).toBe(true);
  });

  it('gives the coordinators’ queue to the coordinator only', () => {
    expect(rolesFor('cases.coordinators-queue')).toEqual(['coordinator']);
  });
});

describe('confidentiality (ZGW levels, a maximum per role)', () => {
  it('has a maximum for every role', () => {
    for (const r of ROLES) expect(CONFIDENTIALITY_LEVELS).toContain(MAX_CONFIDENTIALITY[r]);
  });

  it('keeps vertrouwelijk and above to the vertrouwensinspecteur', () => {
    for (const r of ROLES) {
      expect({ r, may: mayReadLevel(actor(r), 'vertrouwelijk') }).toEqual({
        r,
        may: r === 'vertrouwensinspecteur',
      });
    }
    expect(mayReadLevel(actor('vertrouwensinspecteur'), 'zeer_geheim')).toBe(true);
  });

  it('takes the highest maximum of an actor’s roles; none without roles', () => {
    expect(readableLevels(actor('analist', 'inspecteur'))).toEqual([
      'openbaar',
      'beperkt_openbaar',
      'intern',
      'zaakvertrouwelijk',
    ]);
    expect(readableLevels(actor('partner'))).toEqual(['openbaar']);
    expect(readableLevels(actor())).toEqual([]);
  });
});

describe('actorLabel', () => {
  it('writes a person by user name, else subject, and a machine client as client:<id>', () => {
    expect(actorLabel({ ...actor('inspecteur'), username: 'ilse' })).toBe('ilse');
    expect(actorLabel(actor('inspecteur'))).toBe('s');
    expect(actorLabel({ ...actor('partner'), kind: 'client', clientId: 'partner-demo' })).toBe(
      'client:partner-demo',
    );
  });
});
