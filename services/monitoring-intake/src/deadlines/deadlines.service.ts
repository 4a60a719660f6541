import { Inject, Injectable } from '@nestjs/common';
import { ConflictError } from '@inspectorate/http';
import { InjectStore, type Store } from '@inspectorate/persistence';
import type { IsoDate } from '@inspectorate/scheduling';
import { defaultDeadline } from '../domain/deadline';
import { Deadlines, Obligations } from '../persistence/collections';
import { INTAKE_SETTINGS, type IntakeSettings } from '../settings';

export interface DeadlineDoc {
  _id: string;
  deadline: IsoDate;
  setBy: string;
  setAt: Date;
}

export interface DeadlineView {
  schooljaar: string;
  deadline: IsoDate;
  source: 'api' | 'config' | 'default';
}

/**
 * The deadline per schooljaar: one set through the API wins over one from
 * MONITORING_DEADLINES, which wins over the default (1 July at the end of
 * the schooljaar).
 */
@Injectable()
export class DeadlinesService {
  constructor(
    @InjectStore(Deadlines) private readonly deadlines: Store<DeadlineDoc>,
    @InjectStore(Obligations)
    private readonly obligations: Store<{ _id: string; schooljaar: string }>,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
  ) {}

  async deadlineFor(schooljaar: string): Promise<DeadlineView> {
    const stored = await this.deadlines.findById(schooljaar);
    if (stored) return { schooljaar, deadline: stored.deadline, source: 'api' };
    const configured = this.settings.deadlineOverrides.get(schooljaar);
    if (configured) return { schooljaar, deadline: configured, source: 'config' };
    return { schooljaar, deadline: defaultDeadline(schooljaar), source: 'default' };
  }

  /**
   * Moving a deadline after its sweep has reported vestigingen missing would
   * make those reports wrong; that needs a person to undo cases, not an API call.
   */
  async set(
    schooljaar: string,
    deadline: IsoDate,
    actor: string,
    now: Date,
  ): Promise<DeadlineView> {
    if (await this.obligations.exists({ schooljaar })) {
      throw new ConflictError(
        `the sweep for ${schooljaar} has already reported missing submissions; its deadline can no longer change`,
        { code: 'already-swept' },
      );
    }
    await this.deadlines.update(
      { _id: schooljaar },
      { $set: { deadline, setBy: actor, setAt: now } },
      [],
      { upsert: true },
    );
    return { schooljaar, deadline, source: 'api' };
  }
}
