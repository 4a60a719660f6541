import type { Type } from '@nestjs/common';
import { NotFoundError } from '@inspectorate/http';
import { type TestService, vestigingSnapshot } from '@inspectorate/testing';
import { intakeTestService } from '../test/unit-service';
import { ConsentsService } from './consents/consents.service';
import { Consents, Obligations, Providers, Vestigingen } from './persistence/collections';
import { SweepService } from './sweep/sweep.service';
import { VestigingenReadModel } from './vestigingen/vestigingen.read-model';

/** monitoring-intake's use cases on in-memory stores: no database, no broker. */
const typeOf = (e: { type: string }) => e.type.split('.').slice(-2, -1)[0];

async function build<S>(service: Type<S>): Promise<TestService<S>> {
  const t = await intakeTestService(service);
  t.store(Providers).seed({
    _id: 'aanbieder-a',
    name: 'Aanbieder A',
    contactEmail: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    createdBy: 'beheer',
  });
  const readModel = t.get(VestigingenReadModel);
  for (const code of ['10AA00', '11AA00', '12AA00']) {
    await readModel.apply(
      1,
      vestigingSnapshot({ vestigingCode: code, brin: code.slice(0, 4), sector: 'po' }),
      null,
    );
  }
  return t;
}

describe('ConsentsService (in-memory stores)', () => {
  it('grants once: the consent and its ConsentGranted event in one write, a repeat changes nothing', async () => {
    const t = await build(ConsentsService);
    const first = await t.sut.grant('2025-2026', '10AA00', 'aanbieder-a', 'directeur@school.nl');
    expect(first.changed).toBe(true);
    expect(first.consent).toMatchObject({ status: 'granted', vestigingCode: '10AA00' });
    const again = await t.sut.grant('2025-2026', '10AA00', 'aanbieder-a', 'directeur@school.nl');
    expect(again.changed).toBe(false);
    expect(t.store(Consents).events().map(typeOf)).toEqual(['granted']);
    expect(t.store(Consents).hints).toEqual(['2025-2026:10AA00:aanbieder-a']);
  });

  it('withdraws a granted consent with its event; a provider without consent gets a clear error', async () => {
    const t = await build(ConsentsService);
    await t.sut.grant('2025-2026', '10AA00', 'aanbieder-a', 'd@s.nl');
    const withdrawn = await t.sut.withdraw('2025-2026', '10AA00', 'aanbieder-a', 'd@s.nl');
    expect(withdrawn).toMatchObject({ changed: true, consent: { status: 'withdrawn' } });
    expect(t.store(Consents).events().map(typeOf)).toEqual(['granted', 'withdrawn']);
    expect(await t.sut.grantedIds(['2025-2026:10AA00:aanbieder-a'])).toEqual(new Set());
    await expect(t.sut.withdraw('2025-2026', '11AA00', 'aanbieder-a', 'd@s.nl')).rejects.toThrow(
      'vestiging 11AA00 never gave provider aanbieder-a consent for 2025-2026',
    );
  });

  it('refuses an unknown provider', async () => {
    const t = await build(ConsentsService);
    await expect(t.sut.grant('2025-2026', '10AA00', 'nobody', 'd@s.nl')).rejects.toThrow(
      NotFoundError,
    );
    expect(t.store(Consents).all()).toEqual([]);
  });
});

describe('SweepService (in-memory stores)', () => {
  it('marks each vestiging without results missing once, with one SubmissionMissing each', async () => {
    const t = await build(SweepService);
    const first = await t.sut.sweep('2025-2026');
    expect(first).toMatchObject({ examined: 3, owing: 3, markedMissing: 3, alreadyMarked: 0 });
    const again = await t.sut.sweep('2025-2026');
    expect(again).toMatchObject({ markedMissing: 0, alreadyMarked: 3 });
    const obligations = t.store(Obligations);
    expect(obligations.events().map((e) => e.subject)).toEqual(['10AA00', '11AA00', '12AA00']);
    expect(obligations.events().map(typeOf)).toEqual(['missing', 'missing', 'missing']);
    expect((await t.sut.missingOf('2025-2026')).map((m) => m.vestigingCode)).toEqual([
      '10AA00',
      '11AA00',
      '12AA00',
    ]);
  });

  it('counts a marker written by a concurrent run as already marked, without a second event', async () => {
    const t = await build(SweepService);
    const obligations = t.store(Obligations);
    const find = obligations.find.bind(obligations);
    // A concurrent run marks 11AA00 between our check and our insert.
    obligations.find = async (filter, options) => {
      const found = await find(filter, options);
      if ((await find({ _id: '2025-2026:11AA00' })).length === 0) {
        obligations.seed({
          _id: '2025-2026:11AA00',
          schooljaar: '2025-2026',
          vestigingCode: '11AA00',
          state: 'missing',
          deadline: '2026-07-01',
          markedAt: new Date(),
          asOf: '2026-07-02',
        });
      }
      return found;
    };
    const report = await t.sut.sweep('2025-2026');
    expect(report).toMatchObject({ markedMissing: 2, alreadyMarked: 1 });
    expect(obligations.events().map((e) => e.subject)).toEqual(['10AA00', '12AA00']);
  });

  it('keeps the newest snapshot of a vestiging, whatever order they come in', async () => {
    const t = await build(SweepService);
    const readModel = t.get(VestigingenReadModel);
    const closed = vestigingSnapshot({
      vestigingCode: '10AA00',
      brin: '10AA',
      sector: 'po',
      status: 'closed',
      closedOn: '2026-01-01',
    });
    expect(await readModel.apply(3, closed, null)).toBe('applied');
    expect(
      await readModel.apply(2, vestigingSnapshot({ vestigingCode: '10AA00', sector: 'po' }), {
        at: '2020-08-01T10:00:00Z',
      }),
    ).toBe('stale');
    expect(await t.store(Vestigingen).findById('10AA00')).toMatchObject({
      revision: 3,
      status: 'closed',
      registeredOn: '2020-08-01',
    });
    // Closed before the deadline: owes nothing.
    expect(await t.sut.sweep('2025-2026')).toMatchObject({ owing: 2, markedMissing: 2 });
  });
});
