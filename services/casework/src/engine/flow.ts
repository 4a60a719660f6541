import type { Actor } from './case';
import type { CaseAggregate } from './case-aggregate';

/** What a flow gets when its deadlines have passed. */
export interface DeadlineContext {
  /** The date the checks run for (YYYY-MM-DD, Amsterdam). */
  asOf: string;
  actor: Actor;
  /** The running deadlines of a kind this flow handles whose due date has passed on `asOf`. */
  passed: string[];
}

/**
 * A flow: what happens to the cases of one or more case types, beyond what
 * every case has (statuses, deadlines, audit, people's commands), which the
 * engine does. One folder per flow under `flows/`; the engine finds a flow
 * by case-type code through the FlowRegistry and never imports one.
 */
export interface CaseFlow {
  /** The flow's name (its folder under flows/). */
  readonly name: string;
  /** The case-type codes this flow runs. */
  readonly caseTypes: readonly string[];
  /** The CloudEvents types the flow reacts to (its consumer subscribes; listed for docs and checks). */
  readonly reactsTo: readonly string[];
  /**
   * The deadline kinds the flow acts on when they pass. The deadline checks
   * select only cases with such a deadline running; any other deadline is
   * for people's work queues only.
   */
  readonly deadlineKinds: readonly string[];
  /**
   * Names of what the deadline checks count (e.g. `escalated`): each starts
   * at 0 in the answer of `POST /deadline-checks`.
   */
  readonly deadlineOutcomes: readonly string[];
  /** The letters the flow asks notifications for: purpose → template name. */
  readonly letters: Readonly<Record<string, string>>;
  /**
   * One or more of its deadlines passed: change the case (through the
   * aggregate) and return what happened (one of deadlineOutcomes), or null
   * for nothing to do. Called inside the engine's conditional write, so it
   * may run again on a concurrent change: decide from the case, not from
   * anything remembered.
   */
  onDeadlinesPassed(c: CaseAggregate, ctx: DeadlineContext): Promise<string | null> | string | null;
}

/** Every flow the service runs, by case-type code. */
export class FlowRegistry {
  private readonly byType = new Map<string, CaseFlow>();

  constructor(readonly flows: readonly CaseFlow[]) {
    for (const flow of flows) {
      for (const code of flow.caseTypes) {
        const taken = this.byType.get(code);
        if (taken)
          throw new Error(
            `case type ${code} is claimed by two flows: ${taken.name} and ${flow.name}`,
          );
        this.byType.set(code, flow);
      }
    }
  }

  forType(code: string): CaseFlow | undefined {
    return this.byType.get(code);
  }

  /** The deadline kinds the deadline checks act on for a case type (empty without a flow). */
  checkedKinds(code: string): ReadonlySet<string> {
    return new Set(this.byType.get(code)?.deadlineKinds ?? []);
  }

  deadlineOutcomes(): string[] {
    return [...new Set(this.flows.flatMap((f) => f.deadlineOutcomes))];
  }
}
