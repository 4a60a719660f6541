import { Injectable } from '@nestjs/common';
import type {
  BoardSnapshot,
  HerstelopdrachtOutcomeDeterminedData,
  SubmissionReceivedData,
  VestigingSnapshot,
} from '@inspectorate/contracts';
import { InjectStore, type Store, keepLatest } from '@inspectorate/persistence';
import {
  Boards,
  Herstelopdrachten,
  MissingSubmissions,
  Submissions,
  Vestigingen,
} from '../persistence/collections';
import type {
  BoardDoc,
  HerstelDoc,
  MissingDoc,
  SubmissionDoc,
  VestigingDoc,
} from './read-model.types';

/** Writes and reads of the read models; a run takes them whole. */
@Injectable()
export class ReadModels {
  constructor(
    @InjectStore(Boards) readonly boards: Store<BoardDoc>,
    @InjectStore(Vestigingen) readonly vestigingen: Store<VestigingDoc>,
    @InjectStore(Submissions) readonly submissions: Store<SubmissionDoc>,
    @InjectStore(MissingSubmissions) readonly missingSubmissions: Store<MissingDoc>,
    @InjectStore(Herstelopdrachten) readonly herstelopdrachten: Store<HerstelDoc>,
  ) {}

  board(revision: number, b: BoardSnapshot) {
    return keepLatest(this.boards, b.bevoegdGezagNummer, revision, {
      naam: b.name,
      status: b.status,
      gemeente: b.gemeente?.naam ?? null,
    });
  }

  vestiging(revision: number, v: VestigingSnapshot) {
    return keepLatest(this.vestigingen, v.vestigingCode, revision, {
      brin: v.brin,
      bevoegdGezag: v.bevoegdGezagNummer,
      naam: v.name,
      sector: v.sector,
      gemeente: v.gemeente?.naam ?? null,
      status: v.status,
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
}
