import { Inject, Injectable } from '@nestjs/common';
import { InjectStore, type Store } from '@inspectorate/persistence';
import type { CaseworkInput, MonitoringInput, RunInputs, VestigingInput } from '../domain/inputs';
import type { DuoImports } from '../duo/to-inputs';
import { emptyDuoImports, inputsFromDuo } from '../duo/to-inputs';
import type { ChunkDoc, DatasetDoc } from '../imports/import.types';
import { Chunks, Datasets } from '../persistence/collections';
import { ReadModels } from '../read-models/read-models';

export const CASEWORK_COMPLETE = Symbol('risk-analysis:casework-complete');

const SECTORS = new Set(['po', 'so', 'vso', 'vo']);

/**
 * Everything a run reads, from this service's own data only: the current
 * DUO datasets and the read models of the registry's, monitoring-intake's
 * and casework's events. Vestigingen and boards are the registry's open
 * ones once its events have arrived (else those the statistics name);
 * provincie comes from DUO's statistics, since the registry has none.
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
      const chunks = await this.chunks.find({ importId: d.importId }, { sort: { n: 1 } });
      for (const c of chunks) for (const r of JSON.parse(c.rows) as unknown[]) rows.push(r);
      if (d.list === 'voLeerlingen')
        duo.voLeerlingen.push({ year: Number(d.period), rows: rows as never[] });
      else (duo[d.list] as unknown[]).push(...rows);
    }
    return duo;
  }

  async load(asOf: string): Promise<RunInputs> {
    const [duo, monitoring, casework, vestigingen, boards] = await Promise.all([
      this.duo(),
      this.monitoring(),
      this.casework(),
      this.models.vestigingen.find({ status: 'open' }),
      this.models.boards.find({ status: 'open' }),
    ]);
    const inputs = inputsFromDuo(duo, asOf, { monitoring, casework });
    if (vestigingen.length === 0) return inputs;
    const provincie = new Map<string, string | null>();
    for (const v of inputs.vestigingen) provincie.set(v.vestiging, v.provincie);
    const fromRegistry: VestigingInput[] = vestigingen
      .filter((v) => SECTORS.has(v.sector))
      .map((v) => ({
        vestiging: v._id,
        bevoegdGezag: v.bevoegdGezag,
        naam: v.naam,
        sector: v.sector as VestigingInput['sector'],
        provincie: provincie.get(v._id) ?? null,
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

  async monitoring(): Promise<MonitoringInput[]> {
    const [received, missing] = await Promise.all([
      this.models.submissions.find({}),
      this.models.missingSubmissions.find({}),
    ]);
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

  async casework(): Promise<CaseworkInput> {
    const outcomes = await this.models.herstelopdrachten.find(
      {},
      { sort: { decidedOn: 1, _id: 1 } },
    );
    const vestigingen = await this.models.vestigingen.find({}, { projection: { _id: 1, brin: 1 } });
    const ofBrin = new Map<string, string[]>();
    for (const v of vestigingen) ofBrin.set(v.brin, [...(ofBrin.get(v.brin) ?? []), v._id]);
    // The latest outcome per vestiging counts; an order about a school concerns all its vestigingen.
    const latest = new Map<string, { outcome: string; decidedOn: string }>();
    for (const o of outcomes)
      for (const code of o.vestiging ? [o.vestiging] : (ofBrin.get(o.brin) ?? []))
        latest.set(code, o);
    return {
      complete: this.caseworkComplete,
      vestigingen: [...latest]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([vestiging, o]) => ({
          vestiging,
          meldingen: 0,
          herstelopdrachtNietVoldaan: o.outcome === 'niet-voldaan',
          oordelen: [],
        })),
    };
  }

  /** Investigations and judgements by date (the sko's 12-month exclusion). */
  async judged(): Promise<{ vestiging: string; date: string }[]> {
    const outcomes = await this.models.herstelopdrachten.find({});
    const vestigingen = await this.models.vestigingen.find({}, { projection: { _id: 1, brin: 1 } });
    const out: { vestiging: string; date: string }[] = [];
    for (const o of outcomes) {
      const codes = o.vestiging
        ? [o.vestiging]
        : vestigingen.filter((v) => v.brin === o.brin).map((v) => v._id);
      for (const code of codes) out.push({ vestiging: code, date: o.decidedOn });
    }
    return out;
  }
}
