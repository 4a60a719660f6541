import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { EINDOORDELEN, type StelselRow } from '../domain/stelsel';

/**
 * Charts of the stelsel figures (one panel per year when they span several), rendered to SVG on the server by Vega from
 * a Vega-Lite specification (no canvas needed: the SVG renderer writes
 * text). Suppressed cells (`<5`) are left out of a chart, never drawn as 0,
 * and the subtitle says how many were left out.
 */
export async function signalChart(rows: StelselRow[], indicator: string): Promise<string> {
  const values = rows
    .filter((r) => typeof r.signalen[indicator] === 'number')
    .map((r) => ({
      provincie: r.provincie,
      sector: r.sector,
      jaar: r.jaar,
      aandeel: r.signalen[indicator] as number,
    }));
  const suppressed = rows.filter((r) => r.signalen[indicator] === '<5').length;
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: {
      text: `Aandeel scholen met signaal: ${indicator}`,
      subtitle: `per sector en provincie${suppressed ? `; ${suppressed} cellen met minder dan 5 scholen weggelaten` : ''}`,
    },
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'provincie', type: 'nominal', sort: 'ascending', title: null },
      x: {
        field: 'aandeel',
        type: 'quantitative',
        axis: { format: '%' },
        scale: { domain: [0, 1] },
        title: 'aandeel met signaal',
      },
      color: { field: 'sector', type: 'nominal' },
      yOffset: { field: 'sector' },
      ...perYear(rows),
    },
    width: years(rows).length > 1 ? 240 : 480,
  };
  return render(spec);
}

/**
 * The spread of eindoordelen per sector and provincie: the number of schools
 * whose latest eindoordeel is each, stacked. A suppressed count (`<5`) is
 * left out, never drawn as 0, and counted in the subtitle.
 */
export async function eindoordelenChart(rows: StelselRow[]): Promise<string> {
  const values: {
    cel: string;
    jaar: string;
    eindoordeel: string;
    scholen: number;
    orde: number;
  }[] = [];
  let suppressed = 0;
  for (const r of rows)
    for (const [oordeel, count] of Object.entries(r.eindoordelen)) {
      if (typeof count !== 'number') suppressed += 1;
      else
        values.push({
          cel: `${r.sector} ${r.provincie}`,
          jaar: r.jaar,
          eindoordeel: oordeel,
          scholen: count,
          orde: EINDOORDELEN.indexOf(oordeel),
        });
    }
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: {
      text: 'Spreiding van de eindoordelen',
      subtitle: `laatste eindoordeel per school, per sector en provincie${suppressed ? `; ${suppressed} cellen met minder dan 5 scholen weggelaten` : ''}`,
    },
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'cel', type: 'nominal', sort: 'ascending', title: null },
      x: { field: 'scholen', type: 'quantitative', stack: 'zero', title: 'aantal scholen' },
      color: {
        field: 'eindoordeel',
        type: 'nominal',
        sort: EINDOORDELEN,
        scale: { domain: EINDOORDELEN },
      },
      order: { field: 'orde', type: 'quantitative' },
      ...perYear(rows),
    },
    width: years(rows).length > 1 ? 240 : 480,
  };
  return render(spec);
}

const years = (rows: StelselRow[]) => [...new Set(rows.map((r) => r.jaar))].sort();

/** Figures of several years: one panel per year, side by side (a single year has none). */
function perYear(rows: StelselRow[]) {
  return years(rows).length > 1
    ? { column: { field: 'jaar', type: 'ordinal' as const, title: null, sort: years(rows) } }
    : {};
}

async function render(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
