import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '@inspectorate/http';
import { type Actor, type CaseDoc, CaseRuleError } from '../../engine/case';
import { requestCause } from '../../engine/case-commands';
import { CaseEngine } from '../../engine/case-engine';
import { end } from '../../engine/deadline';
import { type OpenInput, OpenKwaliteitsonderzoek } from './open.usecase';
import { KoStatus, KWALITEITSONDERZOEK } from './rules';

/** The statuses of an investigation whose report asked for repair: what a herstelonderzoek follows up. */
const FOLLOWED_UP = [KoStatus.herstel, KoStatus.verscherpt, KoStatus.followUp] as string[];
/** The result of an investigation a herstelonderzoek follows up (case type data). */
const FOLLOWED = 'herstelonderzoek';

/**
 * The herstelonderzoek (DOMAIN.md: Onvoldoende leads to a herstelopdracht,
 * then a herstelonderzoek; Zeer zwak to verscherpt toezicht and its
 * follow-up): a kwaliteitsonderzoek of the same vestiging, aanleiding
 * `herstelonderzoek`, that names the investigation it follows up
 * (`follows`), one whose report gave a herstelopdracht or verscherpt
 * toezicht. Without the link the earlier investigation stayed in the
 * inspecteurs' queue for good, its follow-up done.
 *
 * Opened under a key of the investigation it follows, so one follow-up per
 * investigation and a retry finds it; then the earlier one closes with
 * result `herstelonderzoek` and the link (`facts.herstelonderzoek`), its
 * running term ended as met (the follow-up came within it). No
 * transactions: a failure between the two writes is repaired by a retry,
 * which finds the herstelonderzoek and closes the earlier one.
 */
@Injectable()
export class OpenHerstelonderzoek {
  constructor(
    private readonly engine: CaseEngine,
    private readonly opener: OpenKwaliteitsonderzoek,
  ) {}

  async open(input: OpenInput, actor: Actor) {
    const follows = input.follows;
    if (input.aanleiding !== 'herstelonderzoek' || !follows) {
      const message = follows
        ? `only a herstelonderzoek follows an investigation up (aanleiding is ${input.aanleiding})`
        : 'a herstelonderzoek names the investigation it follows up';
      throw new InvalidInputError(`follows: ${message}`, {
        issues: [{ path: '/follows', message }],
      });
    }
    checkFollowed(await this.followed(follows), input.vestigingCode);
    const opened = await this.opener.open(
      input,
      actor,
      `${KWALITEITSONDERZOEK}:herstelonderzoek:${follows}`,
    );
    await this.engine.change(follows, actor, requestCause(), (c) => {
      // Closed by an earlier attempt of this request: nothing left to do.
      if (c.doc.result) return;
      c.setDeadlines(
        c.doc.deadlines.map((d) =>
          d.state === 'running' || d.state === 'suspended' ? end(d, 'met') : d,
        ),
      );
      c.set('facts', { ...c.doc.facts, herstelonderzoek: opened.caseId });
      c.close(FOLLOWED, actor, `followed up by herstelonderzoek ${opened.caseId}`);
    });
    return opened;
  }

  private async followed(id: string): Promise<CaseDoc> {
    try {
      return await this.engine.get(id);
    } catch (error) {
      if (error instanceof CaseRuleError && error.status === 404)
        throw new CaseRuleError(`follows: there is no case ${id} to follow up`, 422);
      throw error;
    }
  }
}

/** Refuses, naming why, an investigation a herstelonderzoek of `vestigingCode` cannot follow up. */
function checkFollowed(c: CaseDoc, vestigingCode: string): void {
  const refuse = (why: string) =>
    new CaseRuleError(`follows: case ${c._id} ${why}; a herstelonderzoek follows up one`, 422);
  if (c.caseType.code !== KWALITEITSONDERZOEK)
    throw refuse(`is a ${c.caseType.code}, not a kwaliteitsonderzoek`);
  if (c.subject.vestigingCode !== vestigingCode)
    throw refuse(`is about vestiging ${c.subject.vestigingCode}, not ${vestigingCode}`);
  // Followed up already (this request's earlier attempt, or another): the key finds that one.
  if (c.result === FOLLOWED) return;
  if (!FOLLOWED_UP.includes(c.status))
    throw refuse(
      `is ${c.status}${c.result ? ` (${c.result})` : ''}: its report gave no herstelopdracht or verscherpt toezicht`,
    );
}
