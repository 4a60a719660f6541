import { complete, setup } from './testing';

/**
 * The branches of the complaint clock that flow.spec leaves out: each term
 * that moved (resumed, adjourned, delayed with consent) passes on its moved
 * day and not before; the receipt term when the first answer is late; a
 * hearing or a withdrawal while the term runs.
 */
describe('the complaint clock: a moved term passes on its new day', () => {
  const overdueOn = async (s: ReturnType<typeof setup>, day: string) => {
    s.at(day);
    return (await s.t.checks.run(day, 'system')).complaintsOverdue;
  };

  it('a term resumed after a completion passes on its moved date, not the original', async () => {
    const s = setup();
    const r = await s.intake.register(complete({ signed: false }), 'k');
    s.at('2026-03-10');
    await s.intake.complete(r.caseId, { receivedOn: '2026-03-10', signed: true }, 'k');
    expect((await s.due(r.caseId, 'afhandeling')).dueOn).toBe('2026-05-19');
    expect(await overdueOn(s, '2026-05-11')).toBe(0);
    expect(await overdueOn(s, '2026-05-18')).toBe(0);
    expect(await overdueOn(s, '2026-05-19')).toBe(1);
    expect(await s.doc(r.caseId)).toMatchObject({ status: 'termijn-verstreken' });
  });

  it('a completion on the day it was asked adds no day', async () => {
    const s = setup();
    const r = await s.intake.register(complete({ signed: false }), 'k');
    await s.intake.complete(r.caseId, { receivedOn: '2026-03-02', signed: true }, 'k');
    expect(await s.due(r.caseId, 'afhandeling')).toMatchObject({
      dueOn: '2026-05-11',
      state: 'running',
    });
  });

  it('refuses, with the dates, a completion dated before it was asked for (registered late)', async () => {
    // Received on 2 March, registered on 10 March: the completion is asked (and the term stands still) from 10 March.
    const s = setup('2026-03-10T09:00:00Z');
    const r = await s.intake.register(complete({ signed: false }), 'k');
    expect((await s.due(r.caseId, 'afhandeling')).suspendedOn).toBe('2026-03-10');
    await expect(
      s.intake.complete(r.caseId, { receivedOn: '2026-03-09', signed: true }, 'k'),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/received on 2026-03-09 is before .*asked .*2026-03-10/),
    });
    expect((await s.doc(r.caseId)).status).toBe('aanvulling-gevraagd');
  });

  it('an adjourned term passes on its new date; a decision after it counts as late', async () => {
    const s = setup();
    const r = await s.intake.register(complete(), 'k');
    s.at('2026-05-04');
    await s.handling.adjourn(r.caseId, { duration: 'P4W', reason: 'De commissie later.' }, 'c');
    expect(await overdueOn(s, '2026-05-11')).toBe(0);
    expect(await overdueOn(s, '2026-06-07')).toBe(0);
    expect(await overdueOn(s, '2026-06-08')).toBe(1);
    s.at('2026-06-09');
    await s.handling.skipHearing(
      r.caseId,
      { reason: 'niet-gereageerd', explanation: 'Geen reactie op de uitnodiging.' },
      'c',
    );
    await s.handling.decide(r.caseId, { outcome: 'ongegrond', reasons: 'Zie het advies.' }, 'c');
    expect(await s.due(r.caseId, 'afhandeling')).toMatchObject({
      dueOn: '2026-06-08',
      state: 'passed',
    });
  });

  it('a term delayed with consent passes on the agreed day; the consent is checked', async () => {
    const s = setup();
    const r = await s.intake.register(complete(), 'k');
    s.at('2026-05-04');
    await s.handling.adjourn(r.caseId, { duration: 'P2W', reason: 'De commissie later.' }, 'c');
    const consent = { givenOn: '2026-05-20', document: 'brief van klager' };
    const delay = (until: string) =>
      s.handling.delayWithConsent(r.caseId, { until, reason: 'na de zomer', consent }, 'c');
    s.at('2026-05-19');
    await expect(delay('2026-07-01')).rejects.toThrow(
      /consent given on 2026-05-20 is later than the extension \(2026-05-19\)/,
    );
    s.at('2026-05-20');
    await expect(delay('2026-05-25')).rejects.toThrow(
      /until \(2026-05-25\) must be after the current due date \(2026-05-25\)/,
    );
    await delay('2026-07-01');
    expect(await overdueOn(s, '2026-06-30')).toBe(0);
    expect(await overdueOn(s, '2026-07-01')).toBe(1);
    // Once passed, the term moves no more, not even with consent.
    s.at('2026-07-02');
    await expect(delay('2026-08-01')).rejects.toThrow(
      /ended on 2026-07-01: it can only be moved while it runs/,
    );
  });

  it('a term with a hearing scheduled passes like any other; the report and the decision still follow', async () => {
    const s = setup();
    const r = await s.intake.register(complete(), 'k');
    s.at('2026-05-01');
    await s.handling.scheduleHearing(r.caseId, '2026-05-13', 'c');
    expect(await overdueOn(s, '2026-05-11')).toBe(1);
    expect(await s.doc(r.caseId)).toMatchObject({
      status: 'termijn-verstreken',
      queue: 'coordinators',
    });
    s.at('2026-05-14');
    await s.handling.hearingReport(r.caseId, { heldOn: '2026-05-13', text: 'Gehoord.' }, 'c');
    await s.handling.decide(r.caseId, { outcome: 'gegrond', reasons: 'Klager heeft gelijk.' }, 'c');
    expect((await s.doc(r.caseId)).result).toBe('gegrond');
  });

  it('decided the day before the term ends: in time; on its last day: late', async () => {
    const s = setup();
    const a = (await s.intake.register(complete(), 'k')).caseId;
    const b = (await s.intake.register(complete(), 'k')).caseId;
    for (const id of [a, b])
      await s.handling.skipHearing(
        id,
        { reason: 'kennelijk-ongegrond', explanation: 'Er was geen gesprek.' },
        'c',
      );
    const decision = { outcome: 'ongegrond' as const, reasons: 'Er was geen gesprek.' };
    s.at('2026-05-10');
    await s.handling.decide(a, decision, 'c');
    s.at('2026-05-11');
    await s.handling.decide(b, decision, 'c');
    expect((await s.due(a, 'afhandeling')).state).toBe('met');
    expect((await s.due(b, 'afhandeling')).state).toBe('passed');
  });
});

describe('the complaint clock: the receipt term and withdrawal', () => {
  it('an incomplete klaagschrift registered 2 weeks after it came in: the receipt term passed', async () => {
    const s = setup('2026-03-16T09:00:00Z');
    const r = await s.intake.register(complete({ signed: false }), 'k');
    expect(await s.due(r.caseId, 'ontvangstbevestiging')).toMatchObject({
      dueOn: '2026-03-16',
      state: 'passed',
    });
    expect(s.letters().map((l) => l.template)).toEqual(['klacht-aanvulling']);
  });

  it('not handled under 9:8, answered late: the receipt term passed, the letter still goes', async () => {
    const s = setup('2026-03-20T09:00:00Z');
    const r = await s.intake.register(complete({ openToObjection: true }), 'k');
    const c = await s.doc(r.caseId);
    expect(c.result).toBe('niet-behandeld-9-8');
    expect(c.deadlines.map((d) => [d.kind, d.state])).toEqual([
      ['ontvangstbevestiging', 'passed'],
      ['afhandeling', 'met'],
    ]);
    expect(s.letters().map((l) => l.template)).toEqual(['klacht-niet-behandeld']);
  });

  it('a withdrawal ends every term, without a letter; nothing is checked after it', async () => {
    const s = setup();
    const r = await s.intake.register(complete({ signed: false }), 'k');
    s.at('2026-03-05');
    await s.handling.withdraw(r.caseId, 'Klager trekt de klacht in na een gesprek.', 'c');
    const c = await s.doc(r.caseId);
    expect(c).toMatchObject({ status: 'afgehandeld', result: 'ingetrokken' });
    expect(c.deadlines.every((d) => d.state === 'met')).toBe(true);
    expect(s.letters().map((l) => l.template)).toEqual(['klacht-aanvulling']);
    s.at('2026-06-01');
    expect((await s.t.checks.run('2026-06-01', 'system')).examined).toBe(0);
    await expect(s.handling.withdraw(r.caseId, 'nog eens intrekken', 'c')).rejects.toThrow(
      /has been dealt with \(ingetrokken\)/,
    );
  });
});
