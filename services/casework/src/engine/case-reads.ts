import { Injectable } from '@nestjs/common';
import { Clock } from '@inspectorate/scheduling';
import { type Actor, type CaseDoc, type CaseRead, CaseRuleError } from './case';
import { CaseRepository } from './case.repository';

/**
 * Reading a case is audited like changing it: every read of a case or its
 * timeline is recorded with who (the verified token's actor), when and why.
 * A confidential case (a vertrouwensdossier, ZGW `vertrouwelijk`) is only for
 * actors who may read that level, and not read without a reason.
 */
@Injectable()
export class CaseReads {
  constructor(
    private readonly repository: CaseRepository,
    private readonly clock: Clock,
  ) {}

  async read(
    caseId: string,
    actor: Actor,
    reason: string | undefined,
    what: CaseRead['what'],
    mayReadConfidential: boolean,
  ): Promise<CaseDoc> {
    const doc = await this.accessible(caseId, mayReadConfidential);
    const why = reason?.trim() || null;
    if (doc.confidential && !why) {
      throw new CaseRuleError(
        'this case is confidential: give the reason for reading it in the X-Reason header',
        422,
      );
    }
    await this.repository.recordRead({ caseId, actor, reason: why, what, at: this.clock.now() });
    return doc;
  }

  /** Who read the case, when and why, oldest first. */
  async readsOf(caseId: string, mayReadConfidential: boolean): Promise<CaseRead[]> {
    await this.accessible(caseId, mayReadConfidential);
    return this.repository.reads(caseId, 1000);
  }

  /** The case, if the actor may see it at all (also before changing it). */
  async accessible(caseId: string, mayReadConfidential: boolean): Promise<CaseDoc> {
    const doc = await this.repository.get(caseId);
    if (!doc) throw new CaseRuleError(`case ${caseId} does not exist`, 404);
    if (doc.confidential && !mayReadConfidential)
      throw new CaseRuleError(
        'this case is confidential (vertrouwelijk): only a vertrouwensinspecteur may see it',
        403,
      );
    return doc;
  }
}
