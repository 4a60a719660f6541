import { Injectable } from '@nestjs/common';
import { MeldingRegistered, type SignalCategory, newEventId } from '@inspectorate/contracts';
import { InvalidInputError } from '@inspectorate/http';
import { currentCorrelationId } from '@inspectorate/observability';
import { amsterdamDate } from '@inspectorate/scheduling';
import type { Actor, CaseSubjectDoc } from '../../engine/case';
import { CaseEngine } from '../../engine/case-engine';
import { requestLetter } from '../../engine/letters';
import { dutchDate } from '../monitoring-herstelopdracht/texts';
import { VertrouwensDossiers } from '../vertrouwensdossiers/dossiers.usecase';
import type { Reader } from '../vertrouwensdossiers/settings';
import { MELDING_LETTERS } from './flow';
import { type MeldingInput, isSocialSafety } from './melding';
import { type MeldingSchool, MeldingSchools } from './schools';

export const MELDING = 'melding';

export type Registered =
  | { outcome: 'signaal'; caseId: string; acknowledgement: 'mail' | 'none' }
  | { outcome: 'vertrouwensdossier'; queue: 'vertrouwensinspecteurs' };

/**
 * Registers a melding (validated at the edge, meldingProblems). A
 * social-safety melding becomes a vertrouwensdossier, sealed, in the
 * vertrouwensinspecteurs' queue; klantcontact learns only that it went
 * there. Any other melding is registered as a signal on the school: a
 * melding case, closed at once as `geregistreerd` (the inspectorate records
 * signals, it does not resolve individual complaints), MeldingRegistered for
 * the risk analysis, and an acknowledgement mailed to the reporter who left
 * an e-mail address.
 */
@Injectable()
export class RegisterMelding {
  constructor(
    private readonly engine: CaseEngine,
    private readonly schools: MeldingSchools,
    private readonly vertrouwens: VertrouwensDossiers,
  ) {}

  /**
   * `resourceId` (an Idempotency-Key's, IdempotentMeldingen): the melding is
   * registered under it, so a retry finds what an earlier attempt registered
   * instead of registering it again.
   */
  async execute(m: MeldingInput, by: Reader, resourceId?: string): Promise<Registered> {
    const school = await this.findSchool(m.school);
    if (isSocialSafety(m.category)) {
      await this.vertrouwens.register(
        {
          brin: school.brin,
          vestigingCode: m.school.vestigingCode ?? null,
          bevoegdGezagNummer: school.bevoegdGezagNummer,
          category: m.category,
          channel: m.channel,
          receivedAt: new Date(m.receivedAt),
          narrative: m.text,
          reporter: { kind: m.reporter.kind, contact: m.reporter.contact ?? null },
        },
        by,
        resourceId,
      );
      return { outcome: 'vertrouwensdossier', queue: 'vertrouwensinspecteurs' };
    }
    return this.registerSignal(m, school, by.id, resourceId ?? newEventId());
  }

  private async registerSignal(
    m: MeldingInput,
    school: MeldingSchool,
    actor: Actor,
    resourceId: string,
  ): Promise<Registered> {
    const receivedOn = amsterdamDate(new Date(m.receivedAt));
    const vestigingCode = m.school.vestigingCode ?? null;
    const contact = m.reporter.contact;
    const subject: CaseSubjectDoc = {
      kind: vestigingCode ? 'vestiging' : 'school',
      bevoegdGezagNummer: school.bevoegdGezagNummer,
      brin: school.brin,
      vestigingCode,
      boardName: null,
      schoolName: school.name,
      vestigingName: school.vestigingName,
      sector: school.sector,
    };
    const mail = contact?.email ?? null;
    const cause = { correlationId: currentCorrelationId() ?? newEventId() };
    const { caseId } = await this.engine.open(
      { typeCode: MELDING, uniqueKey: `${MELDING}:${resourceId}`, actor, cause },
      async () => ({
        subject,
        schooljaar: null,
        facts: {
          channel: m.channel,
          receivedAt: m.receivedAt,
          category: m.category,
          reporterKind: m.reporter.kind,
          ...(contact?.name ? { reporterName: contact.name } : {}),
          ...(contact?.email ? { reporterEmail: contact.email } : {}),
          ...(contact?.phone ? { reporterPhone: contact.phone } : {}),
        },
        why: `melding (${m.category}) by ${m.channel}, received ${m.receivedAt}`,
        build: (c) => {
          c.set('documents', [
            {
              kind: 'other',
              title: `Melding: ${m.category}`,
              paragraphs: [m.text],
              at: c.now,
              actor,
            },
          ]);
          c.emit(MeldingRegistered, {
            caseId: c.id,
            brin: school.brin,
            vestigingCode,
            category: m.category as SignalCategory,
            receivedOn,
          });
          if (mail)
            requestLetter(c, actor, {
              purpose: 'ontvangst',
              template: MELDING_LETTERS.ontvangst,
              placeholders: {
                schoolnaam: school.vestigingName ?? school.name,
                datum_ontvangst: dutchDate(receivedOn),
              },
              afschriftAanDirectie: false,
              addressee: { name: contact?.name ?? 'De melder', addressLines: [], email: mail },
            });
          c.close('geregistreerd', actor, 'a melding is registered as a signal on the school');
        },
      }),
    );
    return { outcome: 'signaal', caseId, acknowledgement: mail ? 'mail' : 'none' };
  }

  private async findSchool(s: MeldingInput['school']): Promise<MeldingSchool> {
    let brin = s.brin;
    let vestigingName: string | null = null;
    if (s.vestigingCode) {
      const v = await this.schools.vestiging(s.vestigingCode);
      if (!v)
        throw new InvalidInputError(
          `school.vestigingCode: vestiging ${s.vestigingCode} is not known in the registry`,
        );
      brin = v.brin;
      vestigingName = v.name;
    }
    const school = await this.schools.school(brin!);
    if (!school)
      throw new InvalidInputError(`school.brin: school ${brin} is not known in the registry`);
    return { ...school, vestigingName };
  }
}
