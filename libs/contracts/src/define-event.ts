import type { Static, TObject } from '@sinclair/typebox';
import {
  type CloudEvent,
  DATA_CONTENT_TYPE,
  SPEC_VERSION,
  TYPE_SEGMENT_PATTERN,
  dataSchemaUri,
  eventType,
  newEventId,
} from './envelope';
import { type ContractIssue, ContractViolationError } from './issues';
import { type ValidationMode, envelopeValidator, validatorFor } from './validation';

/** `nl.onderwijsinspectie.<service>.<entity>.<event>.v<N>`, as a literal type. */
export type EventTypeString<
  S extends string,
  E extends string,
  V extends string,
  N extends number,
> = `nl.onderwijsinspectie.${S}.${E}.${V}.v${N}`;

export interface EventSpec<
  S extends string,
  E extends string,
  V extends string,
  N extends number,
  T extends TObject,
> {
  /** PascalCase past-tense fact, e.g. `SchoolRegistered`. */
  name: string;
  /** The owning domain, first segment of the type (`registry`, `monitoring`). */
  service: S;
  entity: E;
  event: V;
  /** Starts at 1. An incompatible change is a new version: a new definition beside the old one. */
  version: N;
  /** Logical topic (see Topics). */
  topic: string;
  /** What the subject (the Kafka key) is, for people: 'BRIN code of the school (e.g. 12AB)'. */
  subject: string;
  description: string;
  data: T;
  /**
   * The aggregate key inside the data. When given, the subject must equal it
   * (checked when producing and when consuming): the Kafka key decides the
   * partition, so a mismatch would silently break per-aggregate ordering.
   */
  subjectOf?: (data: Static<T>) => string;
  /**
   * Rules between fields that JSON Schema can't state (a vestiging code starts
   * with its BRIN). Checked on the producer side only: they are not part of the
   * published schema, so consumers neither rely on them nor reject for them.
   * Paths are relative to `data`.
   */
  invariants?: (data: Static<T>) => ContractIssue[];
}

export interface EventDefinition<T extends TObject = TObject, TType extends string = string> {
  readonly name: string;
  readonly type: TType;
  readonly service: string;
  readonly entity: string;
  readonly event: string;
  readonly version: number;
  readonly topic: string;
  readonly subject: string;
  readonly description: string;
  readonly data: T;
  /** URN of the data schema, the event's `dataschema` attribute. */
  readonly dataschema: string;
  // Method syntax on purpose: it keeps a definition of a specific event
  // assignable to AnyEventDefinition.
  subjectOf?(data: Static<T>): string;
  invariants?(data: Static<T>): ContractIssue[];
}

export type AnyEventDefinition = EventDefinition<TObject, string>;

/** The TypeScript type of an event's data. */
export type EventData<D extends AnyEventDefinition> = Static<D['data']>;

/** The CloudEvent type of a definition (or of a union of definitions: a union of events, discriminated by `type`). */
export type EventOf<D extends AnyEventDefinition> = D extends AnyEventDefinition
  ? CloudEvent<Static<D['data']>, D['type']>
  : never;

const SEGMENT = new RegExp(TYPE_SEGMENT_PATTERN);
const NAME = /^[A-Z][A-Za-z0-9]*$/;
const TOPIC = /^[a-zA-Z0-9._-]{1,200}$/;

/** One definition gives the type string, the JSON Schema and the TypeScript type of an event. */
export function defineEvent<
  const S extends string,
  const E extends string,
  const V extends string,
  const N extends number,
  T extends TObject,
>(spec: EventSpec<S, E, V, N, T>): EventDefinition<T, EventTypeString<S, E, V, N>> {
  const problems: string[] = [];
  if (!NAME.test(spec.name)) problems.push(`name '${spec.name}' must be PascalCase`);
  for (const [field, value] of [
    ['service', spec.service],
    ['entity', spec.entity],
    ['event', spec.event],
  ] as const) {
    if (!SEGMENT.test(value))
      problems.push(`${field} '${value}' must be lower-case letters and digits`);
  }
  if (!Number.isInteger(spec.version) || spec.version < 1)
    problems.push(`version must be an integer >= 1`);
  if (!TOPIC.test(spec.topic))
    problems.push(`topic '${spec.topic}' is not a legal Kafka topic name`);
  if ((spec.data as { type?: unknown }).type !== 'object')
    problems.push('data must be an object schema');
  if (spec.subject.trim() === '' || spec.description.trim() === '') {
    problems.push('subject and description must say something');
  }
  if (problems.length > 0) throw new Error(`defineEvent(${spec.name}): ${problems.join('; ')}`);

  const type = eventType(spec.service, spec.entity, spec.event, spec.version) as EventTypeString<
    S,
    E,
    V,
    N
  >;
  return Object.freeze({
    name: spec.name,
    type,
    service: spec.service,
    entity: spec.entity,
    event: spec.event,
    version: spec.version,
    topic: spec.topic,
    subject: spec.subject,
    description: spec.description,
    data: spec.data,
    dataschema: dataSchemaUri(type),
    ...(spec.subjectOf ? { subjectOf: spec.subjectOf } : {}),
    ...(spec.invariants ? { invariants: spec.invariants } : {}),
  });
}

export interface CreateEventInput<TData> {
  /** `/inspectorate/<service>`: the deployable producing the event (see sourceOf). */
  source: string;
  /** The aggregate key; becomes the Kafka key. */
  subject: string;
  data: TData;
  correlationId: string;
  causationId?: string;
  /** Defaults to a new UUID v7. Pass one to make a retried command produce the same event. */
  id?: string;
  /** Defaults to now. Pass the service clock's time. */
  time?: Date | string;
}

/**
 * A validated CloudEvent of `definition`. Throws ContractViolationError,
 * listing every problem with its path, when the event breaks its contract.
 * The data is copied, so later changes to the caller's object can't alter an
 * event already queued in an outbox.
 */
export function createEvent<D extends AnyEventDefinition>(
  definition: D,
  input: CreateEventInput<EventData<D>>,
): EventOf<D> {
  const issues: ContractIssue[] = [];
  let time: string;
  if (input.time === undefined) {
    time = new Date().toISOString();
  } else if (input.time instanceof Date) {
    const valid = !Number.isNaN(input.time.getTime());
    time = valid ? input.time.toISOString() : 'invalid';
    if (!valid) issues.push({ path: '/time', message: 'must be a valid Date' });
  } else {
    time = input.time;
  }
  const event: CloudEvent<unknown> = {
    specversion: SPEC_VERSION,
    id: input.id ?? newEventId(),
    source: input.source,
    type: definition.type,
    subject: input.subject,
    time,
    datacontenttype: DATA_CONTENT_TYPE,
    dataschema: definition.dataschema,
    correlationid: input.correlationId,
    ...(input.causationId !== undefined ? { causationid: input.causationId } : {}),
    data: structuredClone(input.data),
  };
  const timeReported = issues.length > 0;
  issues.push(
    ...envelopeValidator('produce')(event).filter((i) => !(timeReported && i.path === '/time')),
  );
  issues.push(...dataIssues(definition, event, 'produce'));
  if (issues.length > 0) throw new ContractViolationError(definition.type, issues);
  return event as EventOf<D>;
}

/**
 * What is wrong with `event.data` (and its subject) for `definition`. The
 * envelope itself is checked separately.
 */
export function dataIssues(
  definition: AnyEventDefinition,
  event: Pick<CloudEvent, 'subject' | 'data'>,
  mode: ValidationMode,
): ContractIssue[] {
  const issues = validatorFor(definition.data, mode)(event.data, '/data');
  // The functions below may assume well-formed data.
  if (issues.length > 0) return issues;
  const data = event.data as Static<TObject>;
  if (definition.subjectOf) {
    const key = definition.subjectOf(data);
    if (event.subject !== key) {
      issues.push({ path: '/subject', message: `must equal the aggregate key in data (${key})` });
    }
  }
  if (mode === 'produce' && definition.invariants) {
    for (const issue of definition.invariants(data)) {
      issues.push({ path: `/data${issue.path === '/' ? '' : issue.path}`, message: issue.message });
    }
  }
  return issues;
}
