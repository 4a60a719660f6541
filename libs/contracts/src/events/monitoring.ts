import { Type } from '@sinclair/typebox';
import { type EventData, defineEvent } from '../define-event';
import type { ContractIssue } from '../issues';
import { Nullable } from '../schema-helpers';
import { Topics } from '../topics';
import {
  BevoegdGezagNummer,
  Brin,
  ProviderId,
  Schooljaar,
  SectorSchema,
  Text,
  Timestamp,
  VestigingCode,
} from './common';

/**
 * Monitoring sociale veiligheid (DOMAIN.md, the first flow): schools let an
 * instrumentaanbieder deliver their survey results to the inspectorate;
 * monitoring-intake records consents and submissions, and after the deadline
 * reports the vestigingen whose results did not arrive.
 *
 * All of these are keyed by vestiging code, so everything about one vestiging
 * (a consent, a withdrawal, a late submission, its revisions) stays in order.
 */

const VESTIGING_SUBJECT = 'Vestiging code (e.g. 12AB00)';
const vestigingKey = (data: { vestigingCode: string }) => data.vestigingCode;

function brinMatchesVestiging(data: { vestigingCode: string; brin: string }): ContractIssue[] {
  return data.vestigingCode.startsWith(data.brin)
    ? []
    : [{ path: '/brin', message: 'must be the first four characters of the vestigingCode' }];
}

/** Share of respondents, 0..1; null when masked (too few respondents) or not delivered. */
const share = (description: string) =>
  Nullable(Type.Number({ minimum: 0, maximum: 1 }), {
    description: `${description} 0..1; null when masked or unknown.`,
  });

const consentFields = {
  vestigingCode: VestigingCode,
  brin: Brin,
  providerId: ProviderId,
  schooljaar: Schooljaar,
};

export const ConsentGranted = defineEvent({
  name: 'ConsentGranted',
  service: 'monitoring',
  entity: 'consent',
  event: 'granted',
  version: 1,
  topic: Topics.monitoringConsents,
  subject: VESTIGING_SUBJECT,
  description:
    'A vestiging gave an instrumentaanbieder the order or permission to deliver its monitoring results for a schooljaar to the inspectorate.',
  data: Type.Object(consentFields, { additionalProperties: false }),
  subjectOf: vestigingKey,
  invariants: brinMatchesVestiging,
});
export type ConsentGrantedData = EventData<typeof ConsentGranted>;

export const ConsentWithdrawn = defineEvent({
  name: 'ConsentWithdrawn',
  service: 'monitoring',
  entity: 'consent',
  event: 'withdrawn',
  version: 1,
  topic: Topics.monitoringConsents,
  subject: VESTIGING_SUBJECT,
  description:
    'A vestiging withdrew the permission it had given an instrumentaanbieder for a schooljaar.',
  data: Type.Object(consentFields, { additionalProperties: false }),
  subjectOf: vestigingKey,
  invariants: brinMatchesVestiging,
});
export type ConsentWithdrawnData = EventData<typeof ConsentWithdrawn>;

export const SubmissionReceived = defineEvent({
  name: 'SubmissionReceived',
  service: 'monitoring',
  entity: 'submission',
  event: 'received',
  version: 1,
  topic: Topics.monitoringSubmissions,
  subject: VESTIGING_SUBJECT,
  description:
    "An instrumentaanbieder delivered a vestiging's monitoring results for a schooljaar (or a corrected revision of them).",
  data: Type.Object(
    {
      submissionId: Type.String({
        format: 'uuid',
        description: 'Id of the submission; stays the same across its revisions.',
      }),
      revision: Type.Integer({
        minimum: 1,
        description:
          'Revision of this submission: 1 for the first delivery, +1 per correction. Keep the highest.',
      }),
      vestigingCode: VestigingCode,
      brin: Brin,
      schooljaar: Schooljaar,
      providerId: ProviderId,
      instrument: Type.Object(
        {
          name: Text('Name of the survey instrument.', 200),
          version: Text('Version of the instrument, as the provider names it.', 50),
        },
        { additionalProperties: false, description: 'The survey instrument used.' },
      ),
      receivedAt: Timestamp,
      late: Type.Boolean({
        description:
          'True when received on or after the deadline (1 July of the schooljaar, Amsterdam time).',
      }),
      respondents: Nullable(Type.Integer({ minimum: 0 }), {
        description:
          'Number of pupils who responded; null when masked or unknown (never 0 for "masked").',
      }),
      responseRate: share('Response rate,'),
      headline: Type.Object(
        {
          shareFeelingSafe: share('Share of pupils who feel safe at school,'),
          shareBullied: share('Share of pupils who report being bullied,'),
        },
        { additionalProperties: false, description: 'Headline figures of the results.' },
      ),
    },
    { additionalProperties: false },
  ),
  subjectOf: vestigingKey,
  invariants: brinMatchesVestiging,
});
export type SubmissionReceivedData = EventData<typeof SubmissionReceived>;

export const SubmissionMissing = defineEvent({
  name: 'SubmissionMissing',
  service: 'monitoring',
  entity: 'submission',
  event: 'missing',
  version: 1,
  topic: Topics.monitoringSubmissions,
  subject: VESTIGING_SUBJECT,
  description:
    'After the deadline, no monitoring results of this vestiging for the schooljaar had arrived (one per vestiging per schooljaar; the sweep is idempotent).',
  data: Type.Object(
    {
      vestigingCode: VestigingCode,
      brin: Brin,
      bevoegdGezagNummer: BevoegdGezagNummer,
      sector: SectorSchema,
      schooljaar: Schooljaar,
      deadline: Type.String({
        format: 'date',
        description:
          'The results had to arrive before this date (exclusive, Amsterdam time), e.g. 2023-07-01.',
      }),
    },
    { additionalProperties: false },
  ),
  subjectOf: vestigingKey,
  invariants: brinMatchesVestiging,
});
export type SubmissionMissingData = EventData<typeof SubmissionMissing>;

export const monitoringEvents = [
  ConsentGranted,
  ConsentWithdrawn,
  SubmissionReceived,
  SubmissionMissing,
] as const;
