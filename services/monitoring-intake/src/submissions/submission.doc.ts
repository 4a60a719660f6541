import type { OutboxFields } from '@inspectorate/messaging';
import type { Headline, SubmissionInput } from '../domain/submission';

/** One delivery (revision) as kept in the history. */
export interface RevisionEntry {
  revision: number;
  /** Unique per delivery: how a bulk write finds out whether its update landed. */
  deliveryId: string;
  providerId: string;
  receivedAt: Date;
  late: boolean;
  contentHash: string;
  data: SubmissionInput;
}

/**
 * The results of one vestiging for one schooljaar. A correction adds a
 * revision and becomes the current one; every revision stays in `revisions`.
 */
export interface SubmissionDoc extends Partial<OutboxFields> {
  /** `<schooljaar>:<vestigingCode>`: one per vestiging and year. */
  _id: string;
  submissionId: string;
  schooljaar: string;
  vestigingCode: string;
  brin: string;
  revision: number;
  providerId: string;
  receivedAt: Date;
  late: boolean;
  contentHash: string;
  headline: Headline;
  revisions: RevisionEntry[];
}

export const submissionKey = (schooljaar: string, vestigingCode: string) =>
  `${schooljaar}:${vestigingCode}`;
