import { RapportVastgesteld, SendLetter } from '@inspectorate/contracts';
import type { SendLetterData } from '@inspectorate/contracts';
import { newTestEngine } from '../../engine/testing/fakes';
import { KaderCatalogue } from '../kwaliteitsonderzoek/kader';
import { OpenKwaliteitsonderzoek } from '../kwaliteitsonderzoek/open.usecase';
import { KwaliteitsRapport } from '../kwaliteitsonderzoek/report.usecase';
import { SchoolDirectory, type VestigingFacts } from '../kwaliteitsonderzoek/schools';
import { BoardDirectory } from './boards';
import { BestuursonderzoekFlow } from './flow';
import { OpenBestuursonderzoek, verificatiesOf } from './open.usecase';
import { BestuursPlanning, RISK_SIGNAL_TYPE } from './planning.usecase';
import { BESTUURSONDERZOEK, cycleOf, planBoards } from './rules';
import { KwaliteitsonderzoekFlow } from '../kwaliteitsonderzoek/flow';

const BOARDS = [
  { bevoegdGezagNummer: '41234', name: 'Stichting De Schakel' },
  { bevoegdGezagNummer: '41235', name: 'Stichting Het Baken' },
  { bevoegdGezagNummer: '41236', name: 'Vereniging Ons Lyceum' },
];

class FakeBoards extends BoardDirectory {
  async openBoards() {
    return BOARDS;
  }
  async board(bg: string) {
    return BOARDS.find((b) => b.bevoegdGezagNummer === bg) ?? null;
  }
  async boardOfVestiging(code: string) {
    return code.startsWith('12') ? '41234' : code.startsWith('13') ? '41235' : null;
  }
}

class FakeSchools extends SchoolDirectory {
  async vestiging(code: string): Promise<VestigingFacts | null> {
    return {
      vestigingCode: code,
      name: `Locatie ${code}`,
      brin: code.slice(0, 4),
      bevoegdGezagNummer: '41234',
      boardName: 'Stichting De Schakel',
      schoolName: 'De Schakel',
      sector: 'po',
    };
  }
}

function setup(now = '2026-09-14T09:00:00Z') {
  const t = newTestEngine([new KwaliteitsonderzoekFlow(), new BestuursonderzoekFlow()], { now });
  const kaders = new KaderCatalogue();
  const schools = new OpenKwaliteitsonderzoek(t.engine, new FakeSchools(), kaders, t.clock);
  const opener = new OpenBestuursonderzoek(t.engine, new FakeBoards(), kaders, schools, t.clock);
  const planning = new BestuursPlanning(t.repository, new FakeBoards(), t.clock);
  const rapport = new KwaliteitsRapport(t.engine, kaders);
  const letters = () =>
    t.repository.published
      .filter((e) => e.event.type === SendLetter.type)
      .map((e) => e.event.data as SendLetterData);
  const at = (day: string) => t.clock.set(`${day}T09:00:00Z`);
  return { t, opener, planning, rapport, letters, at };
}

describe('the four-yearly planning of bestuursonderzoeken (rules)', () => {
  it('keeps periods of four years from 1 August 2025, before and after', () => {
    expect(cycleOf('2026-09-14')).toEqual({ from: '2025-08-01', until: '2029-08-01' });
    expect(cycleOf('2029-08-01')).toEqual({ from: '2029-08-01', until: '2033-08-01' });
    expect(cycleOf('2025-07-31')).toEqual({ from: '2021-08-01', until: '2025-08-01' });
  });

  it('puts a board in the year its four years end, overdue first, risk next, then by due date', () => {
    const plan = (today: string, year: number, risk: [string, number][] = []) =>
      planBoards({
        boards: [...BOARDS, { bevoegdGezagNummer: '41237', name: 'Nieuw bestuur' }],
        investigations: [
          { caseId: 'a', bevoegdGezagNummer: '41234', openedOn: '2022-03-10', running: false },
          { caseId: 'b', bevoegdGezagNummer: '41235', openedOn: '2023-05-01', running: false },
          { caseId: 'c', bevoegdGezagNummer: '41235', openedOn: '2019-05-01', running: false },
          { caseId: 'd', bevoegdGezagNummer: '41236', openedOn: '2026-02-01', running: true },
        ],
        riskSignals: new Map(risk),
        today,
        horizon: `${year + 1}-01-01`,
      });
    // 2026: 41234 is due before 10 March 2026 (overdue); 41235 not before 2027; 41236 runs; 41237 by 2029.
    expect(
      plan('2026-09-14', 2026).map((b) => [b.bevoegdGezagNummer, b.dueBefore, b.overdue]),
    ).toEqual([['41234', '2026-03-10', true]]);
    // 2027 as seen in January 2027: the overdue one, then 41235 (its last one is the latest on record).
    expect(plan('2027-01-05', 2027).map((b) => b.bevoegdGezagNummer)).toEqual(['41234', '41235']);
    expect(plan('2027-01-05', 2027)[1]).toMatchObject({
      lastInvestigatedOn: '2023-05-01',
      lastCaseId: 'b',
      dueBefore: '2027-05-01',
      overdue: false,
    });
    // Risk signals bring a board in early and above those merely due; the running one stays out.
    expect(
      plan('2027-01-05', 2027, [
        ['41237', 2],
        ['41236', 5],
      ]).map((b) => [b.bevoegdGezagNummer, b.riskSignals]),
    ).toEqual([
      ['41234', 0],
      ['41237', 2],
      ['41235', 0],
    ]);
    // A board never investigated here is due by the end of the period (1 August 2029).
    expect(plan('2029-03-01', 2029).find((b) => b.bevoegdGezagNummer === '41237')).toMatchObject({
      dueBefore: '2029-08-01',
      lastInvestigatedOn: null,
      why: expect.stringContaining('no bestuursonderzoek on record in the period 2025-08-01'),
    });
  });
});

describe('bestuursonderzoek', () => {
  it('plans from the cases on record and the open handmatige analyses, on a scenario clock', async () => {
    const s = setup('2026-09-14T09:00:00Z');
    // Every board is due by 1 August 2029; none in 2026.
    expect((await s.planning.forYear()).boards).toEqual([]);
    expect((await s.planning.forYear(2029)).boards.map((b) => b.bevoegdGezagNummer)).toEqual([
      '41234',
      '41235',
      '41236',
    ]);
    // A handmatige analyse open on 41236 brings it into this year's queue.
    await s.t.engine.open(
      {
        typeCode: RISK_SIGNAL_TYPE,
        uniqueKey: 'ha',
        actor: 'system',
        cause: { correlationId: 'c' },
      },
      async () => ({
        subject: {
          kind: 'board',
          bevoegdGezagNummer: '41236',
          brin: null,
          vestigingCode: null,
          boardName: null,
          schoolName: null,
          sector: null,
        },
        schooljaar: null,
        why: 'risk',
        build: () => undefined,
      }),
    );
    expect((await s.planning.forYear()).boards).toMatchObject([
      { bevoegdGezagNummer: '41236', riskSignals: 1, overdue: false },
    ]);
    // Opened in 2026: out of the queue while it runs, due again four years on.
    await s.opener.open(
      { bevoegdGezagNummer: '41234', aanleiding: 'vierjaarlijks', reason: 'planning' },
      'coord',
    );
    expect((await s.planning.forYear(2029)).boards.map((b) => b.bevoegdGezagNummer)).toEqual([
      '41236',
      '41235',
    ]);
  }, 20_000);

  it('opens once per board per year with the BKA kader and the announcement letter', async () => {
    const s = setup();
    const input = {
      bevoegdGezagNummer: '41234',
      aanleiding: 'vierjaarlijks',
      reason: 'planning',
    } as const;
    const first = await s.opener.open(input, 'coord');
    expect(await s.opener.open(input, 'coord')).toEqual({
      outcome: 'duplicate',
      caseId: first.caseId,
    });
    await expect(s.opener.open({ ...input, bevoegdGezagNummer: '99999' }, 'coord')).rejects.toThrow(
      /board 99999 is not an open board/,
    );
    const c = await s.t.engine.get(first.caseId);
    expect(c).toMatchObject({
      caseType: { code: BESTUURSONDERZOEK },
      status: 'onderzoek',
      subject: { kind: 'board', bevoegdGezagNummer: '41234', boardName: 'Stichting De Schakel' },
      facts: { kader: '2021-bestuur-v1', aanleiding: 'vierjaarlijks' },
    });
    expect(s.letters()).toEqual([
      expect.objectContaining({
        template: 'bestuursonderzoek-aankondiging',
        bevoegdGezagNummer: '41234',
        brin: null,
        afschriftAanDirectie: false,
        placeholders: expect.objectContaining({
          standaarden: expect.stringContaining('BKA1 Visie, ambities en doelen'),
        }),
      }),
    ]);
  });

  it('verificatie-activiteiten open linked kwaliteitsonderzoeken at schools of the board only', async () => {
    const s = setup();
    const { caseId } = await s.opener.open(
      { bevoegdGezagNummer: '41234', aanleiding: 'vierjaarlijks', reason: 'planning' },
      'coord',
    );
    const v = await s.opener.verificatie(caseId, '12AB00', 'zicht op kwaliteit', 'insp');
    expect(await s.opener.verificatie(caseId, '12AB00', 'nog eens', 'insp')).toEqual({
      outcome: 'duplicate',
      caseId: v.caseId,
    });
    await expect(s.opener.verificatie(caseId, '13CD00', 'r', 'insp')).rejects.toThrow(
      /13CD00 is not a school of board 41234 \(its board is 41235\)/,
    );
    await expect(s.opener.verificatie(v.caseId, '12AB01', 'r', 'insp')).rejects.toThrow(
      /is a kwaliteitsonderzoek, not a bestuursonderzoek/,
    );
    expect(verificatiesOf((await s.t.engine.get(caseId)).facts)).toEqual([
      { vestigingCode: '12AB00', caseId: v.caseId },
    ]);
    expect((await s.t.engine.get(v.caseId)).facts).toMatchObject({
      aanleiding: 'verificatie',
      partOf: caseId,
    });
  });

  it('judges BKA standards, reports to the board and ends in vervolgtoezicht for an Onvoldoende', async () => {
    const s = setup();
    const { caseId } = await s.opener.open(
      { bevoegdGezagNummer: '41234', aanleiding: 'risico', reason: 'financiën' },
      'coord',
    );
    const B = BESTUURSONDERZOEK;
    // The kwaliteitsonderzoek's routes do not take a bestuursonderzoek, nor school standards here.
    await expect(
      s.rapport.judge(caseId, [{ afdeling: null, standaard: 'BKA1', oordeel: 'Goed' }], 'insp'),
    ).rejects.toThrow(/is a bestuursonderzoek, not a kwaliteitsonderzoek/);
    await expect(
      s.rapport.judge(caseId, [{ afdeling: null, standaard: 'OP1', oordeel: 'Goed' }], 'insp', B),
    ).rejects.toThrow(/'OP1' is not a standard of 2021-bestuur-v1/);
    await s.rapport.judge(
      caseId,
      [
        { afdeling: null, standaard: 'BKA1', oordeel: 'Voldoende' },
        { afdeling: null, standaard: 'BKA3', oordeel: 'Onvoldoende' },
      ],
      'insp',
      B,
    );
    await s.rapport.concept(caseId, { eindoordeel: 'Onvoldoende', paragraphs: [] }, 'insp', B);
    s.at('2026-10-01');
    await s.rapport.adopt(
      caseId,
      { paragraphs: [], legalBasis: { BKA3: 'artikel 171 WPO' }, term: 'P6M' },
      'insp',
      B,
    );
    const c = await s.t.engine.get(caseId);
    expect(c.status).toBe('herstelopdracht');
    expect(c.decisions).toMatchObject([
      { kind: 'herstelopdracht:BKA3', legalBasis: 'artikel 171 WPO' },
    ]);
    expect(s.letters().map((l) => [l.template, l.afschriftAanDirectie])).toEqual([
      ['bestuursonderzoek-aankondiging', false],
      ['bestuursonderzoek-conceptrapport', false],
      ['bestuursonderzoek-rapport', false],
    ]);
    expect(s.letters()[2]!.attachments![0]!.title).toBe(
      'Rapport bestuursonderzoek Stichting De Schakel (41234)',
    );
    // A board's report is its letter: RapportVastgesteld is a school's.
    expect(s.t.repository.published.some((e) => e.event.type === RapportVastgesteld.type)).toBe(
      false,
    );
    s.at('2027-04-01');
    expect((await s.t.checks.run('2027-04-01', 'system')).followUpDue).toBe(1);
    expect(await s.t.engine.get(caseId)).toMatchObject({ status: 'vervolg', queue: 'inspecteurs' });
  });

  it("judges the board's financial management (FB) too: an Onvoldoende on continuïteit gives a herstelopdracht", async () => {
    const s = setup();
    const { caseId } = await s.opener.open(
      { bevoegdGezagNummer: '41234', aanleiding: 'vierjaarlijks', reason: 'vier jaar' },
      'coord',
    );
    const B = BESTUURSONDERZOEK;
    await s.rapport.judge(
      caseId,
      [
        { afdeling: null, standaard: 'BKA1', oordeel: 'Voldoende' },
        { afdeling: null, standaard: 'FB1', oordeel: 'Onvoldoende' },
        { afdeling: null, standaard: 'FB2', oordeel: 'Voldoende' },
        { afdeling: null, standaard: 'FB3', oordeel: 'Goed' },
      ],
      'insp',
      B,
    );
    expect(s.letters()[0]!.placeholders['standaarden']).toContain('FB1 Continuïteit');
    await s.rapport.concept(caseId, { eindoordeel: 'Onvoldoende', paragraphs: [] }, 'insp', B);
    s.at('2026-10-01');
    await s.rapport.adopt(
      caseId,
      { paragraphs: [], legalBasis: { FB1: 'artikel 171 WPO' } },
      'insp',
      B,
    );
    expect(await s.t.engine.get(caseId)).toMatchObject({
      status: 'herstelopdracht',
      decisions: [{ kind: 'herstelopdracht:FB1', legalBasis: 'artikel 171 WPO' }],
    });
  });
});
