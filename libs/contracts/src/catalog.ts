import type { AnyEventDefinition, EventOf } from './define-event';
import { dataIssues } from './define-event';
import { type ContractIssue, describeIssues } from './issues';
import { envelopeValidator } from './validation';

export type ParseFailureReason = 'not-json' | 'bad-envelope' | 'unknown-type' | 'bad-data';

export interface ParseSuccess<D extends AnyEventDefinition = AnyEventDefinition> {
  ok: true;
  /** Discriminated by `type`: `switch (event.type)` narrows `event.data`. */
  event: EventOf<D>;
  definition: D;
}

export interface ParseFailure {
  ok: false;
  reason: ParseFailureReason;
  errors: ContractIssue[];
  /** One line for logs and the dead-letter record: what is wrong, and where. Never echoes values. */
  message: string;
}

export type ParseResult<D extends AnyEventDefinition = AnyEventDefinition> =
  ParseSuccess<D> | ParseFailure;

/**
 * A set of event definitions: what one consumer (or the whole system) knows.
 * Tests build their own catalogs with test-only events; nothing here is global.
 */
export class EventCatalog<
  const D extends readonly AnyEventDefinition[] = readonly AnyEventDefinition[],
> {
  readonly definitions: D;
  private readonly byType: ReadonlyMap<string, D[number]>;

  constructor(definitions: D) {
    const byType = new Map<string, D[number]>();
    for (const definition of definitions) {
      if (byType.has(definition.type)) {
        throw new Error(`EventCatalog: event type ${definition.type} is defined twice`);
      }
      byType.set(definition.type, definition);
    }
    this.definitions = definitions;
    this.byType = byType;
  }

  /** The definition of an event type, or undefined when this catalog doesn't know it. */
  get(type: string): D[number] | undefined {
    return this.byType.get(type);
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  /** The event types that travel on `topic`, in catalog order. */
  byTopic(topic: string): D[number][] {
    return this.definitions.filter((d) => d.topic === topic);
  }

  /** Every topic some event of this catalog travels on, in first-seen order. */
  topics(): string[] {
    return [...new Set(this.definitions.map((d) => d.topic))];
  }

  /**
   * Parses and validates a consumed message, consumer-side (tolerant of
   * properties added by newer producers). Never throws on bad input: a
   * failure says why, for the dead-letter record. Checks, in order:
   * not-json → bad-envelope → unknown-type → bad-data (data schema, subject
   * = aggregate key, dataschema matching the type).
   */
  parse(raw: unknown): ParseResult<D[number]> {
    let value: unknown;
    if (typeof raw === 'string' || raw instanceof Uint8Array) {
      const text =
        typeof raw === 'string'
          ? raw
          : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
      try {
        value = JSON.parse(text);
      } catch (error) {
        // V8 quotes a piece of the input ("Unexpected token 'h', "hello" is not
        // valid JSON"); drop it, the input may hold personal data.
        const detail = (error instanceof Error ? error.message : String(error)).replace(
          /,\s*(\.\.\.)?".*$/s,
          '',
        );
        return failure('not-json', [
          { path: '/', message: `is not JSON (${detail}; ${text.length} characters)` },
        ]);
      }
    } else {
      value = raw;
    }

    const envelopeIssues = envelopeValidator('consume')(value);
    if (envelopeIssues.length > 0)
      return failure('bad-envelope', envelopeIssues, describeEvent(value));

    // The envelope validator guarantees an object with these attributes.
    const event = value as EventOf<D[number]>;
    const definition = this.byType.get(event.type);
    if (!definition) {
      return failure(
        'unknown-type',
        [{ path: '/type', message: `${event.type} is not an event type this catalog knows` }],
        describeEvent(event),
      );
    }
    const issues: ContractIssue[] = [];
    if (event.dataschema !== definition.dataschema) {
      issues.push({
        path: '/dataschema',
        message: `must be ${definition.dataschema} for this type`,
      });
    }
    issues.push(...dataIssues(definition, event, 'consume'));
    if (issues.length > 0) return failure('bad-data', issues, describeEvent(event));
    return { ok: true, event, definition };
  }
}

function failure(reason: ParseFailureReason, errors: ContractIssue[], about = ''): ParseFailure {
  return { ok: false, reason, errors, message: `${reason}${about}: ${describeIssues(errors)}` };
}

/** ` nl.…v1 id=… subject=…`: enough to find the event, no personal data. */
function describeEvent(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of ['type', 'id', 'subject'] as const) {
    const v = record[key];
    if (typeof v === 'string' && v.length <= 200) parts.push(key === 'type' ? v : `${key}=${v}`);
  }
  return parts.length > 0 ? ` (${parts.join(' ')})` : '';
}
