// The flows' routes behind libs/auth's real global guard (a stand-in token
// verifier: the token is the role), with in-memory use cases.
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { type Actor, AuthModule, ROLES, type Role, TokenVerifier } from '@inspectorate/auth';
import { Clock } from '@inspectorate/scheduling';
import { type ControllerTestApp, controllerTestApp } from '@inspectorate/testing';
import request from 'supertest';
import { HandmatigeAnalyseController } from './handmatige-analyse/controller';
import { DecideHandmatigeAnalyse } from './handmatige-analyse/decide.usecase';
import { MeldingenController } from './meldingen/controller';
import { IdempotentMeldingen } from './meldingen/idempotency';
import { RegisterMelding } from './meldingen/register-melding.usecase';
import { newMeldingen } from './meldingen/testing';
import { VertrouwensdossiersController } from './vertrouwensdossiers/controller';
import { VertrouwensDossiers } from './vertrouwensdossiers/dossiers.usecase';

const verifier = Object.assign(Object.create(TokenVerifier.prototype) as TokenVerifier, {
  verify: async (token: string): Promise<Actor> => ({
    kind: 'person',
    subject: `sub-${token}`,
    name: `Demo ${token}`,
    username: token,
    roles: (ROLES as readonly string[]).includes(token) ? [token as Role] : [],
    issuer: 'test',
  }),
});
const as = (role: Role) => ({ authorization: `Bearer ${role}` });

/** Every route of a controller, from Nest's own metadata: a new route is checked without listing it. */
function routesOf(controller: { prototype: object }, base: string) {
  return Object.getOwnPropertyNames(controller.prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => (controller.prototype as Record<string, unknown>)[name])
    .filter(
      (fn): fn is object => typeof fn === 'function' && Reflect.hasMetadata(PATH_METADATA, fn),
    )
    .map((fn) => {
      const path = String(Reflect.getMetadata(PATH_METADATA, fn)).replace(':id', 'some-id');
      const method =
        Reflect.getMetadata(METHOD_METADATA, fn) === RequestMethod.GET ? 'get' : 'post';
      return { method, path: `/${base}${path === '/' ? '' : `/${path}`}` } as const;
    });
}

const melding = {
  channel: 'contactformulier',
  receivedAt: '2026-03-10T08:30:00+01:00',
  reporter: { kind: 'ouder', contact: { email: 'ouder@example.org' } },
  school: { brin: '12AB' },
  category: 'pesten',
  text: 'Mijn kind wordt online gepest door klasgenoten.',
};

describe('meldingen and vertrouwensdossiers over HTTP, behind the auth guard', () => {
  let t: ReturnType<typeof newMeldingen>;
  let http: ControllerTestApp;

  beforeAll(async () => {
    t = newMeldingen();
    http = await controllerTestApp({
      imports: [AuthModule.forRoot(verifier)],
      controllers: [MeldingenController, VertrouwensdossiersController],
      providers: [
        { provide: RegisterMelding, useValue: t.register },
        // No Idempotency-Key is sent here (its own test runs on the real stack).
        { provide: IdempotentMeldingen, useValue: {} },
        { provide: VertrouwensDossiers, useValue: t.v.dossiers },
        { provide: Clock, useValue: t.clock },
      ],
    });
  });
  afterAll(() => http?.app.close());

  const server = () => http.app.getHttpServer();

  it('gives every vertrouwensdossier route, lists and searches included, a 403 for any role but vertrouwensinspecteur', async () => {
    const routes = routesOf(VertrouwensdossiersController, 'vertrouwensdossiers');
    expect(routes.length).toBe(6);
    routes.push({ method: 'get', path: '/vertrouwensdossiers?brin=12AB&category=pesten' });
    for (const role of ROLES.filter((r) => r !== 'vertrouwensinspecteur')) {
      for (const { method, path } of routes) {
        const res = await request(server())
          [method](path)
          .set(as(role))
          .set('x-reason', 'nieuwsgierig')
          .send({});
        expect([role, method, path, res.status]).toEqual([role, method, path, 403]);
      }
    }
  });

  it('lets klantcontact register a melding; the vertrouwensinspecteur finds it, with a reason', async () => {
    const created = await request(server())
      .post('/meldingen')
      .set(as('klantcontact'))
      .send(melding);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      outcome: 'vertrouwensdossier',
      queue: 'vertrouwensinspecteurs',
    });

    const noReason = await request(server())
      .get('/vertrouwensdossiers')
      .set(as('vertrouwensinspecteur'));
    expect(noReason.status).toBe(400);
    expect(noReason.body.detail).toContain('x-reason');

    const list = await request(server())
      .get('/vertrouwensdossiers?category=pesten')
      .set(as('vertrouwensinspecteur'))
      .set('x-reason', 'wachtrij doornemen');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ brin: '12AB', category: 'pesten' }),
    ]);
    const one = await request(server())
      .get(`/vertrouwensdossiers/${list.body.items[0].id}`)
      .set(as('vertrouwensinspecteur'))
      .set('x-reason', 'melder terugbellen');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ narrative: melding.text, reporter: { kind: 'ouder' } });
    const reads = t.v.stores.reads.all();
    expect(reads.map((r) => [r.actor, r.what])).toEqual([
      ['vertrouwensinspecteur', 'list'],
      ['vertrouwensinspecteur', 'dossier'],
    ]);
  });

  it('refuses a melding from roles that do not register them, and without a token', async () => {
    expect(
      (await request(server()).post('/meldingen').set(as('analist')).send(melding)).status,
    ).toBe(403);
    expect((await request(server()).post('/meldingen').send(melding)).status).toBe(401);
  });

  it('answers a bad melding with a 400 that says what is wrong and where', async () => {
    const bad = async (body: unknown) => {
      const res = await request(server())
        .post('/meldingen')
        .set(as('klantcontact'))
        .send(body as object);
      expect(res.status).toBe(400);
      return res.body as { detail: string; errors: { path: string }[] };
    };
    expect((await bad({ ...melding, category: 'lawaai' })).errors[0]!.path).toBe('/category');
    expect((await bad({ ...melding, channel: 'fax' })).errors[0]!.path).toBe('/channel');
    expect((await bad({ ...melding, extra: 1 })).detail).toContain('extra');
    const future = await bad({ ...melding, receivedAt: '2030-01-01T00:00:00Z' });
    expect(future.errors).toEqual([expect.objectContaining({ path: '/receivedAt' })]);
    const anon = await bad({
      ...melding,
      reporter: { kind: 'anoniem', contact: { email: 'a@b.nl' } },
    });
    expect(anon.detail).toContain('an anonymous reporter leaves no contact details');
    const unknown = await request(server())
      .post('/meldingen')
      .set(as('klantcontact'))
      .send({ ...melding, school: { brin: '99ZZ' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('school 99ZZ is not known in the registry');
  });
});

describe("the handmatige analyse's decision over HTTP, behind the auth guard", () => {
  const decided: string[] = [];
  let http: ControllerTestApp;

  beforeAll(async () => {
    http = await controllerTestApp({
      imports: [AuthModule.forRoot(verifier)],
      controllers: [HandmatigeAnalyseController],
      providers: [
        {
          provide: DecideHandmatigeAnalyse,
          useValue: {
            decide: async (caseId: string, uitkomst: string, _m: string, actor: string) => {
              decided.push(`${actor}:${uitkomst}`);
              return { caseId, result: uitkomst, vervolg: null };
            },
          },
        },
      ],
    });
  });
  afterAll(() => http?.app.close());

  it('is the analist’s alone: every other role gets 403 and decides nothing', async () => {
    const routes = routesOf(HandmatigeAnalyseController, 'handmatige-analyses');
    expect(routes).toEqual([{ method: 'post', path: '/handmatige-analyses/some-id/besluit' }]);
    const body = { uitkomst: 'geen-vervolg', motivering: 'de signalen zijn verklaard' };
    for (const role of ROLES.filter((r) => r !== 'analist')) {
      const res = await request(http.app.getHttpServer())
        .post('/handmatige-analyses/some-id/besluit')
        .set(as(role))
        .send(body);
      expect([role, res.status]).toEqual([role, 403]);
    }
    expect(decided).toEqual([]);
    const res = await request(http.app.getHttpServer())
      .post('/handmatige-analyses/some-id/besluit')
      .set(as('analist'))
      .send(body);
    expect(res.status).toBe(201);
    expect(decided).toEqual(['analist:geen-vervolg']);
  });
});
