import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASYNCAPI_PATH, buildAsyncApi } from './asyncapi';
import { compareSchemas } from './compat';
import { ContractViolationError } from './issues';
import { createEvent } from './define-event';
import { catalog } from './events';
import { SubmissionMissing } from './events/monitoring';
import { SchoolUpdated, VestigingRegistered } from './events/registry';
import { type SchemaLock, buildLock, compareWithLock, describeChange } from './lock';
import { Topics, topicMetadata } from './topics';

const repoRoot = join(__dirname, '..', '..', '..');

const missing = (overrides: Partial<Record<string, unknown>> = {}) => ({
  vestigingCode: '12AB00',
  brin: '12AB',
  bevoegdGezagNummer: '41234',
  sector: 'po' as const,
  schooljaar: '2025-2026',
  deadline: '2026-07-01',
  ...overrides,
});

const input = (data: ReturnType<typeof missing>, subject = data.vestigingCode as string) => ({
  source: '/inspectorate/monitoring-intake',
  subject,
  correlationId: 'corr-1',
  data: data as never,
});

describe('createEvent (produce side)', () => {
  it('builds a CloudEvent with type, dataschema and a v7 id', () => {
    const event = createEvent(SubmissionMissing, input(missing()));
    expect(event.type).toBe('nl.onderwijsinspectie.monitoring.submission.missing.v1');
    expect(event.dataschema).toBe(`urn:nl:onderwijsinspectie:schema:${event.type}`);
    expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(event.subject).toBe('12AB00');
  });

  it('refuses bad data, naming every path that is wrong', () => {
    let error: unknown;
    try {
      createEvent(
        SubmissionMissing,
        input(missing({ vestigingCode: '12ab0', schooljaar: '2025' }), '12ab0'),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContractViolationError);
    const paths = (error as ContractViolationError).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/data/vestigingCode', '/data/schooljaar']));
  });

  it('refuses a subject that is not the aggregate key (it would break per-key order)', () => {
    expect(() => createEvent(SubmissionMissing, input(missing(), '99ZZ00'))).toThrow(/subject/);
  });

  it('checks invariants across fields on the producer side', () => {
    expect(() => createEvent(SubmissionMissing, input(missing({ brin: '34CD' })))).toThrow(/brin/);
  });
});

describe('EventCatalog.parse (consume side)', () => {
  const valid = () => createEvent(SubmissionMissing, input(missing()));

  it('accepts a valid event and narrows it by type', () => {
    const result = catalog.parse(Buffer.from(JSON.stringify(valid())));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.definition).toBe(SubmissionMissing);
  });

  it('tolerates a property a newer producer added', () => {
    const event = { ...valid(), data: { ...valid().data, addedLater: 'x' } };
    expect(catalog.parse(JSON.stringify(event)).ok).toBe(true);
  });

  it.each([
    ['not-json', () => '{"specversion": '],
    ['bad-envelope', () => JSON.stringify({ ...valid(), specversion: '0.3' })],
    [
      'unknown-type',
      () => JSON.stringify({ ...valid(), type: 'nl.onderwijsinspectie.nobody.thing.happened.v1' }),
    ],
    ['bad-data', () => JSON.stringify({ ...valid(), data: { ...valid().data, schooljaar: 2026 } })],
  ])('says why a message is refused: %s', (reason, raw) => {
    const result = catalog.parse(raw());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message.length).toBeGreaterThan(0);
    }
  });
});

describe("registry snapshots' provincie (added after the first events)", () => {
  const address = {
    straat: 'Melkweg',
    huisnummer: 13,
    huisnummerToevoeging: null,
    postcode: '9306 TC',
    plaats: 'ALTEVEER GEM NOORDENVELD',
  };
  const gemeente = { nummer: '1699', naam: 'NOORDENVELD' };
  // A vestiging and a school as the registry sent them before it published the provincie.
  const oldVestiging = {
    vestigingCode: '32JK00',
    brin: '32JK',
    vestigingsnummer: '00',
    name: 'BBS de Verwondering',
    bevoegdGezagNummer: '20091',
    sector: 'po',
    address,
    gemeente,
    afdelingen: [],
    directieEmail: null,
    status: 'open',
    closedOn: null,
  };
  const oldSchool = {
    brin: '32JK',
    name: 'BBS de Verwondering',
    bevoegdGezagNummer: '20091',
    sector: 'po',
    denominatie: 'Algemeen bijzonder',
    onderwijsstructuren: [],
    address,
    gemeente,
    isdContactEmail: null,
    status: 'open',
    closedOn: null,
  };
  const vestigingEvent = (vestiging: Record<string, unknown>) =>
    createEvent(VestigingRegistered, {
      source: '/inspectorate/registry',
      subject: '32JK00',
      correlationId: 'corr-1',
      data: { revision: 1, vestiging } as never,
    });
  const schoolEvent = (school: Record<string, unknown>) =>
    createEvent(SchoolUpdated, {
      source: '/inspectorate/registry',
      subject: '32JK',
      correlationId: 'corr-1',
      data: { revision: 2, changedFields: ['name'], school } as never,
    });

  it('still accepts the events from before it, on both sides', () => {
    for (const event of [vestigingEvent(oldVestiging), schoolEvent(oldSchool)]) {
      expect(JSON.stringify(event.data)).not.toContain('provincie');
      expect(catalog.parse(JSON.stringify(event))).toMatchObject({ ok: true });
    }
  });

  it('accepts it as DUO writes it, or null, and refuses an empty one, naming the path', () => {
    for (const provincie of ['Drenthe', 'Fryslân', null]) {
      expect(vestigingEvent({ ...oldVestiging, provincie }).data).toMatchObject({
        vestiging: { provincie },
      });
      expect(schoolEvent({ ...oldSchool, provincie }).data).toMatchObject({
        school: { provincie },
      });
    }
    expect(() => vestigingEvent({ ...oldVestiging, provincie: '' })).toThrow(
      /\/data\/vestiging\/provincie/,
    );
  });
});

describe('the published contracts (schemas.lock.json)', () => {
  const locked = JSON.parse(
    readFileSync(join(__dirname, '..', 'schemas.lock.json'), 'utf8'),
  ) as SchemaLock;

  it('has no incompatible change without a new version', () => {
    const breaking = compareWithLock(locked, buildLock(catalog)).filter(
      (c) => c.severity === 'breaking',
    );
    expect(breaking.map(describeChange)).toEqual([]);
  });

  it('is up to date with the contracts (run `npm run contracts:lock`)', () => {
    expect(compareWithLock(locked, buildLock(catalog)).map(describeChange)).toEqual([]);
  });

  it('catches the changes that would break a consumer', () => {
    const before = {
      type: 'object',
      required: ['a', 'b'],
      properties: { a: { type: 'string' }, b: { type: 'string', enum: ['x', 'y'] } },
    };
    const removed = { type: 'object', required: ['a'], properties: { a: { type: 'string' } } };
    const required = {
      ...before,
      required: ['a', 'b', 'c'],
      properties: { ...before.properties, c: { type: 'integer' } },
    };
    const optional = { ...before, properties: { ...before.properties, c: { type: 'integer' } } };
    const widened = {
      ...before,
      properties: { ...before.properties, b: { type: 'string', enum: ['x', 'y', 'z'] } },
    };
    const narrowed = {
      ...before,
      properties: { ...before.properties, a: { type: 'string', maxLength: 3 } },
    };
    const severities = (after: object) =>
      compareSchemas(before, after as never).map((c) => c.severity);
    expect(severities(removed)).toContain('breaking');
    expect(severities(required)).toContain('breaking');
    expect(severities(narrowed)).toContain('breaking');
    expect(severities(optional)).toEqual(['additive']);
    expect(severities(widened)).toEqual(['widening']);
    expect(severities(before)).toEqual([]);
  });

  it('reports a removed event type and a moved topic as breaking', () => {
    const current = buildLock(catalog);
    const [type] = Object.keys(current.events);
    const withoutOne = { ...current, events: { ...current.events } };
    delete withoutOne.events[type!];
    expect(compareWithLock(current, withoutOne).map((c) => c.rule)).toContain('event-type-removed');
    const moved = {
      ...current,
      events: { ...current.events, [type!]: { ...current.events[type!]!, topic: 'elsewhere' } },
    };
    expect(compareWithLock(current, moved).map((c) => c.rule)).toContain('topic-changed');
  });
});

describe('topics and docs', () => {
  it('gives every event a topic from the topic list', () => {
    for (const d of catalog.definitions) expect(Object.values(Topics)).toContain(d.topic);
  });

  it('keeps registry topics compacted so new consumers can rebuild their read models', () => {
    expect(topicMetadata[Topics.registryVestigingen].cleanupPolicy).toBe('compact');
  });

  it('has docs/asyncapi.yaml generated from the contracts (run `npm run asyncapi`)', () => {
    const checkedIn = readFileSync(join(repoRoot, ASYNCAPI_PATH), 'utf8');
    expect(checkedIn === buildAsyncApi(catalog)).toBe(true);
  });
});
