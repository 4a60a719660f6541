import type { SendLetterData } from '@inspectorate/contracts';
import type { CaseTypeDefinition } from '../case-types/case-type';
import { DomainError } from '@inspectorate/http';
import type { Deadline } from './deadline';
import type { CasePerson } from './persons';

/** Who did something: a person (from the gateway's token) or the system. */
export type Actor = string;
export const SYSTEM: Actor = 'system:casework';

export interface CaseSubjectDoc {
  /** none: about no school or board (a complaint about the inspectorate's own conduct). */
  kind: 'board' | 'school' | 'vestiging' | 'none';
  bevoegdGezagNummer: string | null;
  brin: string | null;
  vestigingCode: string | null;
  boardName: string | null;
  schoolName: string | null;
  /**
   * The vestiging's name when the case opened: what its letters and reports
   * call the school, next to the vestiging code. Absent on cases opened
   * before it was kept (they fall back to schoolName).
   */
  vestigingName?: string | null;
  sector: string | null;
}

export interface CaseDocument {
  kind: 'concept-report' | 'final-report' | 'zienswijze' | 'other';
  title: string;
  paragraphs: string[];
  at: Date;
  actor: Actor;
}

/** A decision of the case (a herstelopdracht, a judgment): what a flow decides, and its outcome. */
export interface Decision {
  kind: string;
  legalBasis: string;
  /** The deadline (by kind) the decision must be met before. */
  deadlineKind: string;
  issuedOn: string;
  outcome: string | null;
  decidedOn: string | null;
}

export interface LetterRef {
  /** Idempotency key of the SendLetter command: `<caseId>:<purpose>`. */
  requestId: string;
  template: string;
  requestedAt: Date;
  /** Filled in when notifications reports the letter issued. */
  kenmerk: string | null;
  /**
   * A letter that quotes an earlier letter's kenmerk is held until that
   * kenmerk is known: the request id it waits for, and the command to send
   * then (see engine/letters.ts). Absent or null once sent.
   */
  waitsFor?: string | null;
  held?: SendLetterData | null;
}

/** One entry of the audit trail of changes (reads are kept apart, see CaseRead). */
export interface TimelineEntry {
  at: Date;
  actor: Actor;
  action: string;
  detail: string;
  reason?: string;
}

/** One recorded read of a case: who, when, why, and what they read. */
export interface CaseRead {
  caseId: string;
  actor: Actor;
  reason: string | null;
  what: 'case' | 'timeline';
  at: Date;
}

export interface CaseDoc {
  _id: string;
  /** Type-specific uniqueness (one bureauonderzoek per vestiging per schooljaar); the case id otherwise. */
  uniqueKey: string;
  caseType: { code: string; version: number };
  confidential: boolean;
  subject: CaseSubjectDoc;
  schooljaar: string | null;
  status: string;
  result: string | null;
  assignee: string | null;
  queue: string | null;
  deadlines: Deadline[];
  /** The earliest running due date: what the "deadline before" filter uses. */
  nextDueOn: string | null;
  /**
   * The earliest running due date of a deadline kind that the case's flow
   * handles: what the deadline checks select on, so a term nobody acts on
   * (a melding's, before its flow exists) is not picked up every night.
   */
  nextCheckOn?: string | null;
  /**
   * Values a flow keeps from what opened the case (e.g. the monitoring
   * deadline of the SubmissionMissing), for its later letters and reports.
   */
  facts?: Record<string, string>;
  /**
   * Idempotency keys of what the case already handled (event ids, command
   * keys): a redelivered event finds its key here and changes nothing.
   */
  handled?: string[];
  documents: CaseDocument[];
  decisions: Decision[];
  letters: LetterRef[];
  notes: { at: Date; actor: Actor; text: string }[];
  timeline: TimelineEntry[];
  /**
   * The people who acted on the case, with the name of their token (records
   * name them by user name): for publication's personal-data gate only
   * (knownPersons). Absent on cases no named person changed since it was kept.
   */
  persons?: CasePerson[];
  openedAt: Date;
  closedAt: Date | null;
  updatedAt: Date;
  updatedBy?: Actor;
  /** Optimistic concurrency: every write is conditional on the version it read. */
  version: number;
}

const KIND_OF_STATUS = {
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  422: 'rule-violation',
} as const;

/**
 * A case rule refused (not for this actor: 403, unknown case: 404, changed
 * meanwhile or already so: 409, not allowed in this state: 422). A DomainError, so the HTTP edge maps
 * it to problem+json and consumers and jobs see a plain error.
 */
export class CaseRuleError extends DomainError {
  override readonly name = 'CaseRuleError';
  readonly kind: DomainError['kind'];

  constructor(
    message: string,
    readonly status: 403 | 404 | 409 | 422 = 409,
  ) {
    super(message);
    this.kind = KIND_OF_STATUS[status];
  }
}

export function isEnded(doc: Pick<CaseDoc, 'status'>, type: CaseTypeDefinition): boolean {
  return doc.status === type.statuses[type.statuses.length - 1]!.code;
}
