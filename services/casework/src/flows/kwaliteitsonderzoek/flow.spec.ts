import { RapportVastgesteld, SampleDrawn, createEvent, sourceOf } from '@inspectorate/contracts';
import type { RapportVastgesteldData } from '@inspectorate/contracts';
import { DEFAULT_KADERS, KaderCatalogue } from './kader';
import { setup } from './testing';

describe('the onderzoekskader as dated data', () => {
  it('picks the version that applies on a day: OP0 Basisvaardigheden from 1 August 2025', () => {
    const k = new KaderCatalogue();
    expect(k.forSector('po', '2025-07-31').standaarden.map((s) => s.code)).not.toContain('OP0');
    expect(k.forSector('po', '2025-08-01')).toMatchObject({ id: '2021-po-v2' });
    expect(k.forSector('po', '2025-08-01').standaarden[0]!.code).toBe('OP0');
    // Steering on quality (BKA) and financial management (FB), DOMAIN.md's board layer.
    expect(k.forSector('bestuur', '2026-01-01').standaarden.map((s) => s.code)).toEqual([
      'BKA1',
      'BKA2',
      'BKA3',
      'FB1',
      'FB2',
      'FB3',
    ]);
    expect(() => k.forSector('hbo', '2026-01-01')).toThrow(
      /no onderzoekskader for sector 'hbo' on 2026-01-01 \(known: po, so, vso, vo, mbo, bestuur\)/,
    );
    expect(new KaderCatalogue([]).all()).toEqual([]);
    expect(DEFAULT_KADERS.length).toBeGreaterThan(0);
  });
});

describe('the mbo kader', () => {
  it('is a sector of its own from 1 August 2021: studiesucces and kwaliteitszorg, no OP0, no basis entered', () => {
    const k = new KaderCatalogue();
    expect(() => k.forSector('mbo', '2021-07-31')).toThrow(/no onderzoekskader for sector 'mbo'/);
    for (const on of ['2021-08-01', '2025-08-01', '2027-01-01']) {
      expect(k.forSector('mbo', on)).toMatchObject({ id: '2021-mbo-v1', sector: 'mbo' });
    }
    const codes = k.forSector('mbo', '2026-01-01').standaarden.map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['OP5', 'OP7', 'OP8', 'VS1', 'SR1', 'KA1']));
    expect(codes).not.toContain('OP0');
    expect(codes).not.toContain('SKA1');
    expect(new Set(codes).size).toBe(codes.length);
    expect(k.byId('2021-mbo-v1').standaarden.every((s) => s.wettelijkeGrondslag === null)).toBe(
      true,
    );
  });

  it('opens a kwaliteitsonderzoek of an mbo vestiging on the mbo kader', async () => {
    const s = setup();
    const { caseId } = await s.opener.open(
      { vestigingCode: '25MB00', aanleiding: 'signalen', reason: 'meldingen over de bpv' },
      'coordinator',
      'mbo-1',
    );
    const doc = (await s.t.repository.get(caseId))!;
    expect(doc.facts).toMatchObject({ kader: '2021-mbo-v1' });
  });
});

describe('the legal basis per standard', () => {
  it('is kader data per sector: WPO for po, WEC for so, WVO 2020 for vo; none for an eigen aspect', () => {
    const k = new KaderCatalogue();
    const basis = (sector: string, code: string) =>
      k.forSector(sector, '2026-01-01').standaarden.find((s) => s.code === code)!
        .wettelijkeGrondslag;
    expect(basis('po', 'VS1')).toBe('artikel 4c Wet op het primair onderwijs');
    expect(basis('po', 'OP0')).toBe('artikelen 8 en 9 Wet op het primair onderwijs');
    expect(basis('so', 'VS1')).toBe('artikel 4a Wet op de expertisecentra');
    expect(basis('vo', 'VS1')).toBe('artikel 3.40 Wet voortgezet onderwijs 2020');
    expect(basis('po', 'OR3')).toBeNull();
    expect(basis('bestuur', 'BKA1')).toBeNull();
  });

  it("takes the herstelopdracht's basis from the kader and names it in the letter", async () => {
    const s = setup();
    const { caseId } = await s.opener.open(
      { vestigingCode: '12AB00', aanleiding: 'risico', reason: 'risico' },
      'insp',
      'g1',
    );
    await s.rapport.judge(
      caseId,
      [
        { afdeling: null, standaard: 'OP3', oordeel: 'Onvoldoende' },
        { afdeling: null, standaard: 'VS1', oordeel: 'Onvoldoende' },
      ],
      'insp',
    );
    await s.rapport.concept(caseId, { eindoordeel: 'Onvoldoende', paragraphs: [] }, 'insp');
    await s.rapport.adopt(caseId, { paragraphs: [] }, 'insp');
    expect((await s.t.engine.get(caseId)).decisions.map((d) => [d.kind, d.legalBasis])).toEqual([
      ['herstelopdracht:OP3', 'artikel 8, eerste lid, Wet op het primair onderwijs'],
      ['herstelopdracht:VS1', 'artikel 4c Wet op het primair onderwijs'],
    ]);
    expect(s.letters()[1]!.placeholders['vervolg']).toContain(
      'OP3, wettelijke grondslag: artikel 8, eerste lid, Wet op het primair onderwijs; VS1, wettelijke grondslag: artikel 4c Wet op het primair onderwijs.',
    );
  });
});

describe('kwaliteitsonderzoek', () => {
  it('opens from a steekproef draw once per vestiging, with the kader of today', async () => {
    const s = setup();
    const draw = createEvent(SampleDrawn, {
      source: sourceOf('risk-analysis'),
      subject: 'sko-2026-1',
      correlationId: 'c',
      data: {
        drawId: 'sko-2026-1',
        seed: 's',
        inputHash: 'a'.repeat(64),
        date: '2026-09-14',
        vestigingen: [
          { vestigingCode: '12AB00', stratum: 'po|Utrecht|klein' },
          { vestigingCode: '13AB00', stratum: 'po|Utrecht|groot' },
        ],
      },
    });
    expect(await s.opener.fromSample(draw)).toEqual({ opened: 2, duplicate: 0 });
    expect(await s.opener.fromSample(draw)).toEqual({ opened: 0, duplicate: 2 });
    const [first] = [...s.t.repository.docs.values()];
    expect(first!.facts).toMatchObject({ aanleiding: 'steekproef', kader: '2021-po-v2' });
  });

  it('refuses judgments outside the kader, and per afdeling outside vo, naming each', async () => {
    const s = setup();
    const { caseId } = await s.opener.open(
      { vestigingCode: '12AB00', aanleiding: 'risico', reason: 'risico-analyse' },
      'insp',
      'k1',
    );
    await expect(
      s.rapport.judge(
        caseId,
        [
          { afdeling: null, standaard: 'OP9', oordeel: 'Goed' },
          { afdeling: 'havo', standaard: 'OP1', oordeel: 'Goed' },
        ],
        'insp',
      ),
    ).rejects.toThrow(/OP9' is not a standard of 2021-po-v2.*only vo judges per afdeling/);
    const vo = await s.opener.open(
      { vestigingCode: '20XY00', aanleiding: 'signalen', reason: 'meldingen' },
      'insp',
      'k2',
    );
    await expect(
      s.rapport.judge(vo.caseId, [{ afdeling: null, standaard: 'OP1', oordeel: 'Goed' }], 'insp'),
    ).rejects.toThrow(/in vo every judgment is per afdeling/);
  });

  it('Onvoldoende: conceptrapport, zienswijze, vastgesteld with herstelopdracht per standard, publication in the fifth week', async () => {
    const s = setup();
    const { caseId } = await s.opener.open(
      { vestigingCode: '20XY00', aanleiding: 'risico', reason: 'risico' },
      'insp',
      'k3',
    );
    await s.rapport.judge(
      caseId,
      [
        { afdeling: 'havo', standaard: 'OP0', oordeel: 'Voldoende' },
        { afdeling: 'havo', standaard: 'OP3', oordeel: 'Onvoldoende' },
        { afdeling: 'vwo', standaard: 'OP3', oordeel: 'Goed' },
        { afdeling: 'vwo', standaard: 'VS1', oordeel: 'niet beoordeeld' },
      ],
      'insp',
    );
    await s.rapport.concept(
      caseId,
      { eindoordeel: 'Onvoldoende', paragraphs: ['De lessen zijn niet goed opgebouwd.'] },
      'insp',
    );
    expect(s.letters()[0]).toMatchObject({
      template: 'kwaliteitsonderzoek-conceptrapport',
      afschriftAanDirectie: true,
      placeholders: { termijn_zienswijze: '28 september 2026', eindoordeel: 'Onvoldoende' },
    });
    s.at('2026-09-20');
    await s.rapport.zienswijze(caseId, 'Wij herkennen het beeld.', '2026-09-20', 'insp');
    s.at('2026-10-01');
    await expect(s.rapport.adopt(caseId, { paragraphs: [] }, 'insp')).rejects.toThrow(
      /legal basis .* for OP3/,
    );
    await s.rapport.adopt(
      caseId,
      { paragraphs: [], legalBasis: { OP3: 'artikel 2.1 WVO 2020' }, term: 'P6M' },
      'insp',
    );
    const c = await s.t.engine.get(caseId);
    expect(c.status).toBe('herstelopdracht');
    expect(c.decisions).toMatchObject([
      {
        kind: 'herstelopdracht:havo:OP3',
        legalBasis: 'artikel 2.1 WVO 2020',
        deadlineKind: 'herstelopdracht',
      },
    ]);
    expect(c.deadlines.map((d) => [d.kind, d.state, d.dueOn])).toEqual([
      ['zienswijze', 'passed', '2026-09-28'],
      ['herstelopdracht', 'running', '2027-04-01'],
    ]);
    const [event] = s.published(RapportVastgesteld.type) as RapportVastgesteldData[];
    expect(event).toMatchObject({
      eindoordeel: 'Onvoldoende',
      vastgesteldOp: '2026-10-01',
      publicatiedatum: '2026-10-29',
      kader: { id: '2021-vo-v2', version: 2 },
      zienswijze: null,
    });
    expect(event!.oordelen).toContainEqual({
      afdeling: 'havo',
      standaard: 'OP3',
      naam: 'Didactisch handelen',
      oordeel: 'Onvoldoende',
    });
    expect(s.letters()[1]).toMatchObject({
      template: 'kwaliteitsonderzoek-rapport',
      placeholders: { publicatiedatum: '29 oktober 2026' },
    });
    expect(s.letters()[1]!.placeholders['vervolg']).toContain('OP3 (havo)');

    s.at('2027-04-01');
    expect((await s.t.checks.run('2027-04-01', 'system')).followUpDue).toBe(1);
    expect(await s.t.engine.get(caseId)).toMatchObject({ status: 'vervolg', queue: 'inspecteurs' });
  });

  it('Zeer zwak: verscherpt toezicht of at most a year, and the zienswijze goes with RapportVastgesteld', async () => {
    const s = setup();
    const { caseId } = await s.opener.open(
      { vestigingCode: '12AB00', aanleiding: 'risico', reason: 'risico' },
      'insp',
      'k4',
    );
    await s.rapport.judge(
      caseId,
      [{ afdeling: null, standaard: 'OR1', oordeel: 'Onvoldoende' }],
      'insp',
    );
    await s.rapport.concept(caseId, { eindoordeel: 'Zeer zwak', paragraphs: [] }, 'insp');
    await s.rapport.zienswijze(
      caseId,
      'Wij zijn het er niet mee eens.\n\nZie bijlage.',
      '2026-09-15',
      'insp',
    );
    await expect(
      s.rapport.adopt(
        caseId,
        { paragraphs: [], legalBasis: { OR1: 'artikel 10 WPO' }, verbeterperiode: 'P13M' },
        'insp',
      ),
    ).rejects.toThrow(/at most P1Y/);
    await s.rapport.adopt(
      caseId,
      { paragraphs: [], legalBasis: { OR1: 'artikel 10 WPO' } },
      'insp',
    );
    const c = await s.t.engine.get(caseId);
    expect(c.status).toBe('verscherpt-toezicht');
    expect(c.deadlines.find((d) => d.kind === 'verscherpt-toezicht')!.dueOn).toBe('2027-09-14');
    const [event] = s.published(RapportVastgesteld.type) as RapportVastgesteldData[];
    expect(event!.zienswijze).toEqual({
      title: 'Zienswijze van het bestuur, ontvangen 2026-09-15',
      paragraphs: ['Wij zijn het er niet mee eens.', 'Zie bijlage.'],
    });
  });

  it('Voldoende: vastgesteld and closed, no follow-up', async () => {
    const s = setup();
    const { caseId } = await s.opener.open(
      { vestigingCode: '12AB00', aanleiding: 'handmatig', reason: 'r' },
      'insp',
      'k5',
    );
    await s.rapport.judge(
      caseId,
      [{ afdeling: null, standaard: 'OP1', oordeel: 'Voldoende' }],
      'insp',
    );
    await s.rapport.concept(caseId, { eindoordeel: 'Voldoende', paragraphs: [] }, 'insp');
    await s.rapport.adopt(caseId, { paragraphs: [] }, 'insp');
    expect(await s.t.engine.get(caseId)).toMatchObject({
      status: 'afgesloten',
      result: 'afgerond',
    });
    expect(s.letters()[1]!.placeholders['vervolg']).toBe('Er is geen vervolgtoezicht nodig.');
  });
});
