import { Injectable } from '@nestjs/common';
import type { CaseFlow } from '../../engine/flow';

export const MELDING_LETTERS = { ontvangst: 'melding-ontvangstbevestiging' } as const;

/**
 * Meldingen: signals about a school, registered by klantcontact
 * (register-melding.usecase.ts). A melding case is closed at registration,
 * so the flow has no deadlines to act on.
 */
@Injectable()
export class MeldingFlow implements CaseFlow {
  readonly name = 'meldingen';
  readonly caseTypes = ['melding'];
  readonly reactsTo = [];
  readonly deadlineKinds = [];
  readonly deadlineOutcomes = [];
  readonly letters = MELDING_LETTERS;

  onDeadlinesPassed(): null {
    return null;
  }
}
