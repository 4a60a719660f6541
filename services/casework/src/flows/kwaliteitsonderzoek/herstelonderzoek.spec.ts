import { setup } from './testing';

type S = ReturnType<typeof setup>;

/** An investigation of 12AB00 vastgesteld on 1 October 2026: Onvoldoende (a herstelopdracht of P6M on OR1) or Zeer zwak (verscherpt toezicht of a year). */
async function vastgesteld(s: S, eindoordeel: 'Onvoldoende' | 'Zeer zwak', key: string) {
  const { caseId } = await s.opener.open(
    { vestigingCode: '12AB00', aanleiding: 'risico', reason: 'risico' },
    'insp',
    key,
  );
  await s.rapport.judge(
    caseId,
    [{ afdeling: null, standaard: 'OR1', oordeel: 'Onvoldoende' }],
    'insp',
  );
  await s.rapport.concept(caseId, { eindoordeel, paragraphs: [] }, 'insp');
  s.at('2026-10-01');
  await s.rapport.adopt(caseId, { paragraphs: [], term: 'P6M' }, 'insp');
  return caseId;
}

const herstelonderzoek = (follows: string, vestigingCode = '12AB00') => ({
  vestigingCode,
  aanleiding: 'herstelonderzoek' as const,
  reason: 'het herstel beoordelen',
  follows,
});

describe('the herstelonderzoek follows up an investigation that gave a herstelopdracht', () => {
  it('opens linked to it, once, and closes it with result herstelonderzoek out of the queue', async () => {
    const s = setup();
    const first = await vastgesteld(s, 'Onvoldoende', 'k1');
    s.at('2027-04-01');
    await s.t.checks.run('2027-04-01', 'system');
    expect(await s.t.engine.get(first)).toMatchObject({ status: 'vervolg', queue: 'inspecteurs' });

    s.at('2027-04-10');
    const opened = await s.herstel.open(herstelonderzoek(first), 'coord');
    expect(opened.outcome).toBe('opened');
    expect(await s.t.engine.get(opened.caseId)).toMatchObject({
      status: 'onderzoek',
      subject: { vestigingCode: '12AB00' },
      facts: { aanleiding: 'herstelonderzoek', follows: first, kader: '2021-po-v2' },
    });
    expect(await s.t.engine.get(first)).toMatchObject({
      status: 'afgesloten',
      result: 'herstelonderzoek',
      queue: null,
      facts: { herstelonderzoek: opened.caseId },
    });
    // A retry (no answer came) finds the one herstelonderzoek and changes nothing.
    expect(await s.herstel.open(herstelonderzoek(first), 'coord')).toEqual({
      outcome: 'duplicate',
      caseId: opened.caseId,
    });
    expect(s.t.repository.docs.size).toBe(2);
  });

  it('follows up verscherpt toezicht once its improvement period has ended, or while it runs', async () => {
    const s = setup();
    const zeerZwak = await vastgesteld(s, 'Zeer zwak', 'k1');
    // The improvement period (a year from vaststelling) ends: the follow-up is due.
    s.at('2027-10-01');
    expect((await s.t.checks.run('2027-10-01', 'system')).followUpDue).toBe(1);
    expect(await s.t.engine.get(zeerZwak)).toMatchObject({
      status: 'vervolg',
      queue: 'inspecteurs',
    });
    await s.herstel.open(herstelonderzoek(zeerZwak), 'coord');
    expect(await s.t.engine.get(zeerZwak)).toMatchObject({ result: 'herstelonderzoek' });

    // Opened while the herstelopdracht term still runs: the term ends as met, nothing escalates later.
    const t = setup();
    const early = await vastgesteld(t, 'Onvoldoende', 'k2');
    t.at('2027-01-15');
    await t.herstel.open(herstelonderzoek(early), 'coord');
    const closed = await t.t.engine.get(early);
    expect(closed.deadlines.find((d) => d.kind === 'herstelopdracht')!.state).toBe('met');
    t.at('2027-04-01');
    expect((await t.t.checks.run('2027-04-01', 'system')).followUpDue).toBe(0);
  });

  it('refuses, naming why, a herstelonderzoek without the investigation it follows, or one it cannot follow', async () => {
    const s = setup();
    const first = await vastgesteld(s, 'Onvoldoende', 'k1');
    const { caseId: running } = await s.opener.open(
      { vestigingCode: '12AB00', aanleiding: 'risico', reason: 'risico' },
      'insp',
      'k2',
    );
    const withoutLink = { ...herstelonderzoek(first), follows: undefined };
    await expect(s.herstel.open(withoutLink, 'coord')).rejects.toMatchObject({
      kind: 'invalid',
      details: { issues: [{ path: '/follows', message: expect.stringMatching(/names the/) }] },
    });
    await expect(
      s.herstel.open({ ...herstelonderzoek(first), aanleiding: 'risico' }, 'coord'),
    ).rejects.toThrow(/follows: only a herstelonderzoek .* \(aanleiding is risico\)/);
    await expect(s.herstel.open(herstelonderzoek(first, '13CD00'), 'coord')).rejects.toThrow(
      /is about vestiging 12AB00, not 13CD00/,
    );
    await expect(s.herstel.open(herstelonderzoek(running), 'coord')).rejects.toThrow(
      /is onderzoek: its report gave no herstelopdracht or verscherpt toezicht/,
    );
    await expect(
      s.herstel.open(herstelonderzoek('0190a0b0-0000-7000-8000-000000000000'), 'coord'),
    ).rejects.toThrow(/follows: there is no case 0190a0b0-0000-7000-8000-000000000000/);
    // Nothing was opened or closed by any of them.
    expect(s.t.repository.docs.size).toBe(2);
    expect(await s.t.engine.get(first)).toMatchObject({ status: 'herstelopdracht', result: null });
  });
});
