/*
 * How cost grows with size: the figures `npm run bench` writes (bench/run.ts,
 * BENCH_SCALES=1,2,4 BENCH_RESULTS=bench/results/growth.json) as an SVG chart
 * and a Markdown table for docs/performance.md. No browser: the SVG is
 * written as text.
 *
 *   npm run bench:chart -- [results.json …] [--svg=docs/performance-growth.svg]
 */

/** A measurement as bench/run.ts writes it. */
export interface ResultMeasurement {
  label: string;
  items: number;
  unit: string;
  elapsedMs: number;
  scale: number;
  msPerItem: number;
  baseline?: string;
  ratio?: number;
  extra?: Record<string, string | number>;
  loadavg?: number[];
}

export interface ResultsFile {
  startedAt: string;
  commit: string | null;
  loadavgAtStart?: number[];
  benchmarks: {
    name: string;
    file: string;
    loadavgBefore?: number[];
    loadavgAfter?: number[];
    measurements?: ResultMeasurement[];
    error?: string;
  }[];
}

/** The flows the issue sets goals for: the service's measurement by label, its goal against raw. */
export const FLOWS: { name: string; file: string; label: string; goal: number | null }[] = [
  {
    name: 'registry import (cold)',
    file: 'services/registry/bench/import.bench.ts',
    label: 'registry import, cold',
    goal: 2,
  },
  {
    name: 'monitoring intake (bulk)',
    file: 'services/monitoring-intake/bench/intake.bench.ts',
    label: 'monitoring-intake bulk',
    goal: 2,
  },
  {
    name: 'intake deadline sweep',
    file: 'services/monitoring-intake/bench/intake.bench.ts',
    label: 'monitoring-intake sweep',
    goal: null,
  },
  {
    name: 'risk run (import + run + events)',
    file: 'services/risk-analysis/bench/run.bench.ts',
    label: 'risk-analysis',
    goal: 2,
  },
  {
    name: 'sweep to letters',
    file: 'e2e/bench/sweep-to-letters.bench.ts',
    label: 'services: sweep → letters mailed',
    goal: 3,
  },
];

export interface FlowPoint {
  scale: number;
  items: number;
  serviceS: number;
  rawS: number | null;
  ratio: number | null;
  msPerItem: number;
  loadavg: number | null;
}

export interface FlowSeries {
  name: string;
  goal: number | null;
  unit: string;
  points: FlowPoint[];
}

/** Each flow's points by scale, from one or more results files (the latest figure of a scale wins). */
export function flowSeries(files: ResultsFile[]): FlowSeries[] {
  const out: FlowSeries[] = [];
  for (const flow of FLOWS) {
    const byScale = new Map<number, FlowPoint>();
    let unit = '';
    for (const file of files)
      for (const bench of file.benchmarks.filter((b) => b.file === flow.file)) {
        const all = bench.measurements ?? [];
        for (const m of all.filter((m) => m.label.startsWith(flow.label))) {
          const raw = all.find((r) => r.label === m.baseline);
          unit = m.unit;
          byScale.set(m.scale, {
            scale: m.scale,
            items: m.items,
            serviceS: m.elapsedMs / 1000,
            rawS: raw ? raw.elapsedMs / 1000 : null,
            ratio: m.ratio ?? null,
            msPerItem: m.msPerItem,
            loadavg: m.loadavg?.[0] ?? bench.loadavgBefore?.[0] ?? null,
          });
        }
      }
    const points = [...byScale.values()].sort((a, b) => a.scale - b.scale);
    if (points.length) out.push({ name: flow.name, goal: flow.goal, unit, points });
  }
  return out;
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

/**
 * Growth in size: time per item at the largest scale over that at 1× (1.00 is
 * linear; 1.20 means each item costs 20% more at that size).
 */
export function growth(series: FlowSeries): number | null {
  const first = series.points.find((p) => p.scale === 1);
  const last = series.points.at(-1);
  if (!first || !last || last === first) return null;
  return last.msPerItem / first.msPerItem;
}

/** The Markdown table of docs/performance.md: per flow and scale, service against raw and the goal. */
export function growthTable(all: FlowSeries[]): string {
  const lines = [
    '| flow | size | items | raw | service | vs raw | goal | per item | load |',
    '| ---- | ---: | ----: | --: | ------: | -----: | ---- | -------: | ---: |',
  ];
  for (const s of all)
    for (const p of s.points) {
      const met =
        s.goal === null || p.ratio === null ? '' : p.ratio <= s.goal ? ' (met)' : ' (not met)';
      lines.push(
        `| ${s.name} | ${p.scale}× | ${p.items} | ${p.rawS === null ? '-' : `${f1(p.rawS)} s`} | ${f1(p.serviceS)} s | ${p.ratio === null ? '-' : `${f2(p.ratio)}×`} | ${s.goal === null ? '-' : `≤ ${s.goal}×${met}`} | ${f2(p.msPerItem)} ms | ${p.loadavg === null ? '-' : f1(p.loadavg)} |`,
      );
    }
  const growths = all
    .map((s) => ({ s, g: growth(s) }))
    .filter((x): x is { s: FlowSeries; g: number } => x.g !== null)
    .map(
      ({ s, g }) =>
        `- ${s.name}: ${f2(s.points[0]!.msPerItem)} ms per ${s.unit.replace(/s$/, '')} at 1×, ${f2(s.points.at(-1)!.msPerItem)} ms at ${s.points.at(-1)!.scale}× (${f2(g)}× per item; 1.00 is linear)`,
    );
  return [...lines, ...(growths.length ? ['', ...growths] : [])].join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One panel per flow: seconds against size (1×, 2×, 4×) for the service
 * (solid), its raw baseline (dashed) and the goal, goal × raw (dotted); each
 * service point labelled with its ratio to raw. Linear growth is a straight
 * line through the origin.
 */
export function growthChart(all: FlowSeries[], title: string): string {
  const panelW = 300;
  const panelH = 220;
  const pad = { left: 48, right: 12, top: 28, bottom: 34 };
  const cols = Math.min(all.length, 3);
  const rows = Math.ceil(all.length / 3);
  const width = Math.max(cols * panelW, 660);
  const height = rows * panelH + 64;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="8" y="18" font-size="13" font-weight="bold">${esc(title)}</text>`,
    `<g transform="translate(8,${height - 14})"><line x1="0" y1="-4" x2="24" y2="-4" stroke="#1f5fa8" stroke-width="2"/><text x="28" y="0">service</text><line x1="90" y1="-4" x2="114" y2="-4" stroke="#555" stroke-width="1.5" stroke-dasharray="5,3"/><text x="118" y="0">raw baseline</text><line x1="200" y1="-4" x2="224" y2="-4" stroke="#c0392b" stroke-width="1.5" stroke-dasharray="2,3"/><text x="228" y="0">goal (× raw)</text></g>`,
  ];
  all.forEach((s, i) => {
    const x0 = (i % 3) * panelW;
    const y0 = 28 + Math.floor(i / 3) * panelH;
    const w = panelW - pad.left - pad.right;
    const h = panelH - pad.top - pad.bottom;
    const maxScale = Math.max(...s.points.map((p) => p.scale), 1);
    const values = s.points.flatMap((p) => [
      p.serviceS,
      p.rawS ?? 0,
      s.goal !== null && p.rawS !== null ? p.rawS * s.goal : 0,
    ]);
    const maxY = niceCeil(Math.max(...values, 1));
    const px = (scale: number) => x0 + pad.left + (scale / maxScale) * w;
    const py = (v: number) => y0 + pad.top + h - (v / maxY) * h;
    parts.push(
      `<text x="${x0 + pad.left}" y="${y0 + 16}" font-weight="bold">${esc(s.name)}</text>`,
      `<line x1="${px(0)}" y1="${py(0)}" x2="${px(maxScale)}" y2="${py(0)}" stroke="#999"/>`,
      `<line x1="${px(0)}" y1="${py(0)}" x2="${px(0)}" y2="${py(maxY)}" stroke="#999"/>`,
    );
    for (const t of [0, 0.5, 1])
      parts.push(
        `<text x="${px(0) - 4}" y="${py(maxY * t) + 4}" text-anchor="end">${fmtS(maxY * t)}</text>`,
      );
    for (const p of s.points)
      parts.push(
        `<text x="${px(p.scale)}" y="${py(0) + 14}" text-anchor="middle">${p.scale}×</text>`,
      );
    parts.push(
      `<text x="${px(maxScale / 2)}" y="${py(0) + 28}" text-anchor="middle" fill="#555">national size (${esc(s.unit)}: ${s.points.map((p) => p.items).join(', ')})</text>`,
    );
    const line = (pts: [number, number][], style: string) =>
      pts.length
        ? `<polyline fill="none" ${style} points="${pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>`
        : '';
    const withRaw = s.points.filter((p) => p.rawS !== null);
    parts.push(
      line(
        withRaw.map((p) => [px(p.scale), py(p.rawS!)]),
        'stroke="#555" stroke-width="1.5" stroke-dasharray="5,3"',
      ),
      s.goal === null
        ? ''
        : line(
            withRaw.map((p) => [px(p.scale), py(p.rawS! * s.goal!)]),
            'stroke="#c0392b" stroke-width="1.5" stroke-dasharray="2,3"',
          ),
      line(
        s.points.map((p) => [px(p.scale), py(p.serviceS)]),
        'stroke="#1f5fa8" stroke-width="2"',
      ),
    );
    for (const p of s.points)
      parts.push(
        `<circle cx="${px(p.scale)}" cy="${py(p.serviceS)}" r="3" fill="#1f5fa8"/>`,
        p.ratio === null
          ? ''
          : `<text x="${px(p.scale) - 4}" y="${py(p.serviceS) - 6}" text-anchor="end" fill="#1f5fa8">${f1(p.ratio)}×</text>`,
      );
    if (s.goal !== null)
      parts.push(
        `<text x="${x0 + panelW - pad.right}" y="${y0 + 16}" text-anchor="end" fill="#c0392b">goal ≤ ${s.goal}×</text>`,
      );
  });
  parts.push('</svg>');
  return `${parts.filter(Boolean).join('\n')}\n`;
}

/** The next round number above v (1, 2, 5 × 10^n), for the axis. */
function niceCeil(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

const fmtS = (v: number) => (v >= 100 ? `${Math.round(v)} s` : `${Number(v.toPrecision(2))} s`);
