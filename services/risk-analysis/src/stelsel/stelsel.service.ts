import { Injectable } from '@nestjs/common';
import { InvalidInputError, NotFoundError } from '@inspectorate/http';
import { type StelselRow, stelselCsv, stelselFigures, stelselYears } from '../domain/stelsel';
import { RunQueries } from '../run/run.queries';
import { eindoordelenChart, signalChart } from './charts';

/** De Staat van het Onderwijs figures of a completed run: JSON, CSV and charts. */
@Injectable()
export class StelselService {
  constructor(private readonly runs: RunQueries) {}

  /**
   * One run's figures (`run`, default the newest completed), or several
   * years' (`from`/`to`: per year the newest completed run about a day in it).
   */
  async figures(query: StelselSelection = {}): Promise<StelselFigures> {
    if (query.from === undefined && query.to === undefined) {
      const run = await this.runs.completed(query.run);
      // The eindoordelen as the run recorded them (model version 2's laatste-eindoordeel).
      const rows = stelselFigures(await this.runs.result(run));
      return { runId: run._id, runs: [{ jaar: run.asOf.slice(0, 4), runId: run._id }], rows };
    }
    if (query.run !== undefined)
      throw new InvalidInputError('ask for one run (run) or for years (from, to), not both', {
        issues: [{ path: '/run', message: 'cannot be combined with from or to' }],
      });
    const from = query.from ?? MIN_YEAR;
    const to = query.to ?? MAX_YEAR;
    if (from > to)
      throw new InvalidInputError(`from (${from}) is after to (${to})`, {
        issues: [{ path: '/from', message: `is after to (${to})` }],
      });
    const runs = await this.runs.completedPerYear(from, to);
    if (runs.length === 0)
      throw new NotFoundError(
        `there is no completed run about a day in ${from === to ? from : `${from}..${to}`}`,
      );
    const perYear = [];
    // One year at a time: each is a national run's assessments.
    for (const run of runs)
      perYear.push({
        jaar: run.asOf.slice(0, 4),
        runId: run._id,
        rows: stelselFigures(await this.runs.result(run)),
      });
    return {
      runId: runs[runs.length - 1]._id,
      runs: perYear.map(({ jaar, runId }) => ({ jaar, runId })),
      rows: stelselYears(perYear),
    };
  }

  async csv(query: StelselSelection = {}): Promise<string> {
    return stelselCsv((await this.figures(query)).rows);
  }

  /** An indicator's shares with a signal, or (`eindoordelen`) the spread of eindoordelen. */
  async chart(indicator: string, query: StelselSelection = {}): Promise<string> {
    const { rows } = await this.figures(query);
    if (indicator === 'eindoordelen') return eindoordelenChart(rows);
    const known = new Set(rows.flatMap((r) => Object.keys(r.signalen)));
    if (!known.has(indicator))
      throw new NotFoundError(
        `no indicator '${indicator}' in the figures (there are ${[...known].sort().join(', ')})`,
      );
    return signalChart(rows, indicator);
  }
}

/** Which figures: one run, or the years from..to (either end open). */
export interface StelselSelection {
  run?: string;
  from?: number;
  to?: number;
}

export interface StelselFigures {
  /** The run of the newest year shown. */
  runId: string;
  /** The run each year's rows come from, oldest year first. */
  runs: { jaar: string; runId: string }[];
  rows: StelselRow[];
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
