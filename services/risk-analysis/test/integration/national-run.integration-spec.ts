import { FixedClock } from '@inspectorate/scheduling';
import {
  type RunningService,
  serviceEnv,
  startTestService,
  testScope,
  bearer,
} from '@inspectorate/testing';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config';
import { InputsLoader } from '../../src/run/inputs.loader';
import { STATISTICS, importReal, realBytes, upload, type Auth, as } from './helpers';

// The real DUO statistics through the API, a national run, and figures of
// named boards and a vestiging computed by hand from the files.
describe('risk-analysis: the real DUO files and a national run', () => {
  const scope = testScope('risk-national');
  const clock = new FixedClock('2026-09-01T08:00:00Z');
  let service: RunningService;
  // A token of role analist from the real Keycloak, fetched per test (it lives 5 minutes).
  let analist: Auth;
  beforeEach(async () => {
    analist = await bearer('analist');
  });
  const api = () => as(service, analist);
  let run: { _id: string; inputHash: string; resultHash: string; counts: Record<string, unknown> };

  beforeAll(async () => {
    const config = loadConfig.load(serviceEnv(scope));
    service = await startTestService(AppModule.forRoot(config, { cron: false, clock }), config);
  }, 120_000);

  afterAll(() => service?.close(), 120_000);

  it('imports every statistics file, both column generations, each as its own list and period', async () => {
    const reports = await importReal(service, analist, STATISTICS);
    expect(reports.map((r) => [r.list, r.period, r.status])).toEqual([
      ['examens', '2014-2015..2018-2019', 'completed'],
      ['examens', '2019-2020..2023-2024', 'completed'],
      ['eindscores', '2018-2019', 'completed'],
      ['poLeerlingen', '1996..2025', 'completed'],
      ['voLeerlingen', '2019', 'completed'],
      ['balans', '2011..2015', 'completed'],
      ['batenLasten', '2011..2015', 'completed'],
    ]);
    for (const r of reports) expect(r.importedRows).toBe(r.totalRows - r.errorCount);
    const datasets = await api().get('/datasets').expect(200);
    expect(datasets.body.items).toHaveLength(7);
  }, 400_000);

  it('stores a masked count (<5) as unknown, never 0', async () => {
    // 00AH00, HAVO - N&T, 2020-2021 totaal: 5 kandidaten, "<5" geslaagden, 60%.
    const duo = await service.app.get(InputsLoader).duo();
    const year = duo.examens
      .filter((r) => r.vestiging === '00AH00' && r.opleiding === 'HAVO - N&T')
      .flatMap((r) => r.years)
      .find((y) => y.schooljaar === '2020-2021');
    expect(year).toEqual({
      schooljaar: '2020-2021',
      kandidaten: 5,
      geslaagden: null,
      slaagpercentage: 60,
    });
  });

  it('refuses a file that is not the expected list whole, and stores nothing of it', async () => {
    const before = (await api().get('/datasets')).body.items;
    const vestigingen = await upload(service, analist, realBytes('poVestigingen2026').bytes);
    expect(vestigingen.status).toBe(400);
    expect(vestigingen.body).toMatchObject({
      code: 'file-refused',
      detail: expect.stringMatching(/not one of the lists risk-analysis imports/),
    });
    const wrong = await upload(service, analist, realBytes('batenLasten').bytes, {
      list: 'balans',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.detail).toMatch(
      /not a balans po per bevoegd gezag list \(balans\): the header lacks '1\.1 - \.\.\.'/,
    );
    const noYear = await upload(service, analist, realBytes('voLeerlingen2019').bytes);
    expect(noYear.status).toBe(400);
    expect(noYear.body.detail).toMatch(/no year column/);
    expect((await api().get('/datasets')).body.items).toEqual(before);
  });

  it('runs over every board and vestiging, and says which model and inputs it used', async () => {
    const res = await api().post('/runs').send({}).expect(201);
    run = res.body;
    expect(res.body).toMatchObject({
      status: 'completed',
      model: { id: 'risicomodel', version: 2 },
      asOf: '2026-09-01',
      inputHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      years: { financien: 2015, examens: '2023-2024', eindscores: '2018-2019', leerlingen: 2025 },
    });
    expect(res.body.counts.besturen).toBeGreaterThan(1000);
    expect(res.body.counts.vestigingen).toBeGreaterThan(7000);
  }, 400_000);

  const indicator = async (kind: string, id: string, name: string) => {
    const res = await api().get(`/runs/${run._id}/assessments/${kind}/${id}`).expect(200);
    return {
      assessment: res.body,
      indicator: res.body.indicators.find((i: { indicator: string }) => i.indicator === name),
    };
  };

  it.each([
    // Hand-computed from 01.-po-(mab)-balans and 02.-po-(mb)-staat-van-baten-en-lasten, 2015:
    // board, (eigen vermogen + voorzieningen) / totaal passiva, vlottende activa / kortlopende schulden, band
    ['10249', (7347857 + 370237) / 13904452, 2264421 / 2808457, 0.75, false, false],
    ['27067', (971290 + 37501) / 1208848, 936620 / 200057, 1.5, false, false],
    ['10925', (865917 + 33688) / 2487713, 1349341 / 1588108, 1.0, false, true],
    ['21341', 110505 / 464668, 122388 / 354163, 1.5, true, true],
  ] as const)(
    'board %s in 2015: solvabiliteit 2 %d, liquiditeit %d against %d',
    async (board, solv, liq, band, solvSignal, liqSignal) => {
      const s = (await indicator('bestuur', board, 'solvabiliteit-2')).indicator;
      expect(s.parts[0].value).toBeCloseTo(solv, 12);
      expect(s.parts[0]).toMatchObject({ norm: 0.3, signal: solvSignal, year: '2015' });
      expect(s.parts[0].source).toMatch(/DUO po financien: balans/);
      expect(s).toMatchObject({
        status: solvSignal ? 'signal' : 'ok',
        contribution: solvSignal ? 1 : 0,
      });
      const l = (await indicator('bestuur', board, 'liquiditeit')).indicator;
      expect(l.parts[0].value).toBeCloseTo(liq, 12);
      expect(l.parts[0]).toMatchObject({ norm: band, signal: liqSignal, year: '2015' });
    },
  );

  it("computes a vo vestiging's pass rate over three years, masked counts left out, against the run's norm", async () => {
    // 00AH00 HAVO, 2021-2022..2023-2024, TOTAAL columns of duo_examen_raw_all.csv.
    const { bytes } = realBytes('examens2019');
    const lines = bytes.toString('latin1').split('\n');
    const header = lines[0].split(';').map((c) => c.replace(/"/g, '').trim());
    let kandidaten = 0;
    let geslaagden = 0;
    for (const line of lines.filter(
      (l) => l.startsWith('"00AH";"00AH00"') && l.includes('"HAVO"'),
    )) {
      const cells = line.split(';').map((c) => c.replace(/"/g, '').trim());
      for (const sj of ['2021-2022', '2022-2023', '2023-2024']) {
        const k = cells[header.indexOf(`EXAMENKANDIDATEN SCHOOLJAAR ${sj} - TOTAAL`)];
        const g = cells[header.indexOf(`GESLAAGDEN SCHOOLJAAR ${sj} - TOTAAL`)];
        if (k === '<5' || g === '<5') continue;
        kandidaten += Number(k);
        geslaagden += Number(g);
      }
    }
    expect(kandidaten).toBeGreaterThan(0);
    const { indicator: pass } = await indicator('vestiging', '00AH00', 'vo-slaagpercentage');
    const havo = pass.parts.find((p: { part: string }) => p.part === 'HAVO');
    expect(havo.value).toBeCloseTo(geslaagden / kandidaten, 12);
    expect(havo).toMatchObject({
      year: '2021-2022..2023-2024',
      source: 'DUO vo examenkandidaten en geslaagden',
    });
    const runDoc = (await api().get(`/runs/${run._id}`).expect(200)).body;
    expect(havo.norm).toBe(runDoc.norms['vo-slaagpercentage'].HAVO);
    expect(havo.signal).toBe(havo.value < havo.norm);
  });

  it('shows missing data as missing, never as a pass', async () => {
    const { indicator: monitoring } = await indicator(
      'vestiging',
      '00AH00',
      'monitoring-ontbreekt',
    );
    expect(monitoring).toMatchObject({ status: 'missing', contribution: 0 });
    expect(monitoring.parts[0]).toMatchObject({ value: null, signal: null });
    expect(monitoring.parts[0].missing).toEqual(expect.any(String));
  });
});
