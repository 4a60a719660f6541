import {
  RapportVastgesteld,
  type RapportVastgesteldData,
  createEvent,
} from '@inspectorate/contracts';
import { FixedClock } from '@inspectorate/scheduling';
import { type TestService, newTestService } from '@inspectorate/testing';
import { rapport } from '../../test/fixtures';
import { pdfText } from '@inspectorate/testing';
import { scanForPii } from '../domain/pii-gate';
import type { PublicItem } from '../domain/rules';
import { FeedService } from '../feed/feed.service';
import { PlacesService } from '../places/places';
import { ItemsService } from '../items/items.service';
import { toCsv, dictionaryOf } from '../opendata/dataset';
import { PUBLICATION_COLLECTIONS } from '../persistence/collections';
import { ruleForKind } from '../domain/rules';
import { reportPdf } from './report-pdf';

/** A vastgesteld report: its rule (date, toezichtresultaten), the public view and the PDF. */
const event = (data: RapportVastgesteldData) =>
  createEvent(RapportVastgesteld, {
    source: '/inspectorate/casework',
    correlationId: 'test',
    subject: data.caseId,
    time: '2026-10-01T10:00:00Z',
    data,
  });

const zeerZwak = rapport({
  eindoordeel: 'Zeer zwak',
  zienswijze: {
    title: 'Zienswijze van het bestuur, ontvangen 2026-09-15',
    paragraphs: ['Wij zijn het niet eens met het oordeel over het didactisch handelen.'],
  },
});

describe('rapport: rule, public view and PDF', () => {
  let t: TestService<ItemsService>;

  beforeEach(async () => {
    t = await newTestService(ItemsService, {
      collections: PUBLICATION_COLLECTIONS,
      providers: [FeedService, PlacesService],
      clock: new FixedClock('2026-10-01T12:00:00Z'),
    });
  });

  async function published(data: RapportVastgesteldData): Promise<PublicItem> {
    expect(await t.sut.record(event(data))).toBe('recorded');
    t.clock.set('2026-10-29T00:30:00+01:00');
    expect(await t.sut.publishDue()).toEqual({ published: 1, toReview: 0 });
    return (await t.sut.get(`rapport-${data.caseId}`))!.published!;
  }

  it('publishes on the publicatiedatum (fifth week), not before, with the oordelen and the zienswijze', async () => {
    expect(await t.sut.record(event(zeerZwak))).toBe('recorded');
    t.clock.set('2026-10-28T23:30:00+01:00');
    expect(await t.sut.publishDue()).toEqual({ published: 0, toReview: 0 });
    t.clock.set('2026-10-29T00:30:00+01:00');
    expect(await t.sut.publishDue()).toEqual({ published: 1, toReview: 0 });
    const item = (await t.sut.get(`rapport-${zeerZwak.caseId}`))!.published!;
    expect(item).toMatchObject({
      kind: 'rapport',
      dataset: 'toezichtresultaten',
      brin: '22XY',
      vestigingCode: '22XY00',
      afdeling: null,
      fields: {
        oordeel: 'Zeer zwak',
        vastgesteldOn: '2026-10-01',
        kader: 'Onderzoekskader 2021 voortgezet onderwijs',
        sector: 'vo',
      },
      reportPdf: `/public/items/rapport-${zeerZwak.caseId}/report.pdf`,
      zienswijze: zeerZwak.zienswijze,
    });
    expect(item.fields.oordelen).toEqual(zeerZwak.oordelen);
    // Only the rule's values: not the aanleiding, the case type or the kader id.
    expect(JSON.stringify(item)).not.toMatch(/risico|aanleiding|caseType|2021-vo-v2/);
  });

  it('renders the report with extractable text, the zienswijze attached, and nothing the gate would stop', async () => {
    const item = await published(zeerZwak);
    const { text, pages } = await pdfText(await reportPdf(item));
    expect(pages).toBe(2);
    for (const expected of [
      'Rapport kwaliteitsonderzoek Lingecollege',
      'Lingecollege, 22XY00',
      'Eindoordeel: Zeer zwak',
      'OP3 Didactisch handelen (havo): Onvoldoende',
      'Het didactisch handelen op de havo-afdeling is onvoldoende.',
      'Bijlage: zienswijze van het bestuur',
      'Wij zijn het niet eens met het oordeel over het didactisch handelen.',
    ])
      expect(text).toContain(expected);
    expect(scanForPii(text, {})).toEqual([]);
  });

  it('lets the gate read a PDF: planted personal data in a report is found in its text', async () => {
    // The gate stops such an item before it is public; this proves the PDF check above can fail.
    const item = await published(rapport());
    const planted = {
      ...item,
      report: { ...item.report!, paragraphs: ['Contact: j.jansen@example.org of 06-12345678.'] },
    };
    const hits = scanForPii((await pdfText(await reportPdf(planted))).text, {});
    expect(hits.map((h) => h.kind).sort()).toEqual(['email', 'phone']);
  });

  it('has a toezichtresultaten row per oordeel in the open data, with its dictionary', async () => {
    const item = await published(rapport());
    const rule = ruleForKind('rapport')!;
    const lines = toCsv(rule, [{ item, place: { sector: 'vo', gemeente: '0363' } }])
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    const header = lines[0]!.split(',');
    expect(header).toEqual(dictionaryOf(rule).columns.map((c) => c.name));
    const col = (line: string, name: string) => line.split(',')[header.indexOf(name)];
    expect(
      lines
        .slice(1)
        .map((l) => [
          col(l, 'oordelen.afdeling'),
          col(l, 'oordelen.standaard'),
          col(l, 'oordelen.oordeel'),
        ]),
    ).toEqual([
      ['havo', 'OP3', 'Onvoldoende'],
      ['havo', 'SK1', 'Voldoende'],
      ['vwo', 'OP3', 'Voldoende'],
    ]);
    expect(lines.slice(1).every((l) => col(l, 'oordeel') === 'Onvoldoende')).toBe(true);
    // The place of the school (the registry's), on every row.
    expect(lines.slice(1).map((l) => col(l, 'gemeente'))).toEqual(['0363', '0363', '0363']);
  });
});
