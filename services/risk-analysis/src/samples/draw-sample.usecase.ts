import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { SampleDrawn, Services, createEvent, newEventId, sourceOf } from '@inspectorate/contracts';
import { ConflictError, NotFoundError, RuleViolationError } from '@inspectorate/http';
import { currentCorrelationId } from '@inspectorate/observability';
import { DuplicateKeyError, InjectStore, type Store } from '@inspectorate/persistence';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { sampleDrawnData } from '../domain/events';
import { DEFAULT_SIZE_CLASSES, type SampleInputs, drawSample } from '../domain/sample';
import { Samples } from '../persistence/collections';
import { InputsLoader } from '../run/inputs.loader';
import type { SampleDoc } from './sample.types';

export interface DrawRequest {
  id?: string;
  date?: string;
  size: number;
  /** Without one, a random seed is made and recorded. */
  seed?: string;
}

/**
 * The steekproef kwaliteitsonderzoek: drawn from this service's own data
 * (the vestigingen, their latest pupil counts, the investigations and
 * judgements of the last 12 months, verscherpt toezicht), stored as an
 * audit record with its seed and input hash, and announced with
 * SampleDrawn in the same write (casework opens the kwaliteitsonderzoeken).
 * The same seed and inputs give the same draw.
 */
@Injectable()
export class DrawSampleUseCase {
  constructor(
    @InjectStore(Samples) private readonly samples: Store<SampleDoc>,
    private readonly inputs: InputsLoader,
    private readonly clock: Clock,
  ) {}

  async inputsFor(date: string, size: number): Promise<SampleInputs> {
    const [inputs, investigated, verscherptToezicht] = await Promise.all([
      this.inputs.load(date),
      this.inputs.judged(),
      this.inputs.verscherptToezicht(date),
    ]);
    const latest = new Map<string, { year: number; n: number | null }>();
    for (const l of inputs.leerlingen) {
      const known = latest.get(l.vestiging);
      if (l.leerlingen !== null && (!known || l.year > known.year))
        latest.set(l.vestiging, { year: l.year, n: l.leerlingen });
    }
    return {
      date,
      size,
      population: inputs.vestigingen.map((v) => ({
        vestiging: v.vestiging,
        sector: v.sector,
        provincie: v.provincie,
        leerlingen: latest.get(v.vestiging)?.n ?? null,
      })),
      investigated,
      verscherptToezicht,
      sizeClasses: DEFAULT_SIZE_CLASSES,
    };
  }

  async execute(request: DrawRequest): Promise<SampleDoc> {
    const date = request.date ?? amsterdamDate(this.clock.now());
    const seed = request.seed ?? randomBytes(16).toString('hex');
    const draw = drawSample(await this.inputsFor(date, request.size), seed);
    if (draw.drawn.length === 0)
      throw new RuleViolationError(
        `no vestiging can be drawn on ${date}: the population is empty or all are excluded`,
      );
    const id = request.id ?? `sko-${date}-${seed.slice(0, 8)}`;
    const doc: SampleDoc = {
      _id: id,
      ...draw,
      drawnAt: this.clock.now(),
      populationSize: draw.strata.reduce((n, s) => n + s.population, 0),
    };
    const event = createEvent(SampleDrawn, {
      source: sourceOf(Services.riskAnalysis),
      subject: id,
      time: doc.drawnAt,
      correlationId: currentCorrelationId() ?? newEventId(),
      data: sampleDrawnData(id, draw),
    });
    try {
      await this.samples.insert(doc, [{ definition: SampleDrawn, event }]);
    } catch (error) {
      if (error instanceof DuplicateKeyError)
        throw new ConflictError(`a draw with id ${id} exists already`);
      throw error;
    }
    return doc;
  }

  async get(id: string): Promise<SampleDoc> {
    const doc = await this.samples.findById(id, { projection: { outbox: 0, outboxPending: 0 } });
    if (!doc) throw new NotFoundError(`draw ${id} does not exist`);
    return doc;
  }
}
