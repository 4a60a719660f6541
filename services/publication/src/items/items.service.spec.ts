import {
  HerstelopdrachtOutcomeDetermined,
  type HerstelopdrachtOutcomeDeterminedData,
  createEvent,
} from '@inspectorate/contracts';
import { ConflictError, NotFoundError } from '@inspectorate/http';
import { FixedClock } from '@inspectorate/scheduling';
import { type TestService, newTestService } from '@inspectorate/testing';
import { outcome } from '../../test/fixtures';
import { FeedService } from '../feed/feed.service';
import { Feed, Items, PUBLICATION_COLLECTIONS } from '../persistence/collections';
import { PlacesService } from '../places/places';
import { ItemsService } from './items.service';

/** Items on in-memory stores: the date rule, the gate, review, hold, withdrawal and the feed. */
const event = (data: HerstelopdrachtOutcomeDeterminedData, time = '2026-11-02T10:00:00Z') =>
  createEvent(HerstelopdrachtOutcomeDetermined, {
    source: '/inspectorate/casework',
    correlationId: 'test',
    subject: data.caseId,
    time,
    data,
  });
const typeOf = (e: { type: string }) => e.type.split('.').slice(-2, -1)[0];

describe('ItemsService (in-memory stores)', () => {
  let t: TestService<ItemsService>;
  let feed: FeedService;

  beforeEach(async () => {
    t = await newTestService(ItemsService, {
      collections: PUBLICATION_COLLECTIONS,
      providers: [FeedService, PlacesService],
      clock: new FixedClock('2026-11-01T09:00:00Z'),
    });
    feed = t.get(FeedService);
  });

  it('publishes on the rule date, not before', async () => {
    const data = outcome({ decidedOn: '2026-11-02' });
    expect(await t.sut.record(event(data))).toBe('recorded');
    expect(await t.sut.publishDue()).toEqual({ published: 0, toReview: 0 });
    t.clock.set('2026-11-02T00:30:00+01:00');
    expect(await t.sut.publishDue()).toEqual({ published: 1, toReview: 0 });
    expect(t.store(Items).events().map(typeOf)).toEqual(['published']);
  });

  it('holds an item that names a person the event says is known to the case, without publishing the names', async () => {
    const knownPersons = [
      { role: 'inspecteur' as const, name: 'Femke Dijkstra' },
      { role: 'klager' as const, name: 'Joke de Wit' },
    ];
    const named = outcome({
      decidedOn: '2026-11-01',
      report: { title: 'Herstelopdracht', paragraphs: ['Besproken met femke  DIJKSTRA.'] },
      knownPersons,
    });
    const clean = outcome({ decidedOn: '2026-11-01', knownPersons });
    await t.sut.record(event(named));
    await t.sut.record(event(clean));
    expect(await t.sut.publishDue()).toEqual({ published: 1, toReview: 1 });
    const held = (await t.sut.get(`herstelopdracht-${named.caseId}`))!;
    expect(held.review?.hits.map((h) => h.kind)).toEqual(['person-name']);
    const published = (await t.sut.get(`herstelopdracht-${clean.caseId}`))!;
    expect(JSON.stringify(published.published)).not.toMatch(/Dijkstra|de Wit/);
    expect(JSON.stringify(t.store(Items).events())).not.toMatch(/Dijkstra|de Wit/);
  });

  it('holds an item that gives the home address of a person known to the case, without publishing it', async () => {
    const knownPersons = [
      {
        role: 'klager' as const,
        name: 'Joke de Wit',
        address: { street: 'Lindelaan', houseNumber: '7', postcode: '3581KB' },
      },
    ];
    const byStreet = outcome({
      decidedOn: '2026-11-01',
      report: { title: 'Herstelopdracht', paragraphs: ['Het gesprek was aan de Lindelaan 7.'] },
      knownPersons,
    });
    const byPostcode = outcome({
      decidedOn: '2026-11-01',
      report: { title: 'Herstelopdracht', paragraphs: ['Post naar 3581 KB 7 kwam terug.'] },
      knownPersons,
    });
    const clean = outcome({ decidedOn: '2026-11-01', knownPersons });
    for (const o of [byStreet, byPostcode, clean]) await t.sut.record(event(o));
    expect(await t.sut.publishDue()).toEqual({ published: 1, toReview: 2 });
    for (const o of [byStreet, byPostcode])
      expect(
        (await t.sut.get(`herstelopdracht-${o.caseId}`))!.review?.hits.map((h) => h.kind),
      ).toEqual(['address']);
    expect(JSON.stringify(t.store(Items).events())).not.toMatch(/Lindelaan|3581/);
  });

  it("lets the school's own public address pass where a person gave it as theirs, and still holds a home address", async () => {
    // DUO's address of the vestiging (and of its school): public, not personal.
    const places = t.get(PlacesService);
    const schoolAddress = { straat: 'Schoolstraat', huisnummer: 1, postcode: '3581 AB' };
    await places.apply('vestiging:12AB00', 1, {
      sector: 'po',
      gemeente: null,
      address: schoolAddress,
    });
    await places.apply('school:12CD', 1, {
      sector: 'po',
      gemeente: null,
      address: { ...schoolAddress, huisnummer: 9 },
    });
    // A teacher who complained gave the school's address for her letters; the melder his home.
    const knownPersons = [
      {
        role: 'klager' as const,
        name: 'Joke de Wit',
        address: { street: 'Schoolstraat', houseNumber: '1', postcode: '3581AB' },
      },
      {
        role: 'melder' as const,
        name: 'Piet Bakker',
        address: { street: 'Lindelaan', houseNumber: '7', postcode: '3581KB' },
      },
    ];
    const report = (
      paragraph: string,
      brin = '12AB',
      persons: HerstelopdrachtOutcomeDeterminedData['knownPersons'] = knownPersons,
    ) => ({
      decidedOn: '2026-11-01',
      brin,
      vestigingCode: brin === '12AB' ? '12AB00' : `${brin}01`,
      report: { title: 'Herstelopdracht', paragraphs: [paragraph] },
      knownPersons: persons,
    });
    const school = outcome(report('De school aan de Schoolstraat 1 (3581 AB 1) is bezocht.'));
    const home = outcome(report('Het gesprek was aan de Lindelaan 7.'));
    const both = outcome(report('Van de Schoolstraat 1 naar de Lindelaan 7.'));
    // Another school's item: the address is public only as that school's own.
    const elsewhere = outcome(report('Het gesprek was aan de Schoolstraat 1.', '12EF'));
    // The school's main address (its vestiging unknown to the registry), given by a contact.
    const main = outcome(
      report('Post gaat naar 3581 AB 9.', '12CD', [
        {
          role: 'contactpersoon' as const,
          name: 'Anna Smit',
          address: { street: 'Schoolstraat', houseNumber: '9', postcode: '3581AB' },
        },
      ]),
    );
    for (const o of [school, home, both, elsewhere, main]) await t.sut.record(event(o));
    expect(await t.sut.publishDue()).toEqual({ published: 2, toReview: 3 });
    expect((await t.sut.get(`herstelopdracht-${school.caseId}`))!.status).toBe('published');
    expect((await t.sut.get(`herstelopdracht-${main.caseId}`))!.status).toBe('published');
    for (const o of [home, both, elsewhere])
      expect(
        (await t.sut.get(`herstelopdracht-${o.caseId}`))!.review?.hits.map((h) => h.kind),
      ).toEqual(['address']);
    expect(JSON.stringify(t.store(Items).events())).not.toMatch(/Lindelaan/);
  });

  it('ignores events no rule names, and redeliveries', async () => {
    const other = event(outcome());
    expect(
      await t.sut.record({ ...other, type: 'nl.onderwijsinspectie.casework.case.closed.v1' }),
    ).toBe('ignored');
    const e = event(outcome());
    expect(await t.sut.record(e)).toBe('recorded');
    expect(await t.sut.record(e)).toBe('ignored');
    expect(
      await t.sut.record({
        ...event(outcome({ caseId: e.data.caseId })),
        time: '2026-01-01T00:00:00Z',
      }),
    ).toBe('ignored');
  });

  it('sends an item with personal data to review; a rejected one is never published', async () => {
    const data = outcome({
      decidedOn: '2026-10-01',
      report: { title: 'Rapport', paragraphs: ['Bel 06-12345678.'] },
    });
    await t.sut.record(event(data));
    expect(await t.sut.publishDue()).toEqual({ published: 0, toReview: 1 });
    const id = `herstelopdracht-${data.caseId}`;
    const rejected = await t.sut.decideReview(
      id,
      'beheerder',
      'rejected',
      'telefoonnummer van een ouder',
    );
    expect(rejected).toMatchObject({
      status: 'rejected',
      review: { decision: { outcome: 'rejected' } },
    });
    expect(await t.sut.publishDue()).toEqual({ published: 0, toReview: 0 });
    await expect(t.sut.decideReview(id, 'beheerder', 'released', null)).rejects.toThrow(
      ConflictError,
    );
    await expect(t.sut.decideReview('herstelopdracht-x', 'b', 'released', null)).rejects.toThrow(
      NotFoundError,
    );
    expect(t.store(Items).events()).toEqual([]);
    // A corrected version from the source goes through the gate again.
    await t.sut.record(
      event(
        { ...data, report: { title: 'Rapport', paragraphs: ['Zonder nummer.'] } },
        '2026-11-03T08:00:00Z',
      ),
    );
    expect(await t.sut.publishDue()).toEqual({ published: 1, toReview: 0 });
  });

  it('withdraws a published item with PublicationWithdrawn and one that never was without', async () => {
    const a = outcome({ decidedOn: '2026-10-01' });
    const b = outcome({ decidedOn: '2026-12-01' });
    await t.sut.record(event(a));
    await t.sut.record(event(b));
    await t.sut.publishDue();
    expect(await feed.sequence()).toBe(1);
    await t.sut.withdraw(`herstelopdracht-${a.caseId}`, 'beheerder', 'geschorst door de rechter');
    await t.sut.withdraw(`herstelopdracht-${b.caseId}`, 'beheerder', 'ingetrokken');
    expect(t.store(Items).events().map(typeOf)).toEqual(['published', 'withdrawn']);
    expect(await feed.sequence()).toBe(1);
    expect(await feed.sequence()).toBe(0);
    const entries = await feed.after(0, 10);
    expect(entries.map((e) => [e.change, e.item])).toEqual([
      ['published', null],
      ['withdrawn', null],
    ]);
    expect(await t.store(Feed).count()).toBe(2);
  });

  it('refuses to hold what is already public', async () => {
    const a = outcome({ decidedOn: '2026-10-01' });
    await t.sut.record(event(a));
    await t.sut.publishDue();
    await expect(t.sut.hold(`herstelopdracht-${a.caseId}`, 'b', 'te laat')).rejects.toThrow(
      /withdraw it instead/,
    );
    await expect(t.sut.releaseHold(`herstelopdracht-${a.caseId}`, 'b')).rejects.toThrow(
      ConflictError,
    );
  });
});
