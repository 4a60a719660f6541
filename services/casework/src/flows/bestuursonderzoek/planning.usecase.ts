import { Injectable } from '@nestjs/common';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { CaseRepository, type CaseListItem } from '../../engine/case.repository';
import { HANDMATIGE_ANALYSE } from '../handmatige-analyse/rules';
import { BoardDirectory } from './boards';
import {
  BESTUURSONDERZOEK,
  type InvestigationOnRecord,
  type PlannedBoard,
  planBoards,
} from './rules';

/** The case type whose open cases are a board's risk signals (from RiskFlagged). */
export const RISK_SIGNAL_TYPE = HANDMATIGE_ANALYSE;
const PAGE = 500;

export interface Planning {
  year: number;
  asOf: string;
  boards: PlannedBoard[];
}

/**
 * The coordinators' planning queue of bestuursonderzoeken for a year: the
 * boards from the registry read model, the bestuursonderzoeken on record and
 * the open handmatige analyses, through planBoards (rules.ts).
 */
@Injectable()
export class BestuursPlanning {
  constructor(
    private readonly repository: CaseRepository,
    private readonly boards: BoardDirectory,
    private readonly clock: Clock,
  ) {}

  async forYear(year?: number): Promise<Planning> {
    const today = amsterdamDate(this.clock.now());
    const y = year ?? Number(today.slice(0, 4));
    const [boards, investigations, risk] = await Promise.all([
      this.boards.openBoards(),
      this.all(BESTUURSONDERZOEK),
      this.all(RISK_SIGNAL_TYPE),
    ]);
    const riskSignals = new Map<string, number>();
    for (const r of risk) {
      const board = r.subject.bevoegdGezagNummer;
      if (board && r.result === null) riskSignals.set(board, (riskSignals.get(board) ?? 0) + 1);
    }
    const onRecord: InvestigationOnRecord[] = investigations
      .filter((i) => i.subject.bevoegdGezagNummer && i.result !== 'ingetrokken')
      .map((i) => ({
        caseId: i._id,
        bevoegdGezagNummer: i.subject.bevoegdGezagNummer!,
        openedOn: amsterdamDate(new Date(i.openedAt)),
        running: i.result === null,
      }));
    return {
      year: y,
      asOf: today,
      boards: planBoards({
        boards,
        investigations: onRecord,
        riskSignals,
        today,
        horizon: `${y + 1}-01-01`,
      }),
    };
  }

  /** Every case of a type, through the work-queue listing, page by page. */
  private async all(type: string): Promise<CaseListItem[]> {
    const items: CaseListItem[] = [];
    for (let after: string | undefined; ;) {
      const page = await this.repository.list({ type, ...(after ? { after } : {}) }, PAGE);
      items.push(...page);
      if (page.length < PAGE) return items;
      after = page[page.length - 1]!._id;
    }
  }
}
