import { Injectable } from '@nestjs/common';
import { RiskFlagged } from '@inspectorate/contracts';
import type { CaseFlow } from '../../engine/flow';
import { HANDMATIGE_ANALYSE } from './rules';

/**
 * The handmatige analyse (DOMAIN.md, seed 001): risk-analysis's rules flag a
 * vestiging or board, people decide what follows. Its `analyse` term only
 * orders the coordinators' queue; nothing happens automatically when it passes.
 */
@Injectable()
export class HandmatigeAnalyseFlow implements CaseFlow {
  readonly name = 'handmatige-analyse';
  readonly caseTypes = [HANDMATIGE_ANALYSE];
  readonly reactsTo = [RiskFlagged.type];
  readonly deadlineKinds = [];
  readonly deadlineOutcomes = [];
  readonly letters = {};

  onDeadlinesPassed(): null {
    return null;
  }
}
