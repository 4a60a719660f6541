import { VertrouwensdossiersCounted } from '@inspectorate/contracts';
import { FieldCipher } from './field-cipher';
import { anonymousCounts } from './maintenance.usecase';
import { newKey, newVertrouwens } from './testing';

const by = { id: 'vi-1', name: 'V. Inspecteur' };
const PLANTED = ['Sanne Jansen', 'sanne@example.org', '0612345678', 'gymzaal', 'schoolarts'];

function dossier(
  over: Partial<Parameters<ReturnType<typeof newVertrouwens>['dossiers']['register']>[0]> = {},
) {
  return {
    brin: '12AB',
    vestigingCode: '12AB00',
    bevoegdGezagNummer: '41234',
    category: 'seksuele-intimidatie' as const,
    channel: 'telefoon',
    receivedAt: new Date('2026-03-10T08:00:00Z'),
    narrative: 'Mijn dochter werd na de gymles in de gymzaal lastiggevallen.',
    reporter: {
      kind: 'ouder',
      contact: { name: 'Sanne Jansen', email: 'sanne@example.org', phone: '0612345678' },
    },
    ...over,
  };
}

describe('vertrouwensdossiers: sealed content, audited reads', () => {
  it('stores no content in clear: the raw documents hold none of the planted strings', async () => {
    const t = newVertrouwens();
    const id = await t.dossiers.register(dossier(), by);
    await t.dossiers.addContact(
      id,
      { at: '2026-03-11T10:00:00Z', channel: 'telefoon', summary: 'Sanne belde terug' },
      by,
    );
    await t.dossiers.addAdvice(id, 'Advies: neem contact op met de schoolarts', by);
    await t.dossiers.get(id, by, 'gesprek met Sanne Jansen voorbereiden');
    await t.dossiers.close(id, 'afgerond, gymzaal besproken', by);
    const raw = JSON.stringify([...t.stores.dossiers.all(), ...t.stores.reads.all()]);
    for (const planted of PLANTED) expect(raw).not.toContain(planted);
    expect(raw).toContain('seksuele-intimidatie'); // what the queue and the counts need stays
  });

  it('opens everything on a read, and records each read with who and why', async () => {
    const t = newVertrouwens();
    const id = await t.dossiers.register(dossier(), by);
    await t.dossiers.addAdvice(id, 'Advies: neem contact op met de schoolarts', by);
    const view = await t.dossiers.get(id, by, 'terugbelverzoek');
    expect(view).toMatchObject({
      narrative: expect.stringContaining('gymzaal'),
      reporter: { kind: 'ouder', contact: { name: 'Sanne Jansen' } },
      advice: [{ by: 'V. Inspecteur', text: 'Advies: neem contact op met de schoolarts' }],
      log: [{ action: 'registered' }, { action: 'advice-given' }],
    });
    await t.dossiers.list({ brin: '12AB' }, 10, { id: 'vi-2', name: 'W' }, 'wachtrij');
    const reads = await t.dossiers.readsOf(id, by, 'controle');
    expect(reads).toEqual([
      expect.objectContaining({ actor: 'vi-1', what: 'dossier', reason: 'terugbelverzoek' }),
      expect.objectContaining({ actor: 'vi-1', what: 'reads', reason: 'controle' }),
    ]);
    // The list read is recorded too, without a dossier.
    expect(t.stores.reads.all().filter((r) => r.what === 'list')).toEqual([
      expect.objectContaining({ dossierId: null, actor: 'vi-2' }),
    ]);
  });

  it('closes with the retention term and takes no changes after', async () => {
    const t = newVertrouwens('2026-03-10T09:00:00Z', 'P5Y');
    const id = await t.dossiers.register(dossier(), by);
    await expect(t.dossiers.close(id, null, by)).resolves.toEqual({ destroyOn: '2031-03-10' });
    await expect(t.dossiers.addAdvice(id, 'nog iets', by)).rejects.toThrow('is closed');
    await expect(t.dossiers.get('nope', by, 'x')).rejects.toThrow(
      'there is no vertrouwensdossier nope',
    );
  });
});

describe('vertrouwensdossiers: anonymous counts', () => {
  it('never publishes a count below 5: small categories pool, a small pool is only "suppressed"', () => {
    expect(
      anonymousCounts(
        new Map([
          ['pesten', 7],
          ['discriminatie', 3],
          ['radicalisering', 2],
        ] as const),
      ),
    ).toEqual({ counts: [{ category: 'pesten', count: 7 }], pooled: 5, suppressed: false });
    expect(
      anonymousCounts(
        new Map([
          ['pesten', 6],
          ['discriminatie', 1],
        ] as const),
      ),
    ).toEqual({
      counts: [{ category: 'pesten', count: 6 }],
      pooled: null,
      suppressed: true,
    });
    expect(anonymousCounts(new Map([['pesten', 4]] as const))).toEqual({
      counts: [],
      pooled: null,
      suppressed: true,
    });
  });

  it('fixes and publishes a month once, per school, and keeps the counts', async () => {
    const t = newVertrouwens('2026-03-10T09:00:00Z');
    for (let i = 0; i < 6; i++) await t.dossiers.register(dossier({ category: 'pesten' }), by);
    await t.dossiers.register(dossier({ brin: '34CD', vestigingCode: null }), by);
    t.clock.set('2026-04-01T03:00:00Z');
    await expect(t.counts.publish('2026-03')).resolves.toEqual({
      schools: 2,
      published: 2,
      dossiers: 7,
    });
    await expect(t.counts.publish('2026-03')).resolves.toMatchObject({ published: 0 });
    const events = t.stores.publications.events();
    expect(events.map((e) => e.type)).toEqual([
      VertrouwensdossiersCounted.type,
      VertrouwensdossiersCounted.type,
    ]);
    expect(events.map((e) => e.data)).toEqual([
      {
        brin: '12AB',
        month: '2026-03',
        counts: [{ category: 'pesten', count: 6 }],
        pooled: null,
        suppressed: false,
      },
      { brin: '34CD', month: '2026-03', counts: [], pooled: null, suppressed: true },
    ]);
  });
});

describe('vertrouwensdossiers: retention and key rotation', () => {
  it('destroys a closed dossier after its term, once its month is counted, leaving the count', async () => {
    const t = newVertrouwens('2026-03-10T09:00:00Z', 'P1M');
    const id = await t.dossiers.register(dossier(), by);
    const open = await t.dossiers.register(dossier(), by);
    await t.dossiers.get(id, by, 'lezen');
    await t.dossiers.close(id, null, by);
    await expect(t.retention.run('2026-04-09')).resolves.toEqual({
      destroyed: 0,
      waitingForCount: 0,
    });
    await expect(t.retention.run('2026-04-10')).resolves.toEqual({
      destroyed: 0,
      waitingForCount: 1,
    });
    await t.counts.publish('2026-03');
    await expect(t.retention.run('2026-04-10')).resolves.toEqual({
      destroyed: 1,
      waitingForCount: 0,
    });
    expect(t.stores.dossiers.all().map((d) => d._id)).toEqual([open]);
    expect(t.stores.reads.all().filter((r) => r.dossierId === id)).toEqual([]);
    expect(t.stores.destructions.all()).toEqual([
      expect.objectContaining({ _id: id, destroyOn: '2026-04-10', term: 'P1M' }),
    ]);
    expect(t.stores.counts.all()).toEqual([
      expect.objectContaining({ brin: '12AB', category: 'seksuele-intimidatie', count: 2 }),
    ]);
  });

  it('re-seals every value under the new key; the old key can then go', async () => {
    const t = newVertrouwens();
    const id = await t.dossiers.register(dossier(), by);
    await t.dossiers.addAdvice(id, 'advies', by);
    await t.dossiers.get(id, by, 'lezen');
    const k2 = newKey();
    t.sealer.current = FieldCipher.fromConfig(`k1:${t.k1},k2:${k2}`, 'k2');
    await expect(t.rotation.run()).resolves.toEqual({
      dossiers: 1,
      resealedDossiers: 1,
      resealedReads: 1,
    });
    await expect(t.rotation.run()).resolves.toMatchObject({
      resealedDossiers: 0,
      resealedReads: 0,
    });
    expect(JSON.stringify(t.stores.dossiers.all())).not.toContain('"k":"k1"');
    t.sealer.current = FieldCipher.fromConfig(`k2:${k2}`, 'k2');
    await expect(t.dossiers.get(id, by, 'na rotatie')).resolves.toMatchObject({
      narrative: expect.stringContaining('gymzaal'),
      advice: [expect.objectContaining({ text: 'advies' })],
    });
  });
});
