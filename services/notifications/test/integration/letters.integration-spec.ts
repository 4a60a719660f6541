import { createServer } from 'node:net';
import request from 'supertest';
import { Topics } from '@inspectorate/contracts';
import { DLQ_HEADERS, topicNaming } from '@inspectorate/messaging';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type RunningService,
  bearer,
  type TestScope,
  collectTopic,
  connectDb,
  holdsFor,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
  waitFor,
} from '@inspectorate/testing';
import type { Kafka, Producer } from 'kafkajs';
import type { Db } from 'mongodb';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import { DEFAULT_TEMPLATES } from '../../src/letters/domain/default-templates';
import { KenmerkCounter } from '../../src/letters/persistence/kenmerk.counter';
import { LettersStore } from '../../src/letters/persistence/letters.store';
import { TemplatesStore } from '../../src/letters/persistence/templates.store';
import {
  board,
  boardRegistered,
  boardUpdated,
  herstelopdrachtRequest,
  mailsTo,
  produce,
  sendLetter,
  vestiging,
  vestigingRegistered,
} from '../fixtures';
import { pdfText } from '@inspectorate/testing';

const PLACEHOLDER = /@[A-Za-z0-9_|]+@/;

interface LetterView {
  kenmerk: string;
  requestId: string;
  state: string;
  templateVersion: number;
  blockedReason: string | null;
  mail: {
    status: string;
    attempts: number;
    to: string | null;
    cc: string[];
    lastError: string | null;
  };
}

/** A free TCP port with nothing listening: an SMTP server that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startApp(scope: TestScope, extra: Record<string, string> = {}) {
  const config = loadConfig.load(
    serviceEnv(scope, {
      SMTP_HOST: process.env['SMTP_HOST'] ?? '127.0.0.1',
      SMTP_PORT: process.env['SMTP_PORT'] ?? '11025',
      SMTP_TIMEOUT_MS: '3000',
      DELIVERY_POLL_MS: '100',
      MAIL_MAX_ATTEMPTS: '3',
      MAIL_RETRY_INITIAL_MS: '100',
      MAIL_RETRY_MAX_MS: '300',
      ...extra,
    }),
  );
  const clock = new FixedClock('2026-07-02T08:00:00Z');
  return startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
}

describe('notifications: letters on the real broker, FerretDB and SMTP server', () => {
  let scope: TestScope;
  let service: RunningService;
  let kafka: Kafka;
  let producer: Producer;
  let db: { db: Db; close(): Promise<void> };
  let letterEvents: Awaited<ReturnType<typeof collectTopic>>;
  const naming = () => topicNaming(scope.topicPrefix);
  const tag = () => scope.id.toLowerCase().replace(/[^a-z0-9]/g, '');
  const boardMail = (n: string) => `bestuur-${n}-${tag()}@example.nl`;
  const directieMail = (code: string) => `directie-${code.toLowerCase()}-${tag()}@example.nl`;

  const registerSchool = async (nummer: string, code: string, withAddress = true) => {
    await produce(producer, naming().physical(Topics.registryBoards), [
      boardRegistered(board(nummer, withAddress ? boardMail(nummer) : null)),
    ]);
    await produce(producer, naming().physical(Topics.registryVestigingen), [
      vestigingRegistered(vestiging(code, nummer, directieMail(code))),
    ]);
    await waitFor(
      async () =>
        (await db.db.collection('recipients_boards').findOne({ _id: nummer as never })) &&
        (await db.db.collection('recipients_vestigingen').findOne({ _id: code as never })),
      { description: `registry read model has board ${nummer} and vestiging ${code}` },
    );
  };

  const letterFor = async (requestId: string, state?: string) =>
    waitFor(
      async () => {
        const res = await request(service.http)
          .get(`/letters?caseId=${encodeURIComponent(requestId.split(':')[0]!)}`)
          .set(await bearer('coordinator'));
        const letter = (res.body.letters as LetterView[]).find((l) => l.requestId === requestId);
        return letter && (!state || letter.state === state) ? letter : undefined;
      },
      {
        description: `letter for ${requestId}${state ? ` in state ${state}` : ''}`,
        timeoutMs: 30_000,
      },
    );

  const eventsOf = (kenmerk: string) =>
    letterEvents.messages
      .filter((m) => m.key === kenmerk)
      .map((m) => m.json<{ type: string; data: Record<string, unknown> }>());

  beforeAll(async () => {
    scope = testScope('notif-letters');
    service = await startApp(scope);
    kafka = testKafka(scope);
    producer = kafka.producer();
    await producer.connect();
    db = await connectDb(scope);
    letterEvents = await collectTopic(kafka, naming().physical(Topics.notificationsLetters));
  });

  afterAll(async () => {
    await letterEvents?.stop();
    await producer?.disconnect();
    await service?.close();
    await db?.close();
  });

  it('issues a herstelopdracht letter with a kenmerk: mail to the board with afschrift to the directie, PDF text, inbox items, events', async () => {
    await registerSchool('10001', '11AA00');
    const data = herstelopdrachtRequest('case-one', '10001', '11AA00');
    await produce(producer, naming().physical(Topics.notificationsCommands), [sendLetter(data)]);

    const letter = await letterFor(data.requestId, 'sent');
    expect(letter.kenmerk).toMatch(/^2026-\d{7}$/);
    expect(letter.mail).toMatchObject({
      status: 'sent',
      attempts: 1,
      to: boardMail('10001'),
      cc: [directieMail('11AA00')],
    });

    const mails = await waitFor(
      async () => {
        const found = await mailsTo(boardMail('10001'));
        return found.length > 0 ? found : undefined;
      },
      { description: 'the mail at the board' },
    );
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.to).toEqual([boardMail('10001')]);
    expect(mail.cc).toEqual([directieMail('11AA00')]);
    expect(mail.envelope.to.sort()).toEqual([boardMail('10001'), directieMail('11AA00')].sort());
    expect(mail.subject).toBe(
      `Herstelopdracht monitoring sociale veiligheid Het Proefcollege 11AA00 (11AA00) (kenmerk ${letter.kenmerk})`,
    );
    expect(mail.text).toContain('Geacht bestuur van Stichting Proefonderwijs 10001,');
    expect(mail.text).toContain('vóór 1 november 2026 alsnog aan te leveren');
    expect(mail.text).toContain(`Ons kenmerk: ${letter.kenmerk}`);
    expect(mail.text).toContain(
      'NB: een afschrift van deze brief is verzonden aan de directie van Het Proefcollege 11AA00 (11AA00).',
    );
    expect(mail.text).not.toMatch(PLACEHOLDER);
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [`brief-${letter.kenmerk}.pdf`, 'application/pdf'],
      [`bijlage-1-${letter.kenmerk}.pdf`, 'application/pdf'],
    ]);

    // Lines wrap where the page ends them; compare the words.
    const pdf = (await pdfText(Buffer.from(mail.attachments[0]!.content, 'base64'))).text.replace(
      /\s+/g,
      ' ',
    );
    for (const expected of [
      `Ons kenmerk: ${letter.kenmerk}`,
      'Het bestuur van Stichting Proefonderwijs 10001',
      'Schoolstraat 12 a',
      'Het Proefcollege 11AA00 (11AA00) geen resultaten heeft ontvangen',
      'vóór 30 juli 2026',
      'ir. R. Pol',
    ]) {
      expect(pdf).toContain(expected);
    }
    expect(pdf).not.toMatch(PLACEHOLDER);
    const bijlage = (await pdfText(Buffer.from(mail.attachments[1]!.content, 'base64'))).text;
    expect(bijlage).toContain('Conceptrapport bureauonderzoek 11AA00');
    expect(bijlage).toContain('Dit rapport is een concept.');

    const boardInbox = await request(service.http)
      .get('/inbox/board/10001')
      .set(await bearer('klantcontact'))
      .expect(200);
    expect(boardInbox.body.items).toEqual([
      expect.objectContaining({ kenmerk: letter.kenmerk, afschrift: false, caseId: 'case-one' }),
    ]);
    const schoolInbox = await request(service.http)
      .get('/inbox/school/11AA')
      .set(await bearer('klantcontact'))
      .expect(200);
    expect(schoolInbox.body.items).toEqual([
      expect.objectContaining({ kenmerk: letter.kenmerk, afschrift: true }),
    ]);
    const served = await request(service.http)
      .get(`/letters/${letter.kenmerk}/pdf`)
      .set(await bearer('coordinator'))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((await pdfText(served.body as Buffer)).text).toContain(`Ons kenmerk: ${letter.kenmerk}`);

    await waitFor(() => eventsOf(letter.kenmerk).length >= 3, {
      description: 'issued + 2 sent events',
    });
    const events = eventsOf(letter.kenmerk);
    expect(events.map((e) => [e.type, e.data['channel'] ?? null])).toEqual([
      ['nl.onderwijsinspectie.notifications.letter.issued.v1', null],
      ['nl.onderwijsinspectie.notifications.letter.sent.v1', 'portal'],
      ['nl.onderwijsinspectie.notifications.letter.sent.v1', 'mail'],
    ]);
    expect(events[0]!.data).toMatchObject({
      requestId: data.requestId,
      caseId: 'case-one',
      template: 'herstelopdracht-monitoring',
      templateVersion: 1,
    });
    expect(events[2]!.data['recipients']).toBe(2);
  });

  it('signs a letter about a po school as the po director, from the configuration', async () => {
    await registerSchool('10006', '16AA00');
    const data = { ...herstelopdrachtRequest('case-po', '10006', '16AA00'), sector: 'po' as const };
    await produce(producer, naming().physical(Topics.notificationsCommands), [sendLetter(data)]);
    await letterFor(data.requestId, 'sent');
    const [mail] = await waitFor(
      async () => {
        const found = await mailsTo(boardMail('10006'));
        return found.length > 0 ? found : undefined;
      },
      { description: 'the mail at the board' },
    );
    expect(mail!.text).toContain('Directeur toezicht primair onderwijs en expertisecentra');
    expect(mail!.text).not.toContain('Directeur toezicht voortgezet onderwijs');
  });

  it('mails a letter to a person (a complainant) without board, afschrift or inbox; holds one without e-mail for the post', async () => {
    const person = `klager-${tag()}@example.nl`;
    const base = herstelopdrachtRequest('case-person', '10007', '17AA00');
    const data = {
      ...base,
      bevoegdGezagNummer: null,
      brin: null,
      vestigingCode: null,
      afschriftAanDirectie: false,
      addressee: {
        name: 'Mevrouw A. Jansen',
        addressLines: ['Dorpsstraat 1', '1234 AB  Ergens'],
        email: person,
      },
    };
    await produce(producer, naming().physical(Topics.notificationsCommands), [sendLetter(data)]);
    const letter = await letterFor(data.requestId, 'sent');
    expect(letter.mail).toMatchObject({ status: 'sent', to: person, cc: [] });
    const [mail] = await waitFor(
      async () => {
        const found = await mailsTo(person);
        return found.length > 0 ? found : undefined;
      },
      { description: 'the mail at the complainant' },
    );
    const pdf = (await pdfText(Buffer.from(mail!.attachments[0]!.content, 'base64'))).text;
    expect(pdf.replace(/\s+/g, ' ')).toContain('Mevrouw A. Jansen Dorpsstraat 1');
    expect(mail!.cc).toEqual([]);
    expect(await db.db.collection('inbox').countDocuments({ kenmerk: letter.kenmerk })).toBe(0);

    const byPost = {
      ...data,
      requestId: 'case-person:per-post',
      addressee: { ...data.addressee, email: null },
    };
    await produce(producer, naming().physical(Topics.notificationsCommands), [sendLetter(byPost)]);
    const held = await letterFor(byPost.requestId, 'blocked');
    expect(held.blockedReason).toMatch(/^post: Mevrouw A. Jansen gave no e-mail address/);
  });

  it('issues one letter and sends one mail however often the command arrives', async () => {
    await registerSchool('10002', '12AA00');
    const data = herstelopdrachtRequest('case-twice', '10002', '12AA00');
    const first = sendLetter(data);
    // The same message redelivered, and the same request re-sent as a new event (a replay by casework).
    await produce(producer, naming().physical(Topics.notificationsCommands), [
      first,
      first,
      sendLetter(data),
    ]);
    // A later request on the same case (same partition) is the barrier: once it is done, the three are too.
    const later = {
      ...data,
      requestId: 'case-twice:voldaan',
      template: 'herstelopdracht-voldaan',
      inReplyToKenmerk: '2026-0000001',
      attachments: [],
    };
    await produce(producer, naming().physical(Topics.notificationsCommands), [sendLetter(later)]);
    await letterFor(later.requestId, 'sent');

    const letter = await letterFor(data.requestId, 'sent');
    expect(await db.db.collection('letters').countDocuments({ requestId: data.requestId })).toBe(1);
    const mails = await mailsTo(boardMail('10002'));
    expect(mails.filter((m) => m.subject.includes(letter.kenmerk))).toHaveLength(1);
    expect(mails).toHaveLength(2);
    const voldaan = mails.find((m) => m.subject.startsWith('Herstelopdracht voldaan'))!;
    expect(voldaan.text).toContain('In onze brief met kenmerk 2026-0000001');
    expect(voldaan.text).toContain('Eerdere brief: 2026-0000001');
    await holdsFor(async () => (await mailsTo(boardMail('10002'))).length === 2, 1_000);
  });

  it('blocks a letter to a board without an address, shows it to operators, and resends it once the address is known', async () => {
    await registerSchool('10003', '13AA00', false);
    const data = herstelopdrachtRequest('case-blocked', '10003', '13AA00');
    await produce(producer, naming().physical(Topics.notificationsCommands), [sendLetter(data)]);
    const letter = await letterFor(data.requestId, 'blocked');
    expect(letter.blockedReason).toBe(
      'no-address: board 10003 has no correspondence e-mail address in the registry',
    );

    const blocked = await request(service.http)
      .get('/letters?state=blocked')
      .set(await bearer('coordinator'))
      .expect(200);
    expect((blocked.body.letters as LetterView[]).map((l) => l.kenmerk)).toContain(letter.kenmerk);
    await waitFor(
      () => eventsOf(letter.kenmerk).some((e) => e.type.endsWith('deliveryfailed.v1')),
      {
        description: 'LetterDeliveryFailed for the blocked letter',
      },
    );
    expect(
      eventsOf(letter.kenmerk).find((e) => e.type.endsWith('deliveryfailed.v1'))!.data,
    ).toMatchObject({
      channel: 'mail',
      attempts: 0,
      reason: expect.stringContaining('no-address'),
    });
    // The ISD inbox does not need an e-mail address.
    await waitFor(
      async () =>
        (
          await request(service.http)
            .get('/inbox/board/10003')
            .set(await bearer('klantcontact'))
        ).body.items.length === 1,
      {
        description: 'the blocked letter in the board inbox',
      },
    );

    const refused = await request(service.http)
      .post(`/letters/${letter.kenmerk}/resend`)
      .set(await bearer('coordinator'))
      .expect(409);
    expect(refused.body.message).toContain('no-address');

    await produce(producer, naming().physical(Topics.registryBoards), [
      boardUpdated(board('10003', boardMail('10003')), 2),
    ]);
    await waitFor(
      async () =>
        (
          await request(service.http)
            .post(`/letters/${letter.kenmerk}/resend`)
            .set(await bearer('coordinator'))
        ).status === 202,
      { description: 'resend accepted once the address arrived' },
    );
    const sent = await letterFor(data.requestId, 'sent');
    expect(sent.kenmerk).toBe(letter.kenmerk);
    const mails = await waitFor(
      async () => {
        const found = await mailsTo(boardMail('10003'));
        return found.length > 0 ? found : undefined;
      },
      { description: 'the resent mail' },
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(letter.kenmerk);
    const detail = await request(service.http)
      .get(`/letters/${letter.kenmerk}`)
      .set(await bearer('coordinator'))
      .expect(200);
    expect(detail.body.history).toEqual(
      expect.arrayContaining([expect.objectContaining({ by: 'coordinator' })]),
    );
    await request(service.http)
      .post(`/letters/${letter.kenmerk}/resend`)
      .set(await bearer('coordinator'))
      .expect(409);
  });

  it('uses a template replaced through the API for the next letter, and refuses a template with an unknown placeholder', async () => {
    const current = await request(service.http)
      .get('/templates/herstelopdracht-niet-voldaan')
      .set(await bearer('beheerder'))
      .expect(200);
    const bad = await request(service.http)
      .put('/templates/herstelopdracht-niet-voldaan')
      .set(await bearer('beheerder'))
      .send({ ...pick(current.body), body: 'Geacht bestuur, over @schoolnam@.' })
      .expect(400);
    expect(bad.body.message).toContain('@schoolnam@');
    await request(service.http)
      .put('/templates/herstelopdracht-niet-voldaan')
      .set(await bearer('beheerder'))
      .send({ subject: 'x' })
      .expect(400);

    const replaced = await request(service.http)
      .put('/templates/herstelopdracht-niet-voldaan')
      .set(await bearer('beheerder'))
      .send({
        ...pick(current.body),
        body: `${current.body.body as string}\n\nDeze brief komt uit de eigen versie van de inspectie, kenmerk @kenmerk@.`,
      })
      .expect(201);
    expect(replaced.body).toMatchObject({
      version: current.body.version + 1,
      createdBy: 'beheerder',
    });

    await registerSchool('10004', '14AA00');
    const data = {
      ...herstelopdrachtRequest('case-template', '10004', '14AA00'),
      requestId: 'case-template:niet-voldaan',
      template: 'herstelopdracht-niet-voldaan',
      inReplyToKenmerk: '2026-0000002',
      attachments: [],
    };
    await produce(producer, naming().physical(Topics.notificationsCommands), [sendLetter(data)]);
    const letter = await letterFor(data.requestId, 'sent');
    expect(letter.templateVersion).toBe(current.body.version + 1);
    const [mail] = await mailsTo(boardMail('10004'));
    expect(mail!.text).toContain(
      `Deze brief komt uit de eigen versie van de inspectie, kenmerk ${letter.kenmerk}.`,
    );
    expect(mail!.text).not.toMatch(PLACEHOLDER);
  });

  it('dead-letters a command with a missing placeholder as non-retriable, with the reason, and issues nothing', async () => {
    const dlq = await collectTopic(
      kafka,
      naming().deadLetter(Topics.notificationsCommands, 'notifications'),
    );
    try {
      await registerSchool('10005', '15AA00');
      const data = herstelopdrachtRequest('case-missing', '10005', '15AA00');
      delete data.placeholders['termijn_zienswijze'];
      const counterBefore = await db.db
        .collection('counters')
        .findOne({ _id: 'kenmerk:2026' as never });
      await produce(producer, naming().physical(Topics.notificationsCommands), [sendLetter(data)]);
      const [dead] = await dlq.waitForCount(1);
      expect({
        reason: dead!.headers[DLQ_HEADERS.reason],
        error: dead!.headers[DLQ_HEADERS.error],
      }).toEqual({
        reason: 'non-retriable',
        error: expect.stringContaining(
          "cannot render template 'herstelopdracht-monitoring' version 1: no value for @termijn_zienswijze@",
        ),
      });
      expect(dead!.json<{ data: { requestId: string } }>().data.requestId).toBe(data.requestId);
      expect(await db.db.collection('letters').countDocuments({ requestId: data.requestId })).toBe(
        0,
      );
      // Refused before a kenmerk was taken.
      const counterAfter = await db.db
        .collection('counters')
        .findOne({ _id: 'kenmerk:2026' as never });
      expect(counterAfter!['seq']).toBe(counterBefore!['seq']);
      expect(await mailsTo(boardMail('10005'))).toHaveLength(0);
    } finally {
      await dlq.stop();
    }
  });

  it('hands out unique kenmerken under concurrency and seeds the default templates only once', async () => {
    const counter = service.app.get(KenmerkCounter);
    const kenmerken = await Promise.all(Array.from({ length: 40 }, () => counter.next(2031)));
    expect(new Set(kenmerken).size).toBe(40);
    expect([...kenmerken].sort()[39]).toBe('2031-0000040');

    const templates = service.app.get(TemplatesStore);
    const again = await Promise.all([
      templates.seedDefaults(new Date()),
      templates.seedDefaults(new Date()),
    ]);
    expect(again).toEqual([[], []]);
    // One version 1 per default template, however often seeding runs.
    expect(await db.db.collection('templates').countDocuments({ version: 1 })).toBe(
      Object.keys(DEFAULT_TEMPLATES).length,
    );
  });

  it('repairs the delivery schedule from the letters when an entry was lost', async () => {
    const store = service.app.get(LettersStore);
    const later = new Date(Date.now() + 60 * 60_000);
    // A letter with work due in an hour but without the flag the workers look
    // up (written before the flag existed): the schedule has lost it.
    await db.db
      .collection('letters')
      .insertOne({ _id: 'lost-schedule:herstelopdracht' as never, dueAt: later });
    expect(
      await db.db
        .collection('letters')
        .findOne({ _id: 'lost-schedule:herstelopdracht' as never, due: true }),
    ).toBeNull();
    expect(await store.resync()).toBe(1);
    expect(
      await db.db
        .collection('letters')
        .findOne(
          { _id: 'lost-schedule:herstelopdracht' as never },
          { projection: { dueAt: 1, due: 1 } },
        ),
    ).toEqual({ _id: 'lost-schedule:herstelopdracht', dueAt: later, due: true });
    expect(await store.resync()).toBe(0);
    await db.db.collection('letters').deleteOne({ _id: 'lost-schedule:herstelopdracht' as never });
  });
});

describe('notifications: SMTP down', () => {
  let scope: TestScope;
  let service: RunningService;
  let kafka: Kafka;
  let producer: Producer;

  beforeAll(async () => {
    scope = testScope('notif-smtpdown');
    service = await startApp(scope, {
      SMTP_PORT: String(await closedPort()),
      SMTP_TIMEOUT_MS: '1000',
    });
    kafka = testKafka(scope);
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  it('retries the mail with backoff, then marks the letter failed with LetterDeliveryFailed', async () => {
    const naming = topicNaming(scope.topicPrefix);
    const events = await collectTopic(kafka, naming.physical(Topics.notificationsLetters));
    try {
      await produce(producer, naming.physical(Topics.registryBoards), [
        boardRegistered(board('20001', 'bestuur-20001@example.nl')),
      ]);
      const db = await connectDb(scope);
      await waitFor(
        () => db.db.collection('recipients_boards').findOne({ _id: '20001' as never }),
        {
          description: 'board in read model',
        },
      );
      await db.client.close();
      const data = herstelopdrachtRequest('case-smtp', '20001', '21AA00');
      await produce(producer, naming.physical(Topics.notificationsCommands), [sendLetter(data)]);

      const letter = await waitFor(
        async () => {
          const res = await request(service.http)
            .get('/letters?state=failed')
            .set(await bearer('coordinator'));
          return (res.body.letters as LetterView[]).find((l) => l.requestId === data.requestId);
        },
        { description: 'letter failed after the last try', timeoutMs: 40_000 },
      );
      expect(letter.mail.attempts).toBe(3);
      expect(letter.mail.lastError).toMatch(/ECONNREFUSED/);

      const failed = await waitFor(
        () =>
          events.messages
            .map((m) => m.json<{ type: string; data: Record<string, unknown> }>())
            .find(
              (e) => e.type.endsWith('deliveryfailed.v1') && e.data['kenmerk'] === letter.kenmerk,
            ),
        { description: 'LetterDeliveryFailed' },
      );
      expect(failed.data).toMatchObject({
        channel: 'mail',
        attempts: 3,
        reason: expect.stringContaining('ECONNREFUSED'),
      });
      // The portal channel does not depend on SMTP.
      expect(
        events.messages.some(
          (m) =>
            m.json<{ type: string; data: Record<string, unknown> }>().data['channel'] === 'portal',
        ),
      ).toBe(true);
      // Failed letters wait for an operator; a resend puts them back in delivery.
      await request(service.http)
        .post(`/letters/${letter.kenmerk}/resend`)
        .set(await bearer('coordinator'))
        .expect(202);
    } finally {
      await events.stop();
    }
  });
});

function pick(t: Record<string, unknown>) {
  return {
    description: t['description'],
    subject: t['subject'],
    body: t['body'],
    placeholders: t['placeholders'],
    signatory: t['signatory'],
  };
}
