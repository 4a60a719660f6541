import { KlachtRegister, registerCsv } from './register';
import { complete, setup } from './testing';

describe('complaints about the inspectorate: intake', () => {
  it('registers a complete klaagschrift: receipt letter to the complainant, 10 weeks from receipt', async () => {
    const s = setup();
    const r = await s.intake.register(complete(), 'klantcontact-1', 'POST-2026-0001');
    expect(r).toMatchObject({ outcome: 'opened', status: 'in-behandeling' });
    expect((await s.intake.register(complete(), 'klantcontact-1', 'POST-2026-0001')).outcome).toBe(
      'duplicate',
    );
    expect(await s.due(r.caseId, 'afhandeling')).toMatchObject({
      dueOn: '2026-05-11',
      state: 'running',
    });
    expect((await s.due(r.caseId, 'ontvangstbevestiging')).state).toBe('met');
    const [letter] = s.letters();
    expect(letter).toMatchObject({
      template: 'klacht-ontvangstbevestiging',
      bevoegdGezagNummer: null,
      addressee: { name: 'Mevrouw A. Jansen', email: 'a.jansen@example.nl' },
      placeholders: { datum_klacht: '2 maart 2026', deadline_afhandeling: '11 mei 2026' },
    });
    expect((await s.doc(r.caseId)).subject.kind).toBe('none');
  });

  it('records the receipt term as passed when the klaagschrift is registered more than 2 weeks after it came in', async () => {
    const s = setup('2026-03-17T09:00:00Z');
    const r = await s.intake.register(complete(), 'klantcontact-1');
    expect(await s.due(r.caseId, 'ontvangstbevestiging')).toMatchObject({
      dueOn: '2026-03-16',
      state: 'passed',
    });
    expect(s.letters().map((l) => l.template)).toEqual(['klacht-ontvangstbevestiging']);
  });

  it.each([
    [{ conductOn: '2025-02-27' }, /vond plaats op 27 februari 2025, meer dan een jaar/],
    [{ openToObjection: true }, /bezwaar of beroep open/],
  ])(
    'does not handle a complaint under Awb 9:8 (%o), with the letter saying why',
    async (over, why) => {
      const s = setup();
      const r = await s.intake.register(complete(over), 'klantcontact-1');
      const c = await s.doc(r.caseId);
      expect(c).toMatchObject({ status: 'afgehandeld', result: 'niet-behandeld-9-8' });
      expect(c.deadlines.every((d) => d.state === 'met')).toBe(true);
      const [letter] = s.letters();
      expect(letter!.template).toBe('klacht-niet-behandeld');
      expect(letter!.placeholders['reden']).toMatch(why);
    },
  );

  it('handles conduct of exactly one year before receipt', async () => {
    const s = setup();
    const r = await s.intake.register(complete({ conductOn: '2025-03-02' }), 'k');
    expect(r.status).toBe('in-behandeling');
  });

  it('refuses a klaagschrift it cannot answer: no postal address and no e-mail', async () => {
    const s = setup();
    await expect(
      s.intake.register(
        complete({ complainant: { name: 'X', addressLines: [], email: null } }),
        'k',
      ),
    ).rejects.toThrow(/neither a postal address nor an e-mail address/);
  });

  it('asks to complete an incomplete klaagschrift; the decision term stands still until the completion', async () => {
    const s = setup();
    const r = await s.intake.register(complete({ signed: false, datedOn: null }), 'k');
    expect(r.status).toBe('aanvulling-gevraagd');
    const [letter] = s.letters();
    expect(letter).toMatchObject({
      template: 'klacht-aanvulling',
      placeholders: {
        ontbreekt: 'de datum waarop u de klacht verstuurde; uw handtekening',
        termijn_aanvulling: '16 maart 2026',
      },
    });
    expect((await s.due(r.caseId, 'ontvangstbevestiging')).state).toBe('met');
    expect(await s.due(r.caseId, 'afhandeling')).toMatchObject({
      state: 'suspended',
      suspendedOn: '2026-03-02',
    });

    s.at('2026-03-10');
    const partly = await s.intake.complete(
      r.caseId,
      { receivedOn: '2026-03-09', signed: true },
      'k',
    );
    expect(partly).toEqual({
      status: 'aanvulling-gevraagd',
      missing: ['de datum waarop u de klacht verstuurde'],
    });
    const done = await s.intake.complete(
      r.caseId,
      { receivedOn: '2026-03-10', datedOn: '2026-02-27' },
      'k',
    );
    expect(done).toEqual({ status: 'in-behandeling', missing: [] });
    // 8 days stood still (2 to 10 March): 11 May + 8 days.
    expect(await s.due(r.caseId, 'afhandeling')).toMatchObject({
      dueOn: '2026-05-19',
      originalDueOn: '2026-05-11',
      state: 'running',
    });
    expect((await s.due(r.caseId, 'aanvulling')).state).toBe('met');
  });

  it('refuses a completion received after its term, and the checks close the complaint as not completed', async () => {
    const s = setup();
    const r = await s.intake.register(complete({ signed: false }), 'k');
    s.at('2026-03-15');
    expect((await s.t.checks.run('2026-03-15', 'system')).complaintsNotCompleted).toBe(0);
    s.at('2026-03-16');
    await expect(
      s.intake.complete(r.caseId, { receivedOn: '2026-03-16', signed: true }, 'k'),
    ).rejects.toThrow(/ended on 2026-03-16; received on 2026-03-16 is too late/);
    expect((await s.t.checks.run('2026-03-16', 'system')).complaintsNotCompleted).toBe(1);
    const c = await s.doc(r.caseId);
    expect(c).toMatchObject({ status: 'afgehandeld', result: 'niet-aangevuld' });
    expect(c.deadlines.map((d) => [d.kind, d.state])).toEqual([
      ['ontvangstbevestiging', 'met'],
      ['afhandeling', 'met'],
      ['aanvulling', 'passed'],
    ]);
    expect(s.letters().map((l) => l.template)).toEqual([
      'klacht-aanvulling',
      'klacht-niet-behandeld',
    ]);
    expect(s.letters()[1]!.placeholders['reden']).toContain('niet vóór 16 maart 2026 aangevuld');
    s.at('2026-03-17');
    expect((await s.t.checks.run('2026-03-17', 'system')).examined).toBe(0);
  });

  it('does not handle a completed complaint that the completion shows to be more than a year old', async () => {
    const s = setup();
    const r = await s.intake.register(complete({ conductOn: null, signed: false }), 'k');
    s.at('2026-03-05');
    const done = await s.intake.complete(
      r.caseId,
      { receivedOn: '2026-03-05', signed: true, conductOn: '2024-12-01' },
      'k',
    );
    expect(done.status).toBe('afgehandeld');
    expect((await s.doc(r.caseId)).result).toBe('niet-behandeld-9-8');
  });
});

describe('complaints about the inspectorate: the decision term', () => {
  async function registered(s: ReturnType<typeof setup>) {
    return (await s.intake.register(complete(), 'k')).caseId;
  }

  it('adjourns once by at most 4 weeks with a letter; a second adjournment needs consent', async () => {
    const s = setup();
    const id = await registered(s);
    s.at('2026-05-01');
    await expect(
      s.handling.adjourn(id, { duration: 'P5W', reason: 'advies later' }, 'coord'),
    ).rejects.toThrow(/at most P4W: to 2026-06-08 at the latest/);
    const moved = await s.handling.adjourn(
      id,
      { duration: 'P4W', reason: 'De commissie vergadert later.' },
      'coord',
    );
    expect(moved.dueOn).toBe('2026-06-08');
    expect(s.letters()[1]).toMatchObject({
      template: 'klacht-verdaging',
      placeholders: {
        deadline_afhandeling: '8 juni 2026',
        reden_verdaging: 'De commissie vergadert later.',
      },
    });
    await expect(
      s.handling.adjourn(id, { duration: 'P1W', reason: 'nog eens' }, 'coord'),
    ).rejects.toThrow(/already adjourned once .* written consent/);
    s.at('2026-06-01');
    const consented = await s.handling.delayWithConsent(
      id,
      {
        until: '2026-07-01',
        reason: 'hoorzitting na de zomer',
        consent: { givenOn: '2026-05-28', document: 'e-mail van klager' },
      },
      'coord',
    );
    expect(consented.dueOn).toBe('2026-07-01');
    expect(consented.changes[1]!.consent).toEqual({
      givenBy: 'klager',
      givenOn: '2026-05-28',
      document: 'e-mail van klager',
    });
  });

  it('refuses to adjourn after the term has ended', async () => {
    const s = setup();
    const id = await registered(s);
    s.at('2026-05-11');
    await expect(
      s.handling.adjourn(id, { duration: 'P2W', reason: 'te laat' }, 'coord'),
    ).rejects.toThrow(/ended on 2026-05-11: it can only be moved while it runs/);
  });

  it('decides only after a hearing report or a recorded 9:10(2) reason; the letter has reasons and the ombudsman route', async () => {
    const s = setup();
    const id = await registered(s);
    s.at('2026-04-01');
    const decision = {
      outcome: 'deels-gegrond' as const,
      reasons: 'De inspecteur had u moeten laten uitspreken.',
    };
    await expect(s.handling.decide(id, decision, 'coord')).rejects.toThrow(/hear the complainant/);
    await s.handling.scheduleHearing(id, '2026-04-15', 'coord');
    expect((await s.doc(id)).status).toBe('hoorzitting-gepland');
    await expect(s.handling.decide(id, decision, 'coord')).rejects.toThrow(/hear the complainant/);
    s.at('2026-04-16');
    await s.handling.hearingReport(
      id,
      { heldOn: '2026-04-15', text: 'Klager en inspecteur zijn gehoord.' },
      'coord',
    );
    await s.handling.decide(id, decision, 'coord');
    const c = await s.doc(id);
    expect(c).toMatchObject({ status: 'afgehandeld', result: 'deels-gegrond' });
    expect((await s.due(id, 'afhandeling')).state).toBe('met');
    expect(s.letters()[1]).toMatchObject({
      template: 'klacht-uitkomst',
      placeholders: { oordeel: 'gedeeltelijk gegrond', motivering: decision.reasons },
    });
    expect(c.documents.map((d) => d.title)).toEqual([
      'Klaagschrift, ontvangen 2026-03-02',
      'Verslag van de hoorzitting op 2026-04-15',
      'Afhandeling van de klacht: gedeeltelijk gegrond',
    ]);
  });

  it('escalates to the coordinators when the term passes without an outcome; a late decision counts as late', async () => {
    const s = setup();
    const id = await registered(s);
    s.at('2026-05-10');
    expect((await s.t.checks.run('2026-05-10', 'system')).complaintsOverdue).toBe(0);
    s.at('2026-05-11');
    expect((await s.t.checks.run('2026-05-11', 'system')).complaintsOverdue).toBe(1);
    expect(await s.doc(id)).toMatchObject({ status: 'termijn-verstreken', queue: 'coordinators' });
    s.at('2026-05-12');
    expect((await s.t.checks.run('2026-05-12', 'system')).examined).toBe(0);
    s.at('2026-05-20');
    await s.handling.skipHearing(
      id,
      { reason: 'kennelijk-ongegrond', explanation: 'Het gesprek vond niet plaats.' },
      'coord',
    );
    await s.handling.decide(
      id,
      { outcome: 'ongegrond', reasons: 'Er was op die dag geen gesprek.' },
      'coord',
    );
    expect((await s.due(id, 'afhandeling')).state).toBe('passed');

    const register = await new KlachtRegister(s.t.repository).forYear(2026);
    expect(register).toMatchObject({
      received: 1,
      open: 0,
      byOutcome: { ongegrond: 1 },
      byHandlingTime: { '10-tot-14-weken': 1 },
      decidedLate: 1,
      decidedInTime: 0,
      medianHandlingDays: 79,
    });
  });

  it('a suspended term (completion asked) is never escalated', async () => {
    const s = setup();
    await s.intake.register(complete({ signed: false }), 'k');
    s.at('2026-05-12');
    expect((await s.t.checks.run('2026-05-12', 'system')).complaintsOverdue).toBe(0);
  });
});

describe('the yearly register', () => {
  it('counts complaints received in the year by outcome and handling time, as JSON and CSV', async () => {
    const s = setup('2026-01-05T09:00:00Z');
    const a = (
      await s.intake.register(complete({ receivedOn: '2026-01-05', conductOn: null }), 'k')
    ).caseId;
    await s.intake.register(complete({ receivedOn: '2026-01-05', openToObjection: true }), 'k');
    await s.intake.register(complete({ receivedOn: '2026-01-05', conductOn: null }), 'k');
    s.at('2026-02-02');
    await s.handling.skipHearing(
      a,
      { reason: 'geen-prijs-op-gesteld', explanation: 'Klager wil niet gehoord worden.' },
      'c',
    );
    await s.handling.decide(
      a,
      { outcome: 'gegrond', reasons: 'De brief had eerder verstuurd moeten worden.' },
      'c',
    );
    const r = await new KlachtRegister(s.t.repository).forYear(2026);
    expect(r).toMatchObject({
      received: 3,
      open: 1,
      byOutcome: { gegrond: 1, 'niet-behandeld-9-8': 1, open: 1 },
      byHandlingTime: { 'binnen-6-weken': 2 },
      decidedInTime: 2,
    });
    expect(registerCsv(r)).toBe(
      'jaar,uitkomst,afhandeltermijn,aantal\r\n' +
        '2026,gegrond,binnen-6-weken,1\r\n' +
        '2026,niet-behandeld-9-8,binnen-6-weken,1\r\n' +
        '2026,open,,1\r\n',
    );
    expect((await new KlachtRegister(s.t.repository).forYear(2025)).received).toBe(0);
  });
});
