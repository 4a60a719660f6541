import { Injectable } from '@nestjs/common';
import type {
  BoardSnapshot,
  CaseClosedData,
  CaseOpenedData,
  HerstelopdrachtOutcomeDeterminedData,
  MeldingRegisteredData,
  RapportVastgesteldData,
  SubmissionReceivedData,
  VertrouwensdossiersCountedData,
  VestigingSnapshot,
} from '@inspectorate/contracts';
import { InjectStore, type Store, keepLatest } from '@inspectorate/persistence';
import { amsterdamDate } from '@inspectorate/scheduling';
import {
  Boards,
  Herstelopdrachten,
  Meldingen,
  MissingSubmissions,
  Onderzoeken,
  Rapporten,
  Submissions,
  Vertrouwensdossiers,
  Vestigingen,
} from '../persistence/collections';
import type {
  BoardDoc,
  HerstelDoc,
  MeldingDoc,
  MissingDoc,
  OnderzoekDoc,
  RapportDoc,
  SubmissionDoc,
  VertrouwensDoc,
  VestigingDoc,
} from './read-model.types';

/** casework's case types that are investigations of a school (the sko leaves these out for 12 months). */
export const ONDERZOEK_TYPES: ReadonlySet<string> = new Set(['kwaliteitsonderzoek']);

/** Writes and reads of the read models; a run takes them whole. */
@Injectable()
export class ReadModels {
  constructor(
    @InjectStore(Boards) readonly boards: Store<BoardDoc>,
    @InjectStore(Vestigingen) readonly vestigingen: Store<VestigingDoc>,
    @InjectStore(Submissions) readonly submissions: Store<SubmissionDoc>,
    @InjectStore(MissingSubmissions) readonly missingSubmissions: Store<MissingDoc>,
    @InjectStore(Herstelopdrachten) readonly herstelopdrachten: Store<HerstelDoc>,
    @InjectStore(Meldingen) readonly meldingen: Store<MeldingDoc>,
    @InjectStore(Vertrouwensdossiers) readonly vertrouwensdossiers: Store<VertrouwensDoc>,
    @InjectStore(Rapporten) readonly rapporten: Store<RapportDoc>,
    @InjectStore(Onderzoeken) readonly onderzoeken: Store<OnderzoekDoc>,
  ) {}

  board(revision: number, b: BoardSnapshot) {
    return keepLatest(this.boards, b.bevoegdGezagNummer, revision, {
      naam: b.name,
      status: b.status,
      gemeente: b.gemeente?.naam ?? null,
      closedOn: b.closedOn,
    });
  }

  vestiging(revision: number, v: VestigingSnapshot) {
    return keepLatest(this.vestigingen, v.vestigingCode, revision, {
      brin: v.brin,
      bevoegdGezag: v.bevoegdGezagNummer,
      naam: v.name,
      sector: v.sector,
      gemeente: v.gemeente?.naam ?? null,
      provincie: v.provincie ?? null,
      status: v.status,
      closedOn: v.closedOn,
    });
  }

  received(d: SubmissionReceivedData) {
    return keepLatest(this.submissions, `${d.vestigingCode}|${d.schooljaar}`, d.revision, {
      vestiging: d.vestigingCode,
      schooljaar: d.schooljaar,
      late: d.late,
      shareFeelingSafe: d.headline.shareFeelingSafe,
    });
  }

  async missing(vestiging: string, schooljaar: string): Promise<void> {
    await this.missingSubmissions.update(
      { _id: `${vestiging}|${schooljaar}` },
      { $set: { vestiging, schooljaar } },
      [],
      { upsert: true },
    );
  }

  async herstel(d: HerstelopdrachtOutcomeDeterminedData): Promise<void> {
    await this.herstelopdrachten.update(
      { _id: d.caseId },
      {
        $set: {
          brin: d.brin,
          vestiging: d.vestigingCode,
          outcome: d.outcome,
          decidedOn: d.decidedOn,
        },
      },
      [],
      { upsert: true },
    );
  }

  async melding(d: MeldingRegisteredData): Promise<void> {
    const fields = { brin: d.brin, vestiging: d.vestigingCode, receivedOn: d.receivedOn };
    await this.meldingen.update({ _id: d.caseId }, { $set: fields }, [], { upsert: true });
  }

  /** The number published for a school and month: the counts of 5 or more and the pool. */
  async vertrouwens(d: VertrouwensdossiersCountedData): Promise<void> {
    const published = d.counts.reduce((n, c) => n + c.count, 0) + (d.pooled ?? 0);
    const fields = { brin: d.brin, month: d.month, published, suppressed: d.suppressed };
    await this.vertrouwensdossiers.update({ _id: `${d.brin}|${d.month}` }, { $set: fields }, [], {
      upsert: true,
    });
  }

  async rapport(d: RapportVastgesteldData): Promise<void> {
    const fields = {
      brin: d.brin,
      vestiging: d.vestigingCode,
      eindoordeel: d.eindoordeel,
      vastgesteldOp: d.vastgesteldOp,
      onvoldoende: d.oordelen.filter((o) => o.oordeel === 'Onvoldoende').length,
    };
    await this.rapporten.update({ _id: d.caseId }, { $set: fields }, [], { upsert: true });
  }

  /** An investigation of a school or vestiging; other cases are not kept. */
  async opened(d: CaseOpenedData): Promise<void> {
    if (!ONDERZOEK_TYPES.has(d.caseType.code) || d.subject.kind === 'board') return;
    if (d.subject.brin === null && d.subject.vestigingCode === null) return;
    const fields = {
      brin: d.subject.brin,
      vestiging: d.subject.vestigingCode,
      openedOn: amsterdamDate(new Date(d.openedAt)),
    };
    await this.onderzoeken.update({ _id: d.caseId }, { $set: fields }, [], { upsert: true });
  }

  /** Closes a known investigation (a case's events arrive in order, so its opening came first). */
  async closed(d: CaseClosedData): Promise<void> {
    await this.onderzoeken.update(
      { _id: d.caseId },
      { $set: { closedOn: amsterdamDate(new Date(d.closedAt)) } },
      [],
    );
  }
}
