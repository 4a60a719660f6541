import { Injectable } from '@nestjs/common';
import type { CaseFlow } from '../../engine/flow';

/**
 * Vertrouwensdossiers run outside the engine's cases (dossier.ts says why):
 * the flow claims the `vertrouwensdossier` case type so that no other flow
 * opens engine cases of it, and acts on no deadline (retention is its own
 * leased job, jobs.ts).
 */
@Injectable()
export class VertrouwensdossierFlow implements CaseFlow {
  readonly name = 'vertrouwensdossiers';
  readonly caseTypes = ['vertrouwensdossier'];
  readonly reactsTo = [];
  readonly deadlineKinds = [];
  readonly deadlineOutcomes = [];
  readonly letters = {};

  onDeadlinesPassed(): null {
    return null;
  }
}
