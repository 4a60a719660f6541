import { Injectable } from '@nestjs/common';
import { newEventId } from '@inspectorate/contracts';
import { currentCorrelationId } from '@inspectorate/observability';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { type Actor, CaseRuleError } from './case';
import { CaseEngine } from './case-engine';
import { type Deadline, extend, resume, suspend } from './deadline';

export type DeadlineAction = 'suspend' | 'resume' | 'extend';

/** What people do to a case of any type (through the gateway): assign, note, move a deadline. */
@Injectable()
export class CaseCommands {
  constructor(
    private readonly engine: CaseEngine,
    private readonly clock: Clock,
  ) {}

  async assign(caseId: string, assignee: string | null, actor: Actor, reason: string) {
    await this.engine.change(caseId, actor, cause(), (c) => {
      c.record(
        actor,
        'assigned',
        `${c.doc.assignee ?? 'nobody'} → ${assignee ?? 'nobody'}`,
        reason,
      );
      c.set('assignee', assignee);
    });
  }

  async addNote(caseId: string, text: string, actor: Actor) {
    await this.engine.change(caseId, actor, cause(), (c) => {
      c.set('notes', [...c.doc.notes, { at: c.now, actor, text }]);
      c.record(actor, 'note', text.slice(0, 200));
    });
  }

  /**
   * Suspends, resumes or extends a deadline, where the case type allows it.
   * Suspending stops the clock; resuming moves the due date by the days it
   * stood still; extending adds a duration or sets a later date.
   */
  async changeDeadline(
    caseId: string,
    kind: string,
    action: DeadlineAction,
    input: { reason: string; duration?: string; until?: string },
    actor: Actor,
  ): Promise<Deadline> {
    let changed: Deadline | undefined;
    await this.engine.change(caseId, actor, cause(), (c) => {
      const { type } = c;
      const current = c.doc.deadlines.find((x) => x.kind === kind);
      if (!current) throw new CaseRuleError(`case ${caseId} has no ${kind} deadline`, 404);
      if ((action === 'suspend' || action === 'resume') && !type.suspendable) {
        throw new CaseRuleError(
          `case type ${type.code}@${type.version} does not allow suspending deadlines`,
          422,
        );
      }
      if (action === 'extend' && !type.extendable)
        throw new CaseRuleError(
          `case type ${type.code}@${type.version} does not allow extending deadlines`,
          422,
        );
      const today = amsterdamDate(this.clock.now());
      try {
        changed =
          action === 'suspend'
            ? suspend(current, today, input.reason, actor)
            : action === 'resume'
              ? resume(current, today, input.reason, actor)
              : extend(
                  current,
                  {
                    ...(input.duration ? { duration: input.duration } : {}),
                    ...(input.until ? { until: input.until } : {}),
                  },
                  today,
                  input.reason,
                  actor,
                );
      } catch (error) {
        if (error instanceof Error) throw new CaseRuleError(error.message, 422);
        throw error;
      }
      c.setDeadlines(c.doc.deadlines.map((x) => (x.kind === kind ? changed! : x)));
      c.record(
        actor,
        `deadline-${action}`,
        `${kind}: due ${current.dueOn} → ${changed.dueOn}`,
        input.reason,
      );
    });
    return changed!;
  }
}

/** The cause of a change people ask for: the request's correlation id (a new one outside a request). */
export function requestCause() {
  return { correlationId: currentCorrelationId() ?? newEventId() };
}

const cause = requestCause;
