import { Injectable } from '@nestjs/common';
import { RapportVastgesteld } from '@inspectorate/contracts';
import { amsterdamDate } from '@inspectorate/scheduling';
import { addDuration } from '../../case-types/duration';
import { type Actor, CaseRuleError } from '../../engine/case';
import type { CaseAggregate } from '../../engine/case-aggregate';
import { requestCause } from '../../engine/case-commands';
import { CaseEngine } from '../../engine/case-engine';
import { end, newDeadline } from '../../engine/deadline';
import { KaderCatalogue } from './kader';
import { dutchDate, requestKoLetter } from './letters';
import {
  type Eindoordeel,
  KoStatus,
  KWALITEITSONDERZOEK,
  type StandaardOordeel,
  checkOordelen,
  oordelenOf,
  publicationDate,
} from './rules';

export interface Herstel {
  /** Per Onvoldoende standard without one in the kader: the statutory requirement not met. */
  legalBasis?: Record<string, string>;
  /** The term of the herstelopdracht (default the type's, P1Y). */
  term?: string;
  /** For Zeer zwak: the improvement period, at most the type's (P1Y). */
  verbeterperiode?: string;
}

/**
 * From judgments to a vastgesteld report (of a school's kwaliteitsonderzoek,
 * or of a board's bestuursonderzoek against the BKA standards: `type`): the judgments per standard (per
 * afdeling in vo) against the case's kader, the conceptrapport to the board
 * with a term for its zienswijze, vaststellen with RapportVastgesteld, and
 * the consequences: a herstelopdracht per Onvoldoende standard with its legal
 * basis and term, verscherpt toezicht for Zeer zwak.
 */
@Injectable()
export class KwaliteitsRapport {
  constructor(
    private readonly engine: CaseEngine,
    private readonly kaders: KaderCatalogue,
  ) {}

  async judge(
    caseId: string,
    oordelen: StandaardOordeel[],
    actor: Actor,
    type = KWALITEITSONDERZOEK,
  ) {
    await this.change(caseId, actor, type, (c) => {
      if (c.doc.status !== KoStatus.investigating)
        throw new CaseRuleError(
          `the judgments of ${caseId} are fixed once the conceptrapport is out (status ${c.doc.status})`,
        );
      const kader = this.kaders.byId(c.doc.facts!['kader']!);
      checkOordelen(kader, c.doc.subject.sector ?? '', oordelen);
      const merged = new Map(
        oordelenOf(c.doc.facts).map((o) => [`${o.afdeling ?? ''}/${o.standaard}`, o]),
      );
      for (const o of oordelen) merged.set(`${o.afdeling ?? ''}/${o.standaard}`, o);
      c.set('facts', { ...c.doc.facts, oordelen: JSON.stringify([...merged.values()]) });
      c.record(
        actor,
        'judged',
        oordelen
          .map((o) => `${o.afdeling ? `${o.afdeling} ` : ''}${o.standaard}: ${o.oordeel}`)
          .join(', '),
      );
    });
  }

  async concept(
    caseId: string,
    input: { eindoordeel: Eindoordeel; paragraphs: string[] },
    actor: Actor,
    type = KWALITEITSONDERZOEK,
  ) {
    await this.change(caseId, actor, type, (c) => {
      if (c.doc.status !== KoStatus.investigating)
        throw new CaseRuleError(
          `case ${caseId} has its conceptrapport already (status ${c.doc.status})`,
        );
      const oordelen = oordelenOf(c.doc.facts);
      if (oordelen.length === 0)
        throw new CaseRuleError(`case ${caseId} has no judgments yet`, 422);
      const today = amsterdamDate(c.now);
      const term = newDeadline(
        'zienswijze',
        addDuration(today, c.type.terms['zienswijze'] ?? 'P2W'),
      );
      const report = this.report(c, input.eindoordeel, input.paragraphs, 'Conceptrapport');
      c.set('facts', { ...c.doc.facts, eindoordeel: input.eindoordeel });
      c.set('documents', [
        ...c.doc.documents,
        { kind: 'concept-report', ...report, at: c.now, actor },
      ]);
      c.setDeadlines([...c.doc.deadlines, term]);
      c.transition(KoStatus.hoorEnWederhoor, actor);
      requestKoLetter(
        c,
        actor,
        'conceptrapport',
        { termijn_zienswijze: dutchDate(term.dueOn), eindoordeel: input.eindoordeel },
        report,
      );
    });
  }

  async zienswijze(
    caseId: string,
    text: string,
    receivedOn: string,
    actor: Actor,
    type = KWALITEITSONDERZOEK,
  ) {
    await this.change(caseId, actor, type, (c) => {
      const term = c.doc.deadlines.find((d) => d.kind === 'zienswijze');
      if (c.doc.status !== KoStatus.hoorEnWederhoor || !term)
        throw new CaseRuleError(
          `case ${caseId} is not in hoor en wederhoor (status ${c.doc.status})`,
        );
      if (receivedOn >= term.dueOn)
        throw new CaseRuleError(
          `the term for a zienswijze ended on ${term.dueOn}; received on ${receivedOn} is too late`,
          422,
        );
      c.set('documents', [
        ...c.doc.documents,
        {
          kind: 'zienswijze',
          title: `Zienswijze van het bestuur, ontvangen ${receivedOn}`,
          paragraphs: text
            .split(/\n\s*\n/)
            .map((p) => p.trim())
            .filter(Boolean),
          at: c.now,
          actor,
        },
      ]);
      c.record(actor, 'document-added', `zienswijze received on ${receivedOn}`);
    });
  }

  /** Vaststellen: the final report, RapportVastgesteld, and its consequences. */
  async adopt(
    caseId: string,
    input: { paragraphs: string[] } & Herstel,
    actor: Actor,
    type = KWALITEITSONDERZOEK,
  ) {
    await this.change(caseId, actor, type, (c) => {
      if (c.doc.status !== KoStatus.hoorEnWederhoor)
        throw new CaseRuleError(
          `the report of ${caseId} can't be vastgesteld in status ${c.doc.status}`,
        );
      const today = amsterdamDate(c.now);
      const f = c.doc.facts!;
      const eindoordeel = f['eindoordeel'] as Eindoordeel;
      const kader = this.kaders.byId(f['kader']!);
      const oordelen = oordelenOf(f);
      const onvoldoende = oordelen.filter((o) => o.oordeel === 'Onvoldoende');
      // Every herstelopdracht records the statutory requirement not met: given now, or from the kader.
      // The inspecteur's basis for this case first, else the kader's for the standard.
      const basisOf = (code: string) =>
        input.legalBasis?.[code] ??
        kader.standaarden.find((s) => s.code === code)?.wettelijkeGrondslag ??
        undefined;
      const lacking = [
        ...new Set(onvoldoende.map((o) => o.standaard).filter((code) => !basisOf(code))),
      ];
      if (lacking.length > 0)
        throw new CaseRuleError(
          `give the legal basis (legalBasis) of the herstelopdracht for ${lacking.join(', ')}`,
          422,
        );
      const report = this.report(c, eindoordeel, input.paragraphs, 'Rapport');
      const zienswijze = c.doc.documents.filter((d) => d.kind === 'zienswijze').at(-1) ?? null;
      c.setDeadlines(
        c.doc.deadlines.map((d) =>
          d.kind === 'zienswijze' ? end(d, today < d.dueOn ? 'met' : 'passed') : d,
        ),
      );
      c.set('documents', [
        ...c.doc.documents,
        { kind: 'final-report', ...report, at: c.now, actor },
      ]);
      const publicatiedatum = publicationDate(today);
      c.set('facts', { ...f, vastgesteldOp: today, publicatiedatum });
      const s = c.doc.subject;
      // RapportVastgesteld is a school's report (publication per school); a board's report is its letter.
      if (s.brin)
        c.emit(RapportVastgesteld, {
          caseId: c.id,
          caseType: c.doc.caseType,
          bevoegdGezagNummer: s.bevoegdGezagNummer!,
          boardName: s.boardName,
          brin: s.brin!,
          schoolName: s.vestigingName ?? s.schoolName,
          vestigingCode: s.vestigingCode,
          sector: s.sector ?? '',
          aanleiding: f['aanleiding']!,
          kader: { id: kader.id, naam: kader.naam, version: kader.version },
          oordelen: oordelen.map((o) => ({
            afdeling: o.afdeling,
            standaard: o.standaard,
            naam: kader.standaarden.find((x) => x.code === o.standaard)!.naam,
            oordeel: o.oordeel,
          })),
          eindoordeel,
          vastgesteldOp: today,
          publicatiedatum,
          rapport: report,
          zienswijze:
            eindoordeel === 'Zeer zwak' && zienswijze
              ? { title: zienswijze.title, paragraphs: zienswijze.paragraphs }
              : null,
          knownPersons: c.knownPersons(),
        });
      const consequences = this.consequences(
        c,
        actor,
        today,
        eindoordeel,
        onvoldoende,
        basisOf,
        input,
      );
      requestKoLetter(
        c,
        actor,
        'rapport',
        { eindoordeel, publicatiedatum: dutchDate(publicatiedatum), vervolg: consequences },
        report,
      );
      if (c.doc.status === KoStatus.hoorEnWederhoor)
        c.close('afgerond', actor, `rapport vastgesteld: ${eindoordeel}`);
    });
  }

  private consequences(
    c: CaseAggregate,
    actor: Actor,
    today: string,
    eindoordeel: Eindoordeel,
    onvoldoende: StandaardOordeel[],
    basisOf: (code: string) => string | undefined,
    input: Herstel,
  ): string {
    const lines: string[] = [];
    if (onvoldoende.length > 0) {
      const due = addDuration(today, input.term ?? c.type.terms['herstelopdracht'] ?? 'P1Y');
      c.set('decisions', [
        ...c.doc.decisions,
        ...onvoldoende.map((o) => ({
          kind: `herstelopdracht:${o.afdeling ? `${o.afdeling}:` : ''}${o.standaard}`,
          legalBasis: basisOf(o.standaard)!,
          deadlineKind: 'herstelopdracht',
          issuedOn: today,
          outcome: null,
          decidedOn: null,
        })),
      ]);
      c.setDeadlines([...c.doc.deadlines, newDeadline('herstelopdracht', due)]);
      // Each standard with the requirement not met: the letter names the legal basis of the order.
      lines.push(
        `Wij geven een herstelopdracht voor ${onvoldoende.map((o) => `${o.standaard}${o.afdeling ? ` (${o.afdeling})` : ''}, wettelijke grondslag: ${basisOf(o.standaard)!}`).join('; ')}. Het herstel moet vóór ${dutchDate(due)} zijn gerealiseerd. Daarna volgt een herstelonderzoek.`,
      );
    }
    if (eindoordeel === 'Zeer zwak') {
      const max = c.type.terms['verscherpt-toezicht'] ?? 'P1Y';
      const asked = newDeadline(
        'verscherpt-toezicht',
        addDuration(today, input.verbeterperiode ?? max),
      );
      // The improvement period is at most the type's term (one year, DOMAIN.md).
      if (asked.dueOn > addDuration(today, max))
        throw new CaseRuleError(
          `the improvement period of verscherpt toezicht is at most ${max} (until ${addDuration(today, max)}), not ${input.verbeterperiode}`,
          422,
        );
      c.set('decisions', [
        ...c.doc.decisions,
        {
          kind: 'verscherpt-toezicht',
          legalBasis: 'Wet op het onderwijstoezicht',
          deadlineKind: 'verscherpt-toezicht',
          issuedOn: today,
          outcome: null,
          decidedOn: null,
        },
      ]);
      c.setDeadlines([...c.doc.deadlines, asked]);
      c.transition(KoStatus.verscherpt, actor);
      lines.push(
        `De school staat onder verscherpt toezicht. De verbeterperiode loopt tot ${dutchDate(asked.dueOn)}; daarna onderzoeken wij of de kwaliteit voldoende is.`,
      );
    } else if (onvoldoende.length > 0) {
      c.transition(KoStatus.herstel, actor);
    }
    return lines.length > 0 ? lines.join(' ') : 'Er is geen vervolgtoezicht nodig.';
  }

  private report(
    c: CaseAggregate,
    eindoordeel: Eindoordeel,
    paragraphs: string[],
    kind: 'Conceptrapport' | 'Rapport',
  ) {
    const s = c.doc.subject;
    const what =
      s.kind === 'board'
        ? `bestuursonderzoek ${s.boardName ?? ''} (${s.bevoegdGezagNummer})`
        : `kwaliteitsonderzoek ${s.vestigingName ?? s.schoolName ?? ''} (${s.vestigingCode ?? s.brin})`;
    const kader = this.kaders.byId(c.doc.facts!['kader']!);
    const judged = oordelenOf(c.doc.facts).map(
      (o) =>
        `${o.afdeling ? `${o.afdeling}, ` : ''}${o.standaard} ${kader.standaarden.find((x) => x.code === o.standaard)!.naam}: ${o.oordeel}`,
    );
    return {
      title: `${kind} ${what}`,
      paragraphs: [
        `Eindoordeel: ${eindoordeel}. Beoordeeld volgens ${kader.naam}.`,
        ...judged,
        ...paragraphs,
      ],
    };
  }

  private change(caseId: string, actor: Actor, type: string, decide: (c: CaseAggregate) => void) {
    return this.engine.change(caseId, actor, requestCause(), (c) => {
      if (c.doc.caseType.code !== type)
        throw new CaseRuleError(`case ${caseId} is a ${c.doc.caseType.code}, not a ${type}`, 422);
      decide(c);
    });
  }
}
