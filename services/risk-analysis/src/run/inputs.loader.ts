import { Inject, Injectable } from '@nestjs/common';
import { InjectStore, type Store } from '@inspectorate/persistence';
import { monthsBefore } from '../domain/computations';
import type { CaseworkInput, MonitoringInput, RunInputs, VestigingInput } from '../domain/inputs';
import type { DuoImports } from '../duo/to-inputs';
import { emptyDuoImports, inputsFromDuo, provincies } from '../duo/to-inputs';
import { type ChunkDoc, type DatasetDoc, chunkId, readEach } from '../imports/import.types';
import { Chunks, Datasets } from '../persistence/collections';
import { ReadModels } from '../read-models/read-models';
import type { BoardDoc, VestigingDoc } from '../read-models/read-model.types';

export const CASEWORK_COMPLETE = Symbol('risk-analysis:casework-complete');

const SECTORS = new Set(['po', 'so', 'vso', 'vo']);

/**
 * Everything a run reads, from this service's own data only: the current
 * DUO datasets and the read models of the registry's, monitoring-intake's
 * and casework's events, as known on the run's day. Vestigingen and boards
 * are the registry's ones open on that day once its events have arrived
 * (else those the statistics name); provincie is the registry's, else the
 * statistics'.
 */
@Injectable()
export class InputsLoader {
  constructor(
    @InjectStore(Datasets) private readonly datasets: Store<DatasetDoc>,
    @InjectStore(Chunks) private readonly chunks: Store<ChunkDoc>,
    private readonly models: ReadModels,
    @Inject(CASEWORK_COMPLETE) private readonly caseworkComplete: boolean,
  ) {}

  async duo(): Promise<DuoImports> {
    const duo = emptyDuoImports();
    const datasets = await this.datasets.find({}, { sort: { _id: 1 } });
    for (const d of datasets) {
      const rows: unknown[] = [];
      const ids = Array.from({ length: d.chunks }, (_, k) => chunkId(d.importId, k));
      // By _id, a few at a time: one reply with a large dataset's chunks outgrew the wire.
      for (const c of await readEach(ids, (id) => this.chunks.findById(id)))
        for (const r of JSON.parse(c.rows) as unknown[]) rows.push(r);
      if (d.list === 'voLeerlingen')
        duo.voLeerlingen.push({ year: Number(d.period), rows: rows as never[] });
      else (duo[d.list] as unknown[]).push(...rows);
    }
    return duo;
  }

  async load(asOf: string): Promise<RunInputs> {
    const [duo, monitoring, casework, vestigingen, boards] = await Promise.all([
      this.duo(),
      this.monitoring(asOf),
      this.casework(asOf),
      this.openOn(this.models.vestigingen, asOf),
      this.openOn(this.models.boards, asOf),
    ]);
    const inputs = inputsFromDuo(duo, asOf, { monitoring, casework });
    if (vestigingen.length === 0) return inputs;
    // The registry's own provincie, else the statistics' (its own, or its gemeente's).
    const provincieOf = provincies(duo);
    const fromRegistry: VestigingInput[] = vestigingen
      .filter((v) => SECTORS.has(v.sector))
      .map((v) => ({
        vestiging: v._id,
        bevoegdGezag: v.bevoegdGezag,
        naam: v.naam,
        sector: v.sector as VestigingInput['sector'],
        provincie: v.provincie || provincieOf(v._id, v.gemeente),
      }));
    // Boards the registry knows, and those only the financial statistics name.
    const names = new Map(inputs.boards.map((b) => [b.bevoegdGezag, b.naam]));
    for (const b of boards) names.set(b._id, b.naam);
    return {
      ...inputs,
      vestigingen: fromRegistry,
      boards: [...names].map(([bevoegdGezag, naam]) => ({ bevoegdGezag, naam })),
    };
  }

  /**
   * The registry's vestigingen or boards open on a day: open now, or closed
   * after it (a run dated in the past assesses a school that was open
   * then). A closed one stored before closedOn was kept has none and stays out.
   */
  private async openOn<T extends BoardDoc | VestigingDoc>(store: Store<T>, asOf: string) {
    const [open, closedLater] = await Promise.all([
      store.find({ status: 'open' }),
      store.find({ status: 'closed', closedOn: { $gt: asOf } }),
    ]);
    return [...open, ...closedLater];
  }

  /**
   * Monitoring per vestiging and schooljaar, of the schooljaren begun by
   * `asOf` (1 August): a run dated in the past does not take a later
   * schooljaar as "this year".
   */
  async monitoring(asOf: string): Promise<MonitoringInput[]> {
    const [allReceived, allMissing] = await Promise.all([
      this.models.submissions.find({}),
      this.models.missingSubmissions.find({}),
    ]);
    const begun = (schooljaar: string) => `${schooljaar.slice(0, 4)}-08-01` <= asOf;
    const received = allReceived.filter((r) => begun(r.schooljaar));
    const missing = allMissing.filter((m) => begun(m.schooljaar));
    const out = new Map<string, MonitoringInput>();
    for (const m of missing)
      out.set(m._id, {
        vestiging: m.vestiging,
        schooljaar: m.schooljaar,
        status: 'ontbreekt',
        aandeelVeilig: null,
      });
    // A submission that arrived after it was marked missing is late, not missing.
    for (const r of received)
      out.set(r._id, {
        vestiging: r.vestiging,
        schooljaar: r.schooljaar,
        status: r.late || out.has(r._id) ? 'te-laat' : 'ontvangen',
        aandeelVeilig: r.shareFeelingSafe,
      });
    return [...out.values()];
  }

  /** The vestigingen of each school, for records about a whole school. */
  private async schools(): Promise<(brin: string, vestiging: string | null) => string[]> {
    const vestigingen = await this.models.vestigingen.find({}, { projection: { _id: 1, brin: 1 } });
    const ofBrin = new Map<string, string[]>();
    for (const v of vestigingen) ofBrin.set(v.brin, [...(ofBrin.get(v.brin) ?? []), v._id]);
    return (brin, vestiging) => (vestiging ? [vestiging] : (ofBrin.get(brin) ?? []));
  }

  /**
   * Each vestiging's casework record as of a day: meldingen received in the
   * 12 months up to it, the school's vertrouwensdossiers published for the
   * 12 whole months before its month (the counts come after a month ends),
   * the latest herstelopdracht outcome, and the eindoordelen of its reports.
   * A record about a school (no vestiging named) counts for each of its
   * vestigingen.
   */
  async casework(asOf: string): Promise<CaseworkInput> {
    const [outcomes, meldingen, counts, rapporten, codesOf] = await Promise.all([
      this.models.herstelopdrachten.find({}, { sort: { decidedOn: 1, _id: 1 } }),
      this.models.meldingen.find({}),
      this.models.vertrouwensdossiers.find({}),
      this.models.rapporten.find({}, { sort: { vastgesteldOp: 1, _id: 1 } }),
      this.schools(),
    ]);
    type Entry = CaseworkInput['vestigingen'][number];
    const record = new Map<string, Entry>();
    const of = (code: string): Entry => {
      let entry = record.get(code);
      if (!entry) {
        entry = {
          vestiging: code,
          meldingen: 0,
          vertrouwensdossiers: 0,
          herstelopdrachtNietVoldaan: false,
          oordelen: [],
        };
        record.set(code, entry);
      }
      return entry;
    };
    // The latest outcome per vestiging up to the day counts (one decided later was not known then).
    for (const o of outcomes)
      if (o.decidedOn <= asOf)
        for (const code of codesOf(o.brin, o.vestiging))
          of(code).herstelopdrachtNietVoldaan = o.outcome === 'niet-voldaan';
    const from = monthsBefore(asOf, 12);
    for (const m of meldingen)
      if (m.receivedOn > from && m.receivedOn <= asOf)
        for (const code of codesOf(m.brin, m.vestiging)) of(code).meldingen += 1;
    const fromMonth = from.slice(0, 7);
    const toMonth = asOf.slice(0, 7);
    const perSchool = new Map<string, { published: number; suppressed: boolean }>();
    for (const c of counts) {
      if (c.month < fromMonth || c.month >= toMonth) continue;
      const school = perSchool.get(c.brin) ?? { published: 0, suppressed: false };
      school.published += c.published;
      school.suppressed ||= c.suppressed;
      perSchool.set(c.brin, school);
    }
    for (const [brin, school] of perSchool)
      for (const code of codesOf(brin, null))
        // Only unpublished months (fewer than 5 each): a number that is not known, never 0.
        of(code).vertrouwensdossiers =
          school.published === 0 && school.suppressed ? null : school.published;
    for (const r of rapporten)
      for (const code of codesOf(r.brin, r.vestiging))
        of(code).oordelen.push({ date: r.vastgesteldOp, oordeel: r.eindoordeel });
    return {
      complete: this.caseworkComplete,
      vestigingen: [...record.values()].sort((a, b) => (a.vestiging < b.vestiging ? -1 : 1)),
    };
  }

  /** Investigations opened and judgements given, by date (the sko's 12-month exclusion). */
  async judged(): Promise<{ vestiging: string; date: string }[]> {
    const [outcomes, rapporten, onderzoeken, codesOf] = await Promise.all([
      this.models.herstelopdrachten.find({}),
      this.models.rapporten.find({}),
      this.models.onderzoeken.find({}),
      this.schools(),
    ]);
    const out: { vestiging: string; date: string }[] = [];
    const add = (brin: string | null, vestiging: string | null, date: string) => {
      for (const code of codesOf(brin ?? '', vestiging)) out.push({ vestiging: code, date });
    };
    for (const o of outcomes) add(o.brin, o.vestiging, o.decidedOn);
    for (const r of rapporten) add(r.brin, r.vestiging, r.vastgesteldOp);
    for (const o of onderzoeken) add(o.brin, o.vestiging, o.openedOn);
    return out;
  }

  /**
   * The vestigingen under verscherpt toezicht on a day: a report with
   * eindoordeel Zeer zwak puts the school under it for at most a year
   * (casework's term), until its case closes.
   */
  async verscherptToezicht(date: string): Promise<string[]> {
    const [rapporten, onderzoeken, codesOf] = await Promise.all([
      this.models.rapporten.find({ eindoordeel: 'Zeer zwak' }),
      this.models.onderzoeken.find({}),
      this.schools(),
    ]);
    const closed = new Map(onderzoeken.map((o) => [o._id, o.closedOn]));
    const from = monthsBefore(date, 12);
    const out = new Set<string>();
    for (const r of rapporten) {
      const closedOn = closed.get(r._id);
      if (r.vastgesteldOp <= from || r.vastgesteldOp > date) continue;
      if (closedOn !== undefined && closedOn <= date) continue;
      for (const code of codesOf(r.brin, r.vestiging)) out.add(code);
    }
    return [...out].sort();
  }
}
