import { Injectable } from '@nestjs/common';
import type { EventOf, SampleDrawn } from '@inspectorate/contracts';
import { amsterdamDate, Clock } from '@inspectorate/scheduling';
import { type Actor, CaseRuleError, SYSTEM } from '../../engine/case';
import { requestCause } from '../../engine/case-commands';
import { CaseEngine } from '../../engine/case-engine';
import { KaderCatalogue } from './kader';
import { type Aanleiding, KWALITEITSONDERZOEK } from './rules';
import { SchoolDirectory } from './schools';

export interface OpenInput {
  vestigingCode: string;
  aanleiding: Aanleiding;
  /** Why, in a sentence: the timeline's first entry. */
  reason: string;
  /** The investigation this one follows up (a herstelonderzoek). */
  follows?: string;
  /** The bestuursonderzoek this one is a verificatie-activiteit of. */
  partOf?: string;
  /** The handmatige analyse that decided on it. */
  analysis?: string;
}

/**
 * Opens a kwaliteitsonderzoek of a vestiging, by hand or from a steekproef
 * draw: the kader that applies today for the school's sector is fixed on
 * the case (a later kader never changes a running investigation).
 */
@Injectable()
export class OpenKwaliteitsonderzoek {
  constructor(
    private readonly engine: CaseEngine,
    private readonly schools: SchoolDirectory,
    private readonly kaders: KaderCatalogue,
    private readonly clock: Clock,
  ) {}

  async open(input: OpenInput, actor: Actor, uniqueKey: string, cause = requestCause()) {
    const today = amsterdamDate(this.clock.now());
    return this.engine.open(
      { typeCode: KWALITEITSONDERZOEK, uniqueKey, actor, cause },
      async () => {
        const v = await this.schools.vestiging(input.vestigingCode);
        if (!v)
          throw new CaseRuleError(
            `vestiging ${input.vestigingCode} is not (yet) in casework's registry read model`,
            422,
          );
        const kader = this.kaders.forSector(v.sector, today);
        return {
          subject: {
            kind: 'vestiging',
            bevoegdGezagNummer: v.bevoegdGezagNummer,
            brin: v.brin,
            vestigingCode: v.vestigingCode,
            boardName: v.boardName,
            schoolName: v.schoolName,
            vestigingName: v.name,
            sector: v.sector,
          },
          schooljaar: null,
          facts: {
            aanleiding: input.aanleiding,
            kader: kader.id,
            openedOn: today,
            ...(input.follows ? { follows: input.follows } : {}),
            ...(input.partOf ? { partOf: input.partOf } : {}),
            ...(input.analysis ? { analysis: input.analysis } : {}),
          },
          why: `kwaliteitsonderzoek (${input.aanleiding}) against ${kader.id}: ${input.reason}`,
          build: () => undefined,
        };
      },
    );
  }

  /** A steekproef draw: one investigation per vestiging drawn; a redelivered draw opens nothing twice. */
  async fromSample(event: EventOf<typeof SampleDrawn>) {
    const cause = { correlationId: event.correlationid ?? event.id, causationId: event.id };
    const outcomes = { opened: 0, duplicate: 0 };
    for (const v of event.data.vestigingen) {
      const { outcome } = await this.open(
        {
          vestigingCode: v.vestigingCode,
          aanleiding: 'steekproef',
          reason: `steekproef ${event.data.drawId} (${v.stratum})`,
        },
        SYSTEM,
        `${KWALITEITSONDERZOEK}:${event.data.drawId}:${v.vestigingCode}`,
        cause,
      );
      outcomes[outcome] += 1;
    }
    return outcomes;
  }
}
