import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@inspectorate/http';
import { type StelselRow, stelselCsv, stelselFigures } from '../domain/stelsel';
import { RunQueries } from '../run/run.queries';
import { eindoordelenChart, signalChart } from './charts';

/** De Staat van het Onderwijs figures of a completed run: JSON, CSV and charts. */
@Injectable()
export class StelselService {
  constructor(private readonly runs: RunQueries) {}

  async figures(runId?: string): Promise<{ runId: string; rows: StelselRow[] }> {
    const run = await this.runs.completed(runId);
    // The eindoordelen as the run recorded them (model version 2's laatste-eindoordeel).
    return { runId: run._id, rows: stelselFigures(await this.runs.result(run)) };
  }

  async csv(runId?: string): Promise<string> {
    return stelselCsv((await this.figures(runId)).rows);
  }

  /** An indicator's shares with a signal, or (`eindoordelen`) the spread of eindoordelen. */
  async chart(indicator: string, runId?: string): Promise<string> {
    const { rows } = await this.figures(runId);
    if (indicator === 'eindoordelen') return eindoordelenChart(rows);
    const known = new Set(rows.flatMap((r) => Object.keys(r.signalen)));
    if (!known.has(indicator))
      throw new NotFoundError(
        `no indicator '${indicator}' in the figures (there are ${[...known].sort().join(', ')})`,
      );
    return signalChart(rows, indicator);
  }
}
