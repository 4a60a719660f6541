import { Injectable } from '@nestjs/common';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { type Actor, CaseRuleError } from '../../engine/case';
import { requestCause } from '../../engine/case-commands';
import { CaseEngine } from '../../engine/case-engine';
import { requestLetter } from '../../engine/letters';
import { KaderCatalogue } from '../kwaliteitsonderzoek/kader';
import { OpenKwaliteitsonderzoek } from '../kwaliteitsonderzoek/open.usecase';
import { BoardDirectory } from './boards';
import { BO_LETTERS } from './letters';
import { BESTUURSONDERZOEK, type BestuursAanleiding } from './rules';

export interface OpenBestuursInput {
  bevoegdGezagNummer: string;
  aanleiding: BestuursAanleiding;
  /** Why, in a sentence: the timeline's first entry. */
  reason: string;
}

/** The verificatie-activiteiten of a bestuursonderzoek, as the case keeps them (a fact, JSON). */
export const verificatiesOf = (facts: Readonly<Record<string, string>> | undefined) =>
  JSON.parse(facts?.['verificaties'] ?? '[]') as { vestigingCode: string; caseId: string }[];

/**
 * Opens the bestuursonderzoek of a board: the kader of today for boards
 * (the BKA standards) fixed on the case, the announcement letter to the
 * board. One per board per calendar year (its unique key): opening twice,
 * from the planning queue or by a double click, finds the first.
 */
@Injectable()
export class OpenBestuursonderzoek {
  constructor(
    private readonly engine: CaseEngine,
    private readonly boards: BoardDirectory,
    private readonly kaders: KaderCatalogue,
    private readonly schools: OpenKwaliteitsonderzoek,
    private readonly clock: Clock,
  ) {}

  async open(input: OpenBestuursInput, actor: Actor) {
    const today = amsterdamDate(this.clock.now());
    const key = `${BESTUURSONDERZOEK}:${input.bevoegdGezagNummer}:${today.slice(0, 4)}`;
    return this.engine.open(
      { typeCode: BESTUURSONDERZOEK, uniqueKey: key, actor, cause: requestCause() },
      async () => {
        const board = await this.boards.board(input.bevoegdGezagNummer);
        if (!board)
          throw new CaseRuleError(
            `board ${input.bevoegdGezagNummer} is not an open board in casework's registry read model`,
            422,
          );
        const kader = this.kaders.forSector('bestuur', today);
        return {
          subject: {
            kind: 'board',
            bevoegdGezagNummer: board.bevoegdGezagNummer,
            brin: null,
            vestigingCode: null,
            boardName: board.name,
            schoolName: null,
            sector: null,
          },
          schooljaar: null,
          facts: {
            aanleiding: input.aanleiding,
            kader: kader.id,
            openedOn: today,
            verificaties: '[]',
          },
          why: `bestuursonderzoek (${input.aanleiding}) against ${kader.id}: ${input.reason}`,
          build: (c) =>
            requestLetter(c, actor, {
              purpose: 'aankondiging',
              template: BO_LETTERS.aankondiging,
              placeholders: {
                bestuursnummer: board.bevoegdGezagNummer,
                kader: kader.naam,
                standaarden: kader.standaarden.map((s) => `${s.code} ${s.naam}`).join('; '),
              },
              afschriftAanDirectie: false,
            }),
        };
      },
    );
  }

  /**
   * A verificatie-activiteit at one of the board's schools: a linked
   * kwaliteitsonderzoek of the vestiging (aanleiding verificatie), its id kept
   * on the bestuursonderzoek. Once per vestiging per bestuursonderzoek.
   */
  async verificatie(caseId: string, vestigingCode: string, reason: string, actor: Actor) {
    const bo = await this.engine.get(caseId);
    if (bo.caseType.code !== BESTUURSONDERZOEK)
      throw new CaseRuleError(
        `case ${caseId} is a ${bo.caseType.code}, not a bestuursonderzoek`,
        422,
      );
    if (bo.closedAt) throw new CaseRuleError(`bestuursonderzoek ${caseId} is closed`, 409);
    const board = await this.boards.boardOfVestiging(vestigingCode);
    if (board !== bo.subject.bevoegdGezagNummer)
      throw new CaseRuleError(
        `vestiging ${vestigingCode} is not a school of board ${bo.subject.bevoegdGezagNummer}${board ? ` (its board is ${board})` : ' (unknown to the registry read model)'}`,
        422,
      );
    const opened = await this.schools.open(
      { vestigingCode, aanleiding: 'verificatie', reason, partOf: caseId },
      actor,
      `kwaliteitsonderzoek:verificatie:${caseId}:${vestigingCode}`,
    );
    await this.engine.change(caseId, actor, requestCause(), (c) => {
      const known = verificatiesOf(c.doc.facts);
      if (known.some((v) => v.vestigingCode === vestigingCode)) return;
      c.set('facts', {
        ...c.doc.facts,
        verificaties: JSON.stringify([...known, { vestigingCode, caseId: opened.caseId }]),
      });
      c.record(
        actor,
        'verificatie',
        `${vestigingCode}: kwaliteitsonderzoek ${opened.caseId}`,
        reason,
      );
    });
    return opened;
  }
}
