import {
  SIGNAL_CATEGORIES,
  SOCIAL_SAFETY_CATEGORIES,
  type SignalCategory,
  type SocialSafetyCategory,
} from '@inspectorate/contracts';
import type { ProblemItem } from '@inspectorate/http';

export const CHANNELS = ['telefoon', 'contactformulier', 'e-mail', 'post'] as const;
export const REPORTER_KINDS = ['ouder', 'leerling', 'medewerker', 'gemeente', 'anoniem'] as const;
export const MELDING_CATEGORIES = [...SOCIAL_SAFETY_CATEGORIES, ...SIGNAL_CATEGORIES] as const;

/** A melding as klantcontact registers it (the request body). */
export interface MeldingInput {
  channel: (typeof CHANNELS)[number];
  receivedAt: string;
  reporter: {
    kind: (typeof REPORTER_KINDS)[number];
    contact?: { name?: string; email?: string; phone?: string };
  };
  school: { brin?: string; vestigingCode?: string };
  category: SignalCategory | SocialSafetyCategory;
  text: string;
}

export const isSocialSafety = (category: string): category is SocialSafetyCategory =>
  (SOCIAL_SAFETY_CATEGORIES as readonly string[]).includes(category);

/**
 * What the schema cannot say: the rules across fields. Each problem names
 * its place in the body, so the 400 says what to fix.
 */
export function meldingProblems(m: MeldingInput, now: Date): ProblemItem[] {
  const problems: ProblemItem[] = [];
  const at = (path: string, message: string) => problems.push({ in: 'body', path, message });
  if (new Date(m.receivedAt).getTime() > now.getTime() + 60_000)
    at('/receivedAt', `lies in the future (now is ${now.toISOString()})`);
  const contact = m.reporter.contact;
  if (contact && m.reporter.kind === 'anoniem')
    at(
      '/reporter/contact',
      'an anonymous reporter leaves no contact details: leave it out, or give the kind of reporter',
    );
  if (contact && !contact.email && !contact.phone)
    at(
      '/reporter/contact',
      'give an e-mail address or a phone number to be reached at (or leave contact out)',
    );
  const { brin, vestigingCode } = m.school;
  if (!brin && !vestigingCode) at('/school', 'name the school: brin, vestigingCode or both');
  if (brin && vestigingCode && !vestigingCode.startsWith(brin))
    at('/school/vestigingCode', `${vestigingCode} is not a vestiging of school ${brin}`);
  return problems;
}
