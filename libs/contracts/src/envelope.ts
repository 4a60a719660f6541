import { type Static, Type } from '@sinclair/typebox';
import { v7 as uuidv7 } from 'uuid';

/**
 * The CloudEvents 1.0 envelope every event travels in (JSON structured mode:
 * the whole event, attributes and data, is the Kafka record value).
 *
 * We require more than CloudEvents itself does (subject, time, dataschema,
 * datacontenttype, correlationid): every consumer relies on them.
 */

export const SPEC_VERSION = '1.0';
export const DATA_CONTENT_TYPE = 'application/json';
/** The Kafka `content-type` header of a structured-mode CloudEvent. */
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';
export const TYPE_PREFIX = 'nl.onderwijsinspectie';
export const SOURCE_PREFIX = '/inspectorate/';
export const DATASCHEMA_PREFIX = 'urn:nl:onderwijsinspectie:schema:';

/** Lower-case letters and digits: one segment of an event type. */
export const TYPE_SEGMENT_PATTERN = '^[a-z][a-z0-9]*$';
/** `nl.onderwijsinspectie.<service>.<entity>.<event>.v<N>` */
export const EVENT_TYPE_PATTERN = '^nl\\.onderwijsinspectie(\\.[a-z][a-z0-9]*){3}\\.v[1-9][0-9]*$';
/** `/inspectorate/<service>`, the deployable that produced the event. */
export const SOURCE_PATTERN = '^/inspectorate/[a-z][a-z0-9-]*$';
/** UUID version 7 in lower case (ids are compared as strings for idempotency). */
export const UUID_V7_PATTERN =
  '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$';
/** Correlation and causation ids: printable ASCII without spaces, safe in logs and headers. */
export const TRACE_ID_PATTERN = '^[!-~]{1,128}$';

/** The type string of version `version` of an event. */
export function eventType(service: string, entity: string, event: string, version: number): string {
  return `${TYPE_PREFIX}.${service}.${entity}.${event}.v${version}`;
}

/**
 * The `dataschema` of an event type. A URN names the schema without
 * pretending it can be fetched somewhere; the schema itself is published
 * under this id in docs/asyncapi.yaml and libs/contracts/schemas.lock.json.
 * It changes exactly when the type does (a new version).
 */
export function dataSchemaUri(type: string): string {
  return `${DATASCHEMA_PREFIX}${type}`;
}

export function sourceOf(service: string): string {
  return `${SOURCE_PREFIX}${service}`;
}

/** A fresh event id: UUID v7, so ids sort by creation time. */
export function newEventId(): string {
  return uuidv7();
}

const envelopeProperties = {
  specversion: Type.Literal(SPEC_VERSION, { description: 'CloudEvents version.' }),
  id: Type.String({
    pattern: UUID_V7_PATTERN,
    description: 'Event id, UUID v7 (lower case). Consumers deduplicate on it.',
  }),
  source: Type.String({
    pattern: SOURCE_PATTERN,
    description: 'The producing service, /inspectorate/<service>.',
  }),
  type: Type.String({
    pattern: EVENT_TYPE_PATTERN,
    description: 'Event type, nl.onderwijsinspectie.<service>.<entity>.<event>.v<N>.',
  }),
  subject: Type.String({
    minLength: 1,
    maxLength: 200,
    description:
      "The aggregate's key (a BRIN, a vestiging code, a case id); also the Kafka message key.",
  }),
  time: Type.String({ format: 'date-time', description: 'When it happened, RFC 3339.' }),
  datacontenttype: Type.Literal(DATA_CONTENT_TYPE),
  dataschema: Type.String({
    format: 'uri',
    description: `URN of the data schema, ${DATASCHEMA_PREFIX}<type>.`,
  }),
  correlationid: Type.String({
    pattern: TRACE_ID_PATTERN,
    description: 'Id shared by everything one request or job set off (logs, events, letters).',
  }),
  causationid: Type.Optional(
    Type.String({
      pattern: TRACE_ID_PATTERN,
      description: 'Id of the event or request that directly caused this event.',
    }),
  ),
  data: Type.Unknown({ description: 'The event data, per the type (see dataschema).' }),
};

/**
 * The envelope as producers write it: exactly these attributes. Consumers
 * validate a relaxed copy that tolerates extension attributes they don't know
 * (validation.ts), as CloudEvents asks of them.
 */
export const CloudEventEnvelope = Type.Object(envelopeProperties, {
  additionalProperties: false,
  $comment: 'CloudEvents 1.0, JSON structured mode, with the inspectorate profile.',
});

export type CloudEventEnvelopeShape = Static<typeof CloudEventEnvelope>;

/** A CloudEvent whose data is `TData` and whose type is `TType`. */
export interface CloudEvent<TData = unknown, TType extends string = string> {
  specversion: typeof SPEC_VERSION;
  id: string;
  source: string;
  type: TType;
  subject: string;
  time: string;
  datacontenttype: typeof DATA_CONTENT_TYPE;
  dataschema: string;
  correlationid: string;
  causationid?: string;
  data: TData;
}

// Compile-time guard: the interface above and the schema describe the same attributes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _envelopeMatchesSchema: Same<keyof CloudEvent, keyof CloudEventEnvelopeShape> = true;
void _envelopeMatchesSchema;

/**
 * The correlation and causation ids for an event caused by `cause`: keeps
 * the correlation id of the whole flow, and points at the direct cause.
 */
export function causedBy(cause: Pick<CloudEvent, 'id' | 'correlationid'>): {
  correlationId: string;
  causationId: string;
} {
  return { correlationId: cause.correlationid, causationId: cause.id };
}

/** A Kafka record for an event: key = subject, value = the JSON, structured-mode content type. */
export interface KafkaRecord {
  key: string;
  value: string;
  headers: { 'content-type': string };
}

export function toKafkaRecord(event: CloudEvent): KafkaRecord {
  return {
    key: event.subject,
    value: JSON.stringify(event),
    headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE },
  };
}
