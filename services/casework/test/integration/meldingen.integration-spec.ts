import { Module } from '@nestjs/common';
import { AuthModule, TokenVerifier } from '@inspectorate/auth';
import {
  MeldingRegistered,
  SendLetter,
  Topics,
  VertrouwensdossiersCounted,
} from '@inspectorate/contracts';
import { storeToken } from '@inspectorate/persistence';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type RunningService,
  collectTopic,
  connectDb,
  oidcEnv,
  passwordToken,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import type { Kafka } from 'kafkajs';
import request from 'supertest';
import { seedRegistry } from './support';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import { rotateKeys } from '../../src/rotate-keys';
import { DossierReads, Dossiers } from '../../src/flows/vertrouwensdossiers/dossier';
import { VertrouwensDossiers } from '../../src/flows/vertrouwensdossiers/dossiers.usecase';
import { FieldCipher } from '../../src/flows/vertrouwensdossiers/field-cipher';
import {
  AnonymousCounts,
  Retention,
} from '../../src/flows/vertrouwensdossiers/maintenance.usecase';
import { TestSealer, newKey } from '../../src/flows/vertrouwensdossiers/testing';

type Collected = Awaited<ReturnType<typeof collectTopic>>;

async function firstOfType(collected: Collected, type: string) {
  const find = () => collected.messages.find((m) => m.json<{ type: string }>().type === type);
  await waitFor(async () => find() !== undefined, { description: `a ${type} on the topic` });
  return find()!;
}

// What a reporter told a vertrouwensinspecteur: none of it may lie in the database in clear text.
const PLANTED = [
  'Fleur Verbeek',
  'fleur.verbeek@example.org',
  '0687654321',
  'fietsenstalling',
  'meester Karel',
];

describe('casework: meldingen and vertrouwensdossiers on the real broker, database and Keycloak', () => {
  const scope = testScope('casework-meldingen');
  const clock = new FixedClock('2026-03-10T09:00:00Z');
  const k1 = newKey();
  let service: RunningService;
  let kafka: Kafka;
  let caseEvents: Collected;
  let commands: Collected;
  let db: Awaited<ReturnType<typeof connectDb>>;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ authorization: `Bearer ${tokens[user]}` });

  const melding = (over: Record<string, unknown> = {}) => ({
    channel: 'telefoon',
    receivedAt: '2026-03-10T08:45:00+01:00',
    reporter: { kind: 'ouder', contact: { name: 'J. Bakker', email: 'melder@example.org' } },
    school: { vestigingCode: '12AB00' },
    category: 'onderwijstijd',
    text: 'Er vallen al weken lessen uit.',
    ...over,
  });
  const vertrouwensmelding = melding({
    channel: 'telefoon',
    reporter: {
      kind: 'ouder',
      contact: { name: 'Fleur Verbeek', email: 'fleur.verbeek@example.org', phone: '0687654321' },
    },
    category: 'seksuele-intimidatie',
    text: 'Mijn dochter is bij de fietsenstalling lastiggevallen door meester Karel.',
  });

  beforeAll(async () => {
    const config = loadConfig.load(
      serviceEnv(scope, {
        VERTROUWENS_KEYS: `k1:${k1}`,
        VERTROUWENS_ACTIVE_KEY: 'k1',
        VERTROUWENSDOSSIER_BEWAARTERMIJN: 'P1M',
      }),
    );
    const oidc = oidcEnv();
    // libs/auth's guard in front of the service, verifying tokens of the real local Keycloak.
    @Module({
      imports: [
        AppModule.forRoot(config, { cron: false, clock }),
        AuthModule.forRoot(
          new TokenVerifier({
            issuer: oidc.issuer,
            audience: oidc.audience,
            jwksUrl: oidc.jwksUrl,
          }),
        ),
      ],
    })
    class WithAuth {}
    service = await startTestService({ module: WithAuth }, config);
    kafka = testKafka(scope);
    db = await connectDb(scope);
    caseEvents = await collectTopic(kafka, `${scope.topicPrefix}${Topics.caseworkCases}`);
    commands = await collectTopic(kafka, `${scope.topicPrefix}${Topics.notificationsCommands}`);
    for (const user of ['klantcontact', 'inspecteur', 'vertrouwensinspecteur'])
      tokens[user] = (await passwordToken(user)).access_token;
    await seedRegistry(kafka, scope, db, ['12AB00']);
  });

  afterAll(async () => {
    await caseEvents?.stop();
    await commands?.stop();
    await service?.close();
    await db?.close();
  });

  it('registers a melding as a signal: MeldingRegistered with school, category and date only, and an acknowledgement to the reporter', async () => {
    const res = await request(service.http)
      .post('/meldingen')
      .set(as('klantcontact'))
      .send(melding());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ outcome: 'signaal', acknowledgement: 'mail' });
    const registered = await firstOfType(caseEvents, MeldingRegistered.type);
    expect(registered.json<{ data: unknown }>().data).toEqual({
      caseId: res.body.caseId,
      brin: '12AB',
      vestigingCode: '12AB00',
      category: 'onderwijstijd',
      receivedOn: '2026-03-10',
    });
    const letter = await firstOfType(commands, SendLetter.type);
    expect(letter.json<{ data: unknown }>().data).toMatchObject({
      template: 'melding-ontvangstbevestiging',
      addressee: { name: 'J. Bakker', addressLines: [], email: 'melder@example.org' },
      bevoegdGezagNummer: null,
      afschriftAanDirectie: false,
    });
  });

  it('seals a vertrouwensmelding: no planted string in the raw documents of the whole database, nor on the topics', async () => {
    const res = await request(service.http)
      .post('/meldingen')
      .set(as('klantcontact'))
      .send(vertrouwensmelding);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ outcome: 'vertrouwensdossier', queue: 'vertrouwensinspecteurs' });
    const list = await request(service.http)
      .get('/vertrouwensdossiers?status=open')
      .set(as('vertrouwensinspecteur'))
      .set('x-reason', 'nieuwe meldingen doornemen');
    expect(list.status).toBe(200);
    const id = list.body.items[0].id as string;
    await request(service.http)
      .post(`/vertrouwensdossiers/${id}/contacts`)
      .set(as('vertrouwensinspecteur'))
      .send({
        at: '2026-03-10T11:00:00+01:00',
        channel: 'telefoon',
        summary: 'Fleur Verbeek teruggebeld over meester Karel',
      })
      .expect(204);
    await request(service.http)
      .post(`/vertrouwensdossiers/${id}/advice`)
      .set(as('vertrouwensinspecteur'))
      .send({ text: 'Geadviseerd de fietsenstalling te melden bij de schoolleiding.' })
      .expect(204);
    const opened = await request(service.http)
      .get(`/vertrouwensdossiers/${id}`)
      .set(as('vertrouwensinspecteur'))
      .set('x-reason', 'gesprek met Fleur Verbeek voorbereiden');
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      narrative: expect.stringContaining('fietsenstalling'),
      reporter: { contact: { name: 'Fleur Verbeek' } },
      contacts: [expect.objectContaining({ summary: expect.stringContaining('meester Karel') })],
    });

    // The whole database, as a dump would show it.
    const dump: unknown[] = [];
    for (const { name } of await db.db.listCollections().toArray())
      dump.push(name, await db.db.collection(name).find({}).toArray());
    const raw = JSON.stringify(dump);
    expect(raw).toContain('seksuele-intimidatie');
    for (const planted of PLANTED) expect(raw).not.toContain(planted);
    const onTopics = JSON.stringify(
      [...caseEvents.messages, ...commands.messages].map((m) => m.value?.toString()),
    );
    for (const planted of PLANTED) expect(onTopics).not.toContain(planted);

    const reads = await request(service.http)
      .get(`/vertrouwensdossiers/${id}/reads`)
      .set(as('vertrouwensinspecteur'))
      .set('x-reason', 'controle op inzage');
    expect(reads.body.entries).toEqual([
      expect.objectContaining({
        actor: 'vertrouwensinspecteur',
        what: 'dossier',
        reason: 'gesprek met Fleur Verbeek voorbereiden',
      }),
      expect.objectContaining({ what: 'reads', reason: 'controle op inzage' }),
    ]);
  });

  it('gives an inspecteur 403 on every vertrouwensdossier route, lists and searches included', async () => {
    const [dossier] = await db.db.collection(Dossiers.name).find({}).toArray();
    const id = String(dossier!._id);
    const routes = [
      ['get', '/vertrouwensdossiers'],
      ['get', '/vertrouwensdossiers?brin=12AB&category=seksuele-intimidatie'],
      ['get', `/vertrouwensdossiers/${id}`],
      ['get', `/vertrouwensdossiers/${id}/reads`],
      ['post', `/vertrouwensdossiers/${id}/contacts`],
      ['post', `/vertrouwensdossiers/${id}/advice`],
      ['post', `/vertrouwensdossiers/${id}/close`],
    ] as const;
    for (const [method, path] of routes) {
      const res = await request(service.http)
        [method](path)
        .set(as('inspecteur'))
        .set('x-reason', 'toezicht')
        .send({});
      expect([method, path, res.status]).toEqual([method, path, 403]);
    }
    expect(await db.db.collection(DossierReads.name).countDocuments({ actor: 'inspecteur' })).toBe(
      0,
    );
  });

  it('publishes the month anonymously, then destroys the closed dossier after its term, leaving the count', async () => {
    const [dossier] = await db.db.collection(Dossiers.name).find({}).toArray();
    const id = String(dossier!._id);
    const closed = await request(service.http)
      .post(`/vertrouwensdossiers/${id}/close`)
      .set(as('vertrouwensinspecteur'))
      .send({ note: 'Afgerond.' });
    expect(closed.body).toEqual({ destroyOn: '2026-04-10' });

    clock.set('2026-04-01T03:00:00Z');
    await service.app.get(AnonymousCounts).publish('2026-03');
    const counted = await firstOfType(caseEvents, VertrouwensdossiersCounted.type);
    expect(counted.json<{ data: unknown }>().data).toEqual({
      brin: '12AB',
      month: '2026-03',
      counts: [],
      pooled: null,
      suppressed: true,
    });

    clock.set('2026-04-10T03:00:00Z');
    await expect(service.app.get(Retention).run('2026-04-10')).resolves.toEqual({
      destroyed: 1,
      waitingForCount: 0,
    });
    expect(await db.db.collection(Dossiers.name).countDocuments()).toBe(0);
    expect(await db.db.collection(DossierReads.name).countDocuments({ dossierId: id })).toBe(0);
    expect(
      await db.db
        .collection('vertrouwens_counts')
        .find({}, { projection: { _id: 0 } })
        .toArray(),
    ).toEqual([{ month: '2026-03', brin: '12AB', category: 'seksuele-intimidatie', count: 1 }]);
    expect(
      await db.db.collection('vertrouwens_destructions').countDocuments({ _id: id as never }),
    ).toBe(1);
  });

  it('re-seals every stored value under a new key with the rotation command, on the real database', async () => {
    clock.set('2026-04-10T09:00:00Z');
    await request(service.http)
      .post('/meldingen')
      .set(as('klantcontact'))
      .send(vertrouwensmelding)
      .expect(201);
    const k2 = newKey();
    const rotated = loadConfig.load(
      serviceEnv(scope, { VERTROUWENS_KEYS: `k1:${k1},k2:${k2}`, VERTROUWENS_ACTIVE_KEY: 'k2' }),
    );
    const printed: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      await rotateKeys(rotated);
    } finally {
      write.mockRestore();
    }
    expect(JSON.parse(printed.join(''))).toMatchObject({
      command: 'rotate-vertrouwens-keys',
      resealedDossiers: 1,
    });
    const raw = JSON.stringify(await db.db.collection(Dossiers.name).find({}).toArray());
    expect(raw).not.toContain('"k":"k1"');
    // Only the new key from now on: what was sealed with k1 opens with k2.
    const onlyK2 = new VertrouwensDossiers(
      service.app.get(storeToken(Dossiers)),
      service.app.get(storeToken(DossierReads)),
      new TestSealer(FieldCipher.fromConfig(`k2:${k2}`, 'k2')),
      clock,
      { retention: 'P1M' },
    );
    const [doc] = await db.db.collection(Dossiers.name).find({}).toArray();
    await expect(
      onlyK2.get(String(doc!._id), { id: 'test', name: 'test' }, 'na rotatie'),
    ).resolves.toMatchObject({ narrative: expect.stringContaining('fietsenstalling') });
  });
});
