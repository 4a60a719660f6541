import {
  CaseOpened,
  HerstelopdrachtOutcomeDetermined,
  MeldingRegistered,
  RapportVastgesteld,
  RiskAssessed,
  RiskFlagged,
  SampleDrawn,
  SubmissionMissing,
  SubmissionReceived,
  Topics,
  VertrouwensdossiersCounted,
  VestigingRegistered,
} from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import {
  type RunningService,
  collectTopic,
  exerciseDeadLetterOps,
  produceEvents,
  serviceEnv,
  startTestService,
  testKafka,
  testScope,
  vestigingSnapshot,
  waitFor,
  bearer,
} from '@inspectorate/testing';
import { getConnectionToken } from '@nestjs/mongoose';
import { databaseOf } from '@inspectorate/persistence';
import type { Kafka } from 'kafkajs';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import { eindscoreSpec } from '../../src/duo/eindscores';
import { readTable } from '../../src/duo/table';
import currentModel from '../../src/domain/models/risicomodel-v2.json';
import { ReadModels } from '../../src/read-models/read-models';
import { RunQueries } from '../../src/run/run.queries';
import { sha256 } from '../../src/domain/canonical';
import { serialiseResult } from '../../src/domain/run';
import { importReal, realBytes, type Auth, as } from './helpers';

type Assessment = {
  kind: string;
  id: string;
  level: string;
  score: number;
  manualAnalysis: boolean;
  reasons: string[];
  indicators: {
    indicator: string;
    status: string;
    parts: { value: number | null; signal: boolean | null }[];
  }[];
};

// Read models from other services' events, dead letters, what-if, the sko
// draw and the stelsel figures, on the real broker and database.
describe('risk-analysis: events in, what-if, the sko draw and the stelsel figures', () => {
  const scope = testScope('risk-events');
  const clock = new FixedClock('2026-09-01T08:00:00Z');
  let service: RunningService;
  // A token of role analist from the real Keycloak, fetched per test (it lives 5 minutes).
  let analist: Auth;
  beforeEach(async () => {
    analist = await bearer('analist');
  });
  const api = () => as(service, analist);
  let kafka: Kafka;
  let runId: string;
  let assessments: Assessment[];

  // Six po vestigingen of one provincie, from the real eindscores file, and a vo vestiging.
  const rows = readTable(eindscoreSpec, realBytes('eindscores2019').bytes).rows.filter(
    (r) => r.provincie === 'Zeeland',
  );
  const po = rows.slice(0, 6);
  const [late, missing, onTime, herstel, signalled, zeerZwak] = po.map((r) => r.vestiging);
  const caseId = (n: number) => `0192f5c2-7a3b-7cc1-8a4e-1c2d3e4f${String(n).padStart(4, '0')}`;
  const schooljaar = '2025-2026';

  /**
   * casework's signals and judgements: three meldingen about `signalled` in
   * the 12 months before the run and one before them; its school's
   * vertrouwensdossiers, 6 published in the window and 12 before it;
   * `onTime`'s school with only an unpublished month; `zeerZwak` judged
   * Voldoende in 2023 and Zeer zwak in March 2026 (verscherpt toezicht);
   * an investigation of `onTime` opened in June 2026.
   */
  function caseworkSignals() {
    const melding = (n: number, receivedOn: string) => ({
      definition: MeldingRegistered,
      subject: caseId(n),
      data: {
        caseId: caseId(n),
        brin: signalled.slice(0, 4),
        vestigingCode: signalled,
        category: 'onderwijskwaliteit' as const,
        receivedOn,
      },
    });
    const counted = (brin: string, month: string, count: number | null, pooled: number | null) => ({
      definition: VertrouwensdossiersCounted,
      subject: brin,
      data: {
        brin,
        month,
        counts: count === null ? [] : [{ category: 'pesten' as const, count }],
        pooled,
        suppressed: true,
      },
    });
    const rapport = (n: number, eindoordeel: 'Voldoende' | 'Zeer zwak', vastgesteldOp: string) => ({
      definition: RapportVastgesteld,
      subject: caseId(n),
      data: {
        caseId: caseId(n),
        caseType: { code: 'kwaliteitsonderzoek', version: 1 },
        bevoegdGezagNummer: po[5].bevoegdGezag,
        boardName: null,
        brin: zeerZwak.slice(0, 4),
        schoolName: null,
        vestigingCode: zeerZwak,
        sector: 'po',
        aanleiding: 'risico',
        kader: { id: '2021-po', naam: 'Onderzoekskader 2021 po', version: 1 },
        oordelen: [
          {
            afdeling: null,
            standaard: 'OP3',
            naam: 'Didactisch handelen',
            oordeel:
              eindoordeel === 'Zeer zwak' ? ('Onvoldoende' as const) : ('Voldoende' as const),
          },
        ],
        eindoordeel,
        vastgesteldOp,
        publicatiedatum: vastgesteldOp,
        rapport: { title: 'Rapport', paragraphs: [`Eindoordeel ${eindoordeel}.`] },
        zienswijze:
          eindoordeel === 'Zeer zwak'
            ? { title: 'Zienswijze', paragraphs: ['Wij werken aan verbetering.'] }
            : null,
      },
    });
    const opened = (n: number, vestigingCode: string, openedAt: string) => ({
      definition: CaseOpened,
      subject: caseId(n),
      data: {
        caseId: caseId(n),
        caseType: { code: 'kwaliteitsonderzoek', version: 1 },
        subject: {
          kind: 'vestiging' as const,
          bevoegdGezagNummer: null,
          brin: vestigingCode.slice(0, 4),
          vestigingCode,
        },
        schooljaar: null,
        confidential: false,
        openedAt,
      },
    });
    return [
      melding(1, '2025-08-01'),
      melding(2, '2026-01-10'),
      melding(3, '2026-04-02'),
      melding(4, '2026-08-31'),
      counted(signalled.slice(0, 4), '2025-08', 7, 5),
      counted(signalled.slice(0, 4), '2026-05', 6, null),
      counted(onTime.slice(0, 4), '2026-02', null, null),
      opened(10, zeerZwak, '2025-11-03T09:00:00.000Z'),
      rapport(11, 'Voldoende', '2023-05-01'),
      rapport(10, 'Zeer zwak', '2026-03-02'),
      opened(12, onTime, '2026-06-15T08:00:00.000Z'),
    ];
  }

  beforeAll(async () => {
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
    kafka = testKafka(scope);
  }, 120_000);

  afterAll(() => service?.close(), 120_000);

  it('lets only an analist start runs and draws; readers read; no token, no answer', async () => {
    const inspecteur = await bearer('inspecteur');
    await request(service.http).post('/runs').send({}).expect(401);
    await request(service.http).post('/runs').set(inspecteur).send({}).expect(403);
    await request(service.http).post('/samples').set(inspecteur).send({ size: 1 }).expect(403);
    await request(service.http).post('/what-if').set(inspecteur).send(currentModel).expect(403);
    await request(service.http).get('/runs').set(inspecteur).expect(200);
  });

  it('builds its read models from registry, monitoring-intake and casework events', async () => {
    await importReal(service, analist, ['balans', 'batenLasten', 'eindscores2019', 'poLeerlingen']);
    const registered = [
      ...po.map((r) =>
        vestigingSnapshot({
          vestigingCode: r.vestiging,
          name: r.naam,
          bevoegdGezagNummer: r.bevoegdGezag,
          sector: 'po',
        }),
      ),
      vestigingSnapshot({ vestigingCode: '00AH00', name: 'Het Stedelijk', sector: 'vo' }),
    ];
    const sub = (vestigingCode: string, isLate: boolean, shareFeelingSafe: number) => ({
      definition: SubmissionReceived,
      subject: vestigingCode,
      data: {
        submissionId: '0192f5c2-7a3b-7cc1-8a4e-1c2d3e4f5a6b',
        revision: 1,
        vestigingCode,
        brin: vestigingCode.slice(0, 4),
        schooljaar,
        providerId: 'provider-1',
        instrument: { name: 'Monitor', version: '1' },
        receivedAt: '2026-06-01T10:00:00.000Z',
        late: isLate,
        respondents: 100,
        responseRate: 0.8,
        headline: { shareFeelingSafe, shareBullied: 0.1 },
      },
    });
    await produceEvents(kafka, scope, [
      ...registered.map((vestiging) => ({
        definition: VestigingRegistered,
        subject: vestiging.vestigingCode,
        data: { revision: 1, initialLoad: true, vestiging },
      })),
      sub(late, true, 0.7),
      sub(onTime, false, 0.9),
      {
        definition: SubmissionMissing,
        subject: missing,
        data: {
          vestigingCode: missing,
          brin: missing.slice(0, 4),
          bevoegdGezagNummer: po[1].bevoegdGezag,
          sector: 'po' as const,
          schooljaar,
          deadline: '2026-07-01',
        },
      },
      {
        definition: HerstelopdrachtOutcomeDetermined,
        subject: '0192f5c2-7a3b-7cc1-8a4e-1c2d3e4f5a6c',
        data: {
          caseId: '0192f5c2-7a3b-7cc1-8a4e-1c2d3e4f5a6c',
          caseType: { code: 'herstelopdracht-monitoring', version: 1 },
          bevoegdGezagNummer: po[3].bevoegdGezag,
          boardName: null,
          brin: herstel.slice(0, 4),
          schoolName: null,
          vestigingCode: herstel,
          schooljaar,
          outcome: 'niet-voldaan' as const,
          decidedOn: '2026-07-15',
          report: { title: 'Herstelopdracht', paragraphs: ['Niet voldaan.'] },
        },
      },
      ...caseworkSignals(),
    ]);
    const models = service.app.get(ReadModels);
    await waitFor(
      async () =>
        (await models.vestigingen.count()) === 7 &&
        (await models.submissions.count()) === 2 &&
        (await models.missingSubmissions.count()) === 1 &&
        (await models.herstelopdrachten.count()) === 1 &&
        (await models.meldingen.count()) === 4 &&
        (await models.vertrouwensdossiers.count()) === 3 &&
        (await models.rapporten.count()) === 2 &&
        (await models.onderzoeken.count()) === 2,
      { timeoutMs: 150_000, description: 'every event in the read models' },
    );
  }, 300_000);

  it('sends a message that breaks its contract to the dead-letter topic', async () => {
    const { list } = await exerciseDeadLetterOps(
      service,
      scope,
      Topics.monitoringSubmissions,
      kafka,
    );
    expect(list).toMatchObject({ items: [{ reason: 'invalid-message' }] });
  }, 120_000);

  it('runs over the registry vestigingen with their monitoring and casework record', async () => {
    const run = (await api().post('/runs').send({}).expect(201)).body;
    runId = run._id;
    expect(run.counts.vestigingen).toBe(7);
    assessments = [];
    for (let next: string | null = `/runs/${runId}/assessments?limit=500`; next;) {
      const page: { body: { items: Assessment[]; next: string | null } } = await api()
        .get(next)
        .expect(200);
      assessments.push(...page.body.items);
      next = page.body.next;
    }
    const of = (id: string, ind: string) =>
      assessments.find((a) => a.id === id)!.indicators.find((i) => i.indicator === ind)!;
    expect(of(late, 'monitoring-ontbreekt').status).toBe('signal');
    expect(of(late, 'aandeel-veilig')).toMatchObject({
      status: 'signal',
      parts: [{ value: 0.7, signal: true }],
    });
    expect(of(missing, 'monitoring-ontbreekt').status).toBe('signal');
    expect(of(onTime, 'monitoring-ontbreekt').status).toBe('ok');
    expect(of(onTime, 'aandeel-veilig').status).toBe('ok');
    expect(of(herstel, 'herstelopdracht-niet-voldaan').status).toBe('signal');
    const flagged = assessments.find((a) => a.id === herstel)!;
    expect(flagged.manualAnalysis).toBe(true);
    expect(flagged.reasons).toContain('signal on herstelopdracht-niet-voldaan');
    // casework's signals and judgements, as the model document names them.
    expect(of(signalled, 'signalen').parts[0]).toMatchObject({ value: 3 + 6, signal: null });
    expect(of(onTime, 'signalen').parts[0]).toMatchObject({
      value: null,
      missing: 'vertrouwensdossiers fewer than 5 a month, not published',
    });
    expect(of(zeerZwak, 'laatste-eindoordeel').parts[0]).toMatchObject({
      value: 1,
      year: '2026-03-02',
    });
    expect(of(zeerZwak, 'oordeel-onvoldoende').status).toBe('signal');
    const judged = assessments.find((a) => a.id === zeerZwak)!;
    expect(judged.manualAnalysis).toBe(true);
    expect(judged.reasons).toContain('signal on oordeel-onvoldoende');
  }, 300_000);

  it('gives byte-identical results and the same input hash when run again on the same inputs', async () => {
    const first = (await api().get(`/runs/${runId}`).expect(200)).body;
    const again = (await api().post('/runs').send({}).expect(201)).body;
    expect(again._id).not.toBe(runId);
    expect(again.inputHash).toBe(first.inputHash);
    expect(again.resultHash).toBe(first.resultHash);
    // What was stored is the result itself: serialised again, it has the same hash.
    const queries = service.app.get(RunQueries);
    const stored = await queries.result(await queries.get(again._id));
    expect(sha256(serialiseResult(stored))).toBe(first.resultHash);
  }, 300_000);

  it('publishes RiskAssessed for every subject and RiskFlagged with the explanation', async () => {
    const run = (await api().get(`/runs/${runId}`).expect(200)).body;
    const topic = await collectTopic(kafka, `${scope.topicPrefix}${Topics.riskAssessments}`);
    try {
      type Event = { type: string; subject: string; data: Record<string, unknown> };
      const ofRun = () =>
        topic.messages.map((m) => m.json<Event>()).filter((e) => e.data['runId'] === runId);
      const total = run.counts.besturen + run.counts.vestigingen;
      await waitFor(
        () =>
          ofRun().filter((e) => e.type === RiskAssessed.type).length >= total &&
          ofRun().filter((e) => e.type === RiskFlagged.type).length >= run.counts.flagged,
        { timeoutMs: 150_000, intervalMs: 500, description: `${total} RiskAssessed of the run` },
      );
      expect(ofRun().filter((e) => e.type === RiskAssessed.type)).toHaveLength(total);
      const flagged = ofRun().find((e) => e.type === RiskFlagged.type && e.subject === herstel)!;
      expect(flagged.data).toMatchObject({
        subjectKind: 'vestiging',
        inputHash: run.inputHash,
        reasons: expect.arrayContaining(['signal on herstelopdracht-niet-voldaan']),
      });
      // They left from small documents of their own, which the relay then
      // cleared, not from the assessment chunks (which it need not read).
      const db = service.app.get(getConnectionToken());
      const chunks = await databaseOf(db)
        .collection('assessments')
        .find({ runId }, { projection: { outbox: 1, outboxPending: 1 } })
        .toArray();
      expect(chunks.length).toBeGreaterThan(0);
      expect(chunks.filter((c) => 'outbox' in c || 'outboxPending' in c)).toEqual([]);
      const events = () =>
        databaseOf(db)
          .collection<{ outbox: unknown[] }>('run_events')
          .find({ runId }, { projection: { outbox: 1, outboxPending: 1 } })
          .toArray();
      await waitFor(async () => (await events()).every((d) => d.outbox.length === 0), {
        timeoutMs: 60_000,
        description: "the run's events documents cleared",
      });
      expect((await events()).length).toBeGreaterThan(0);
    } finally {
      await topic.stop();
    }
  }, 300_000);

  it('what-if lists exactly the boards whose level changes under a stricter solvabiliteit norm', async () => {
    const same = { ...currentModel, version: 3 };
    const unchanged = await api().post('/what-if').send(same).expect(200);
    expect(unchanged.body).toMatchObject({ sameInputs: true, changes: [] });

    const stricter = structuredClone(same);
    stricter.indicators.find((i) => i.id === 'solvabiliteit-2')!.norm = {
      kind: 'below',
      value: 0.35,
    };
    const res = await api().post('/what-if').send(stricter).expect(200);
    // A board with 0.30 <= solvabiliteit < 0.35 gains a signal (score +1): its level
    // changes unless it is at hoog already.
    const expected = assessments
      .filter((a) => a.kind === 'bestuur' && a.score < 3)
      .filter((a) => {
        const v = a.indicators.find((i) => i.indicator === 'solvabiliteit-2')!.parts[0].value;
        return v !== null && v >= 0.3 && v < 0.35;
      })
      .map((a) => a.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(res.body.changes.map((c: { id: string }) => c.id)).toEqual(expected);
    expect(res.body.changes[0].indicators).toEqual([
      {
        indicator: 'solvabiliteit-2',
        from: { status: 'ok', contribution: 0 },
        to: { status: 'signal', contribution: 1 },
      },
    ]);
  }, 300_000);

  it('refuses an invalid candidate model, naming every problem', async () => {
    const bad = {
      ...currentModel,
      version: 0,
      indicators: [{ ...currentModel.indicators[0], computation: 'nope' }],
    };
    const res = await api().post('/what-if').send(bad).expect(400);
    expect(res.body).toMatchObject({ code: 'invalid-model' });
    expect(JSON.stringify(res.body)).toMatch(/version/);
  });

  it('draws the sko reproducibly from its seed, leaving out what was judged in the last 12 months', async () => {
    const topic = await collectTopic(kafka, `${scope.topicPrefix}${Topics.riskAssessments}`);
    try {
      const body = { seed: 'sko-test-seed', size: 3, date: '2026-09-01' };
      const a = (
        await api()
          .post('/samples')
          .send({ ...body, id: 'sko-a' })
          .expect(201)
      ).body;
      const b = (
        await api()
          .post('/samples')
          .send({ ...body, id: 'sko-b' })
          .expect(201)
      ).body;
      expect(b.drawn).toEqual(a.drawn);
      expect(b.inputHash).toBe(a.inputHash);
      expect(a.drawn).toHaveLength(3);
      expect(a.drawn.map((d: { vestiging: string }) => d.vestiging)).not.toContain(herstel);
      expect(a.drawn.map((d: { vestiging: string }) => d.vestiging)).not.toContain(zeerZwak);
      expect(a.drawn.map((d: { vestiging: string }) => d.vestiging)).not.toContain(onTime);
      expect(a.excluded).toEqual(
        [
          { vestiging: herstel, reason: 'investigated or judged after 2025-09-01' },
          { vestiging: onTime, reason: 'investigated or judged after 2025-09-01' },
          { vestiging: zeerZwak, reason: 'verscherpt toezicht' },
        ].sort((x, y) => (x.vestiging < y.vestiging ? -1 : 1)),
      );
      expect((await api().get('/samples/sko-a').expect(200)).body.seed).toBe('sko-test-seed');
      await api()
        .post('/samples')
        .send({ ...body, id: 'sko-a' })
        .expect(409);
      await waitFor(
        () =>
          topic.messages.some((m) => {
            const e = m.json<{ type: string; subject: string }>();
            return e.type === SampleDrawn.type && e.subject === 'sko-a';
          }),
        { timeoutMs: 60_000, description: 'SampleDrawn of sko-a' },
      );
    } finally {
      await topic.stop();
    }
  }, 300_000);

  it('serves the stelsel figures as JSON, CSV and SVG, with cells under 5 schools as <5', async () => {
    // The newest completed run is the rerun: its figures, and the first run's asked for by id, agree.
    const json = (await api().get(`/stelsel?run=${runId}`).expect(200)).body;
    expect(json.runId).toBe(runId);
    expect((await api().get('/stelsel').expect(200)).body.rows).toEqual(json.rows);
    const zeeland = json.rows.find(
      (r: { sector: string; provincie: string }) => r.sector === 'po' && r.provincie === 'Zeeland',
    );
    expect(zeeland.scholen).toBe(6);
    expect(zeeland.signalen['herstelopdracht-niet-voldaan']).toBeCloseTo(1 / 6, 12);
    expect(zeeland.monitoringNaleving).toBe('<5');
    // One school with a report on record (Zeer zwak in March 2026): counted, and shown as <5.
    expect(zeeland.eindoordelen).toEqual({ 'Zeer zwak': '<5' });
    const vo = json.rows.find((r: { sector: string }) => r.sector === 'vo');
    expect(vo.scholen).toBe('<5');
    const csv = await api().get('/stelsel.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\n')[0]).toMatch(/^sector;provincie;jaar;scholen;/);
    expect(csv.text).toMatch(/\npo;Zeeland;2026;6;/);
    expect(csv.text).toMatch(/<5/);
    const svg = await api().get('/stelsel/charts/herstelopdracht-niet-voldaan.svg').expect(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body.toString()).toMatch(/^<svg/);
    const spread = await api().get('/stelsel/charts/eindoordelen.svg').expect(200);
    expect(spread.body.toString()).toMatch(/Spreiding van de eindoordelen/);
    await api().get('/stelsel/charts/nope.svg').expect(404);
  }, 120_000);

  it('serves several years side by side, each from the newest run about a day in it', async () => {
    const only2026 = (await api().get(`/stelsel?run=${runId}`).expect(200)).body;
    // The same inputs a year earlier: the March 2026 Zeer zwak is not yet on record, the 2023 Voldoende is.
    const earlier = (await api().post('/runs').send({ asOf: '2025-09-01' }).expect(201)).body;
    const years = (await api().get('/stelsel?from=2025&to=2026').expect(200)).body;
    expect(years.runs.map((r: { jaar: string }) => r.jaar)).toEqual(['2025', '2026']);
    expect(years.runs[0].runId).toBe(earlier._id);
    const zeeland = years.rows.filter(
      (r: { sector: string; provincie: string }) => r.sector === 'po' && r.provincie === 'Zeeland',
    );
    expect(zeeland.map((r: { jaar: string }) => r.jaar)).toEqual(['2025', '2026']);
    expect(zeeland[0]).toMatchObject({ scholen: 6, eindoordelen: { Voldoende: '<5' } });
    expect(zeeland[1]).toEqual(
      only2026.rows.find(
        (r: { sector: string; provincie: string }) =>
          r.sector === 'po' && r.provincie === 'Zeeland',
      ),
    );
    // Open ends: from 2025 on is the same; the years as CSV and as a chart with a panel per year.
    expect((await api().get('/stelsel?from=2025').expect(200)).body.rows).toEqual(years.rows);
    const csv = (await api().get('/stelsel.csv?from=2025').expect(200)).text;
    expect(csv).toMatch(/\npo;Zeeland;2025;6;[^\n]*\npo;Zeeland;2026;6;/);
    const svg = (
      await api().get('/stelsel/charts/herstelopdracht-niet-voldaan.svg?to=2026').expect(200)
    ).body;
    expect(svg.toString()).toMatch(/>2025<\/text>[\s\S]*>2026<\/text>/);
    // Clear refusals.
    const both = await api().get(`/stelsel?run=${runId}&from=2025`).expect(400);
    expect(both.body.detail).toMatch(/not both/);
    expect((await api().get('/stelsel?from=2026&to=2025').expect(400)).body.detail).toMatch(
      /from \(2026\) is after to \(2025\)/,
    );
    expect((await api().get('/stelsel?from=2027').expect(404)).body.detail).toMatch(
      /no completed run about a day in 2027\.\.2100/,
    );
  }, 300_000);
});
