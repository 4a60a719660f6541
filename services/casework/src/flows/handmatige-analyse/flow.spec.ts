import { CaseOpened, RiskFlagged, createEvent, sourceOf } from '@inspectorate/contracts';
import type { RiskFlaggedData } from '@inspectorate/contracts';
import { newTestEngine } from '../../engine/testing/fakes';
import { BoardDirectory } from '../bestuursonderzoek/boards';
import { BestuursonderzoekFlow } from '../bestuursonderzoek/flow';
import { OpenBestuursonderzoek } from '../bestuursonderzoek/open.usecase';
import { KwaliteitsonderzoekFlow } from '../kwaliteitsonderzoek/flow';
import { KaderCatalogue } from '../kwaliteitsonderzoek/kader';
import { OpenKwaliteitsonderzoek } from '../kwaliteitsonderzoek/open.usecase';
import { SchoolDirectory, type VestigingFacts } from '../kwaliteitsonderzoek/schools';
import { DecideHandmatigeAnalyse } from './decide.usecase';
import { HandmatigeAnalyseFlow } from './flow';
import { OpenHandmatigeAnalyse } from './open.usecase';
import { riskFlaggedData } from './testing';

function flagged(over: Partial<RiskFlaggedData> = {}) {
  const data = riskFlaggedData(over);
  return createEvent(RiskFlagged, {
    source: sourceOf('risk-analysis'),
    subject: data.subjectId,
    correlationId: 'corr',
    data,
  });
}

class FakeSchools extends SchoolDirectory {
  async vestiging(code: string): Promise<VestigingFacts | null> {
    return code === '12AB00'
      ? {
          vestigingCode: code,
          name: 'De Schakel locatie 0',
          brin: '12AB',
          bevoegdGezagNummer: '41234',
          boardName: 'Stichting De Schakel',
          schoolName: 'De Schakel',
          sector: 'vo',
        }
      : null;
  }
}
class FakeBoards extends BoardDirectory {
  async openBoards() {
    return [{ bevoegdGezagNummer: '41234', name: 'Stichting De Schakel' }];
  }
  async board(bg: string) {
    return bg === '41234' ? { bevoegdGezagNummer: bg, name: 'Stichting De Schakel' } : null;
  }
  async boardOfVestiging() {
    return '41234';
  }
}

function setup() {
  const t = newTestEngine(
    [new HandmatigeAnalyseFlow(), new KwaliteitsonderzoekFlow(), new BestuursonderzoekFlow()],
    { now: '2026-10-02T08:00:00Z' },
  );
  const kaders = new KaderCatalogue();
  const schools = new FakeSchools();
  const ko = new OpenKwaliteitsonderzoek(t.engine, schools, kaders, t.clock);
  const bo = new OpenBestuursonderzoek(t.engine, new FakeBoards(), kaders, ko, t.clock);
  return {
    t,
    opener: new OpenHandmatigeAnalyse(t.engine, schools),
    decider: new DecideHandmatigeAnalyse(t.engine, ko, bo),
  };
}

describe('handmatige analyse from RiskFlagged', () => {
  it('opens one per vestiging per analysis year in the coordinators queue, with the explanation', async () => {
    const s = setup();
    const event = flagged();
    const first = await s.opener.fromFlag(event);
    expect(first.outcome).toBe('opened');
    // Redelivered, or a rerun of the same year's analysis: the same case.
    expect(await s.opener.fromFlag(flagged({ runId: 'run-2026-2', asOf: '2026-11-15' }))).toEqual({
      outcome: 'duplicate',
      caseId: first.caseId,
    });
    // The next year's analysis is a new one.
    expect((await s.opener.fromFlag(flagged({ asOf: '2027-10-01' }))).outcome).toBe('opened');
    const c = await s.t.engine.get(first.caseId);
    expect(c).toMatchObject({
      caseType: { code: 'handmatige-analyse' },
      status: 'te-analyseren',
      queue: 'coordinators',
      nextDueOn: '2026-11-13',
      subject: {
        kind: 'vestiging',
        vestigingCode: '12AB00',
        brin: '12AB',
        sector: 'vo',
        bevoegdGezagNummer: '41234',
      },
      facts: { analysisYear: '2026', level: 'hoog', runId: 'run-2026-1', model: 'risicomodel@1' },
    });
    expect(c.documents[0]!.paragraphs).toEqual([
      'Risiconiveau hoog (score 3.5) volgens model risicomodel versie 1, analyse run-2026-1 per 2026-10-01 (invoer cccccccccccc).',
      'twee indicatoren signaleren: slaagpercentage en leerlingdaling',
      'Slaagpercentage over drie jaar (vo.slaagpercentage): signal, bijdrage 2. HAVO: 0.71, norm 0.83, signaal (DUO examens, 2022-2024); VWO: ontbreekt (minder dan 5 kandidaten), norm 0.85 (DUO examens)',
    ]);
    // The case's events say which flag caused them.
    const opened = s.t.repository.published.find((e) => e.event.type === CaseOpened.type);
    expect(opened!.event).toMatchObject({ correlationid: 'corr', causationid: event.id });
  });

  it('opens a board analysis for a flagged bestuur, and an unknown vestiging from the flag alone', async () => {
    const s = setup();
    const board = await s.opener.fromFlag(
      flagged({ subjectKind: 'bestuur', subjectId: '41234', naam: 'Stichting De Schakel' }),
    );
    expect((await s.t.engine.get(board.caseId)).subject).toMatchObject({
      kind: 'board',
      bevoegdGezagNummer: '41234',
      boardName: 'Stichting De Schakel',
    });
    const unknown = await s.opener.fromFlag(
      flagged({ subjectId: '77XY01', bevoegdGezag: null, naam: 'Onbekend' }),
    );
    expect((await s.t.engine.get(unknown.caseId)).subject).toMatchObject({
      kind: 'vestiging',
      vestigingCode: '77XY01',
      brin: '77XY',
      bevoegdGezagNummer: null,
      sector: null,
    });
  });

  it('decides: geen vervolg or gesprek closes it; onderzoek opens the linked investigation once', async () => {
    const s = setup();
    const a = await s.opener.fromFlag(flagged());
    const b = await s.opener.fromFlag(flagged({ subjectKind: 'bestuur', subjectId: '41234' }));
    const c = await s.opener.fromFlag(flagged({ subjectId: '12AB01' }));

    const school = await s.decider.decide(
      a.caseId,
      'onderzoek',
      'de resultaten dalen al jaren',
      'analist',
    );
    expect(school.vervolg).not.toBeNull();
    expect(await s.t.engine.get(school.vervolg!)).toMatchObject({
      caseType: { code: 'kwaliteitsonderzoek' },
      facts: { aanleiding: 'risico', analysis: a.caseId },
    });
    expect(await s.t.engine.get(a.caseId)).toMatchObject({
      status: 'afgesloten',
      result: 'onderzoek',
      queue: null,
      nextDueOn: null,
      facts: { vervolg: school.vervolg, decidedOn: '2026-10-02' },
    });
    await expect(
      s.decider.decide(a.caseId, 'geen-vervolg', 'toch niet', 'analist'),
    ).rejects.toThrow(/was decided already: onderzoek/);

    const board = await s.decider.decide(b.caseId, 'onderzoek', 'financiën', 'analist');
    expect(await s.t.engine.get(board.vervolg!)).toMatchObject({
      caseType: { code: 'bestuursonderzoek' },
      facts: { aanleiding: 'risico' },
    });

    expect(await s.decider.decide(c.caseId, 'gesprek-bestuur', 'eerst praten', 'analist')).toEqual({
      caseId: c.caseId,
      result: 'gesprek-bestuur',
      vervolg: null,
    });
    await expect(s.decider.decide(school.vervolg!, 'geen-vervolg', 'x', 'analist')).rejects.toThrow(
      /is a kwaliteitsonderzoek, not a handmatige analyse/,
    );
  });
});
