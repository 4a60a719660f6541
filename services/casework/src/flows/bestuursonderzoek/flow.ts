import { Injectable } from '@nestjs/common';
import { KwaliteitsonderzoekFlow } from '../kwaliteitsonderzoek/flow';
import { BO_LETTERS } from './letters';
import { BESTUURSONDERZOEK } from './rules';

/**
 * The bestuursonderzoek (seed 001, the board layer): judged against the
 * kader's BKA standards with the kwaliteitsonderzoek's report, so its
 * deadlines end the same way: when the herstelopdracht term of the
 * vervolgtoezicht ends, the case goes to the inspecteurs for the follow-up.
 */
@Injectable()
export class BestuursonderzoekFlow extends KwaliteitsonderzoekFlow {
  override readonly name = 'bestuursonderzoek';
  override readonly caseTypes = [BESTUURSONDERZOEK];
  override readonly reactsTo = [];
  override readonly letters = BO_LETTERS;
}
