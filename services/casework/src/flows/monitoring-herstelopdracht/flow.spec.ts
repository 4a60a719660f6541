import {
  CaseClosed,
  CaseEscalated,
  CaseOpened,
  HerstelopdrachtIssued,
  HerstelopdrachtOutcomeDetermined,
  SendLetter,
  type EventOf,
  SubmissionMissing,
  SubmissionReceived,
  createEvent,
  sourceOf,
} from '@inspectorate/contracts';
import { SYSTEM } from '../../engine/case';
import { newTestEngine } from '../../engine/testing/fakes';
import { MonitoringHerstelopdrachtFlow } from './flow';
import { OpenCaseForMissingSubmission } from './open-case.usecase';
import { HoorEnWederhoor } from './report.usecase';
import { FulfilOnSubmissionReceived } from './submission-received.usecase';
import { SubjectDirectory } from './subjects';

class FakeSubjects extends SubjectDirectory {
  async vestiging(code: string) {
    return { name: `De Schakel ${code}` };
  }
  async board() {
    return { name: 'Stichting De Schakel' };
  }
  async school() {
    return { name: 'De Schakel' };
  }
}

function missing(
  vestigingCode = '12AB00',
  over: Partial<EventOf<typeof SubmissionMissing>['data']> = {},
) {
  return createEvent(SubmissionMissing, {
    source: sourceOf('monitoring-intake'),
    subject: vestigingCode,
    correlationId: 'corr-1',
    data: {
      vestigingCode,
      brin: vestigingCode.slice(0, 4),
      bevoegdGezagNummer: '41234',
      sector: 'po',
      schooljaar: '2025-2026',
      deadline: '2026-07-01',
      ...over,
    },
  });
}

function received(receivedAt: string, submissionId = '0b6f2f5e-5d2a-4a49-9c59-1f0c4b9a7e01') {
  return createEvent(SubmissionReceived, {
    source: sourceOf('monitoring-intake'),
    subject: '12AB00',
    correlationId: 'corr-2',
    data: {
      submissionId,
      revision: 1,
      vestigingCode: '12AB00',
      brin: '12AB',
      schooljaar: '2025-2026',
      providerId: 'prov-1',
      instrument: { name: 'Vensters', version: '2026' },
      receivedAt,
      late: true,
      respondents: 120,
      responseRate: 0.8,
      headline: { shareFeelingSafe: 0.9, shareBullied: 0.1 },
    },
  });
}

function setup() {
  const flow = new MonitoringHerstelopdrachtFlow();
  const t = newTestEngine([flow]);
  const open = new OpenCaseForMissingSubmission(t.engine, new FakeSubjects(), {
    herstelopdrachtDeadline: '11-01',
  });
  const fulfil = new FulfilOnSubmissionReceived(t.engine);
  const hoor = new HoorEnWederhoor(t.engine);
  const letters = () =>
    t.repository.published
      .filter((e) => e.event.type === SendLetter.type)
      .map((e) => e.event.data as { template: string; placeholders: Record<string, string> });
  const only = async () => (await t.repository.get([...t.repository.docs.keys()][0]!))!;
  const issueKenmerk = async (kenmerk = 'IVHO/2026/000101') => {
    const c = await only();
    await t.engine.onLetterIssued(c._id, `${c._id}:herstelopdracht`, kenmerk, {
      correlationId: 'x',
    });
  };
  return { t, open, fulfil, hoor, letters, only, issueKenmerk };
}

describe('the monitoring herstelopdracht flow', () => {
  it('opens one case per vestiging and schooljaar, with concept report, deadlines and the first letter', async () => {
    const s = setup();
    expect(await s.open.execute(missing())).toBe('opened');
    expect(await s.open.execute(missing())).toBe('duplicate');
    const c = await s.only();
    expect(c).toMatchObject({
      status: 'hoor-en-wederhoor',
      nextCheckOn: '2026-07-15',
      decisions: [{ kind: 'herstelopdracht', outcome: null }],
    });
    expect(c.deadlines.map((d) => [d.kind, d.dueOn])).toEqual([
      ['zienswijze', '2026-07-15'],
      ['herstelopdracht', '2026-11-01'],
    ]);
    expect(s.t.repository.eventTypes()).toEqual([
      CaseOpened.type,
      HerstelopdrachtIssued.type,
      SendLetter.type,
    ]);
    expect(s.letters()[0]).toMatchObject({
      template: 'herstelopdracht-monitoring',
      placeholders: {
        deadline_herstelopdracht: '1 november 2026',
        schoolnaam: 'De Schakel 12AB00',
      },
    });
  });

  it('says the same date the same way in the letter and the concept report: vóór the exclusive due date', async () => {
    const s = setup();
    await s.open.execute(missing());
    const c = await s.only();
    const letter = s.letters()[0]!;
    const due = (kind: string) => c.deadlines.find((d) => d.kind === kind)!.dueOn;
    expect([due('herstelopdracht'), due('zienswijze')]).toEqual(['2026-11-01', '2026-07-15']);
    expect(letter.placeholders).toMatchObject({
      deadline_monitoring: '1 juli 2026',
      deadline_herstelopdracht: '1 november 2026',
      termijn_zienswijze: '15 juli 2026',
    });
    const concept = c.documents[0]!.paragraphs.join(' ');
    expect(concept).toContain('vóór 1 juli 2026');
    expect(concept).toContain('vóór 1 november 2026');
    expect(concept).not.toMatch(/uiterlijk|tot en met/);
    // notifications signs it as the director of the school's sector.
    expect(letter).toMatchObject({ sector: 'po' });
  });

  it('refuses, without retry, a sector the case type has no legal basis for', async () => {
    const s = setup();
    await expect(s.open.execute(missing('12AB00', { sector: 'mbo' }))).rejects.toThrow(
      /no legal basis for sector 'mbo'/,
    );
    expect(s.t.repository.docs.size).toBe(0);
  });

  it('is voldaan when data comes before the deadline: voldaan letter quoting the first kenmerk, case closed', async () => {
    const s = setup();
    await s.open.execute(missing());
    await s.issueKenmerk();
    expect(await s.fulfil.execute(received('2026-09-15T09:59:00Z'))).toBe('closed');
    const c = await s.only();
    expect(c).toMatchObject({ status: 'afgesloten', result: 'voldaan', nextCheckOn: null });
    expect(s.letters()[1]).toMatchObject({
      template: 'herstelopdracht-voldaan',
      inReplyToKenmerk: 'IVHO/2026/000101',
    });
    expect(s.t.repository.eventTypes().slice(3)).toEqual([
      SendLetter.type,
      HerstelopdrachtOutcomeDetermined.type,
      CaseClosed.type,
    ]);
    // The same delivery again changes nothing; another one is recorded, once.
    expect(await s.fulfil.execute(received('2026-09-15T09:59:00Z'))).toBe('unchanged');
    const other = '0b6f2f5e-5d2a-4a49-9c59-1f0c4b9a7e02';
    expect(await s.fulfil.execute(received('2026-09-20T09:00:00Z', other))).toBe('recorded');
    expect(await s.fulfil.execute(received('2026-09-20T09:00:00Z', other))).toBe('unchanged');
    expect((await s.only()).handled).toHaveLength(2);
    expect(s.letters()).toHaveLength(2);
  });

  it('is voldaan at once when data comes before the first kenmerk is known; the letter waits for it and goes once', async () => {
    const s = setup();
    await s.open.execute(missing());
    // notifications is slow: the kenmerk of the first letter is not back yet.
    expect(await s.fulfil.execute(received('2026-09-15T09:59:00Z'))).toBe('closed');
    let c = await s.only();
    expect(c).toMatchObject({ status: 'afgesloten', result: 'voldaan' });
    expect(c.letters[1]).toMatchObject({
      template: 'herstelopdracht-voldaan',
      kenmerk: null,
      waitsFor: `${c._id}:herstelopdracht`,
    });
    expect(s.letters()).toHaveLength(1);
    expect(s.t.repository.eventTypes().slice(3)).toEqual([
      HerstelopdrachtOutcomeDetermined.type,
      CaseClosed.type,
    ]);
    await s.issueKenmerk();
    expect(s.letters()[1]).toMatchObject({
      template: 'herstelopdracht-voldaan',
      inReplyToKenmerk: 'IVHO/2026/000101',
    });
    c = await s.only();
    expect(c.letters[1]).toMatchObject({ waitsFor: null, held: null });
    expect(c.timeline.map((e) => e.action)).toEqual(
      expect.arrayContaining(['letter-held', 'letter-issued', 'letter-requested']),
    );
    // The kenmerk reported again (a redelivery) sends nothing more.
    await s.issueKenmerk();
    expect(s.letters()).toHaveLength(2);
  });

  it('escalates once the deadline passes without data; a second run changes nothing', async () => {
    const s = setup();
    await s.open.execute(missing());
    await s.issueKenmerk();
    s.t.clock.set('2026-11-02T07:00:00Z');
    expect(await s.t.checks.run('2026-10-31', SYSTEM)).toEqual({
      examined: 1,
      reportsAdopted: 1,
      escalated: 0,
    });
    expect(await s.t.checks.run('2026-11-01', SYSTEM)).toEqual({
      examined: 1,
      reportsAdopted: 0,
      escalated: 1,
    });
    expect(await s.t.checks.run('2026-11-02', SYSTEM)).toMatchObject({ examined: 0 });
    const c = await s.only();
    expect(c).toMatchObject({ status: 'geescaleerd', queue: 'coordinators' });
    expect(s.letters().map((l) => l.template)).toEqual([
      'herstelopdracht-monitoring',
      'herstelopdracht-niet-voldaan',
    ]);
    expect(s.t.repository.eventTypes().at(-1)).toBe(CaseEscalated.type);
  });

  it('takes a zienswijze within its term only, and adopts the report on request', async () => {
    const s = setup();
    await s.open.execute(missing());
    const { _id } = await s.only();
    await expect(s.hoor.registerZienswijze(_id, 'te laat', '2026-07-15', 'i-1')).rejects.toThrow(
      /ended on 2026-07-15/,
    );
    await s.hoor.registerZienswijze(
      _id,
      'Wij hebben opdracht gegeven.\n\nMet groet.',
      '2026-07-10',
      'i-1',
    );
    await s.hoor.adopt(_id, 'i-1', 'zienswijze gewogen');
    const c = await s.only();
    expect(c.status).toBe('rapport-vastgesteld');
    expect(c.documents.map((d) => d.kind)).toEqual([
      'concept-report',
      'zienswijze',
      'final-report',
    ]);
    await expect(s.hoor.adopt(_id, 'i-1', 'again')).rejects.toThrow(/can't be adopted/);
  });

  it('writes the monitoring deadline of the event, not 1 July, in the later letters and the final report', async () => {
    // monitoring-intake sets the deadline per schooljaar; this year's is 15 June.
    const s = setup();
    await s.open.execute(missing('12AB00', { schooljaar: '2026-2027', deadline: '2027-06-15' }));
    await s.issueKenmerk();
    s.t.clock.set('2027-11-02T07:00:00Z');
    await s.t.checks.run('2027-11-01', SYSTEM);
    const [first, nietVoldaan] = s.letters();
    expect(first!.placeholders['deadline_monitoring']).toBe('15 juni 2027');
    expect(nietVoldaan!.placeholders['deadline_monitoring']).toBe('15 juni 2027');
    const report = (await s.only()).documents.find((d) => d.kind === 'final-report')!;
    expect(report.paragraphs[0]).toContain('vóór 15 juni 2027');
  });

  it('refuses deadline checks for a day that has not come', async () => {
    const s = setup();
    await s.open.execute(missing());
    await expect(s.t.checks.run('9999-12-31', SYSTEM)).rejects.toThrow(
      /today \(2026-07-01\) or an earlier day, not for 9999-12-31/,
    );
    expect((await s.only()).status).toBe('hoor-en-wederhoor');
  });
});
