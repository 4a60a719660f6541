import { createHash } from 'node:crypto';
import { inputHash } from './canonical';
import { monthsBefore } from './computations';

/**
 * The steekproef kwaliteitsonderzoek (sko): a seeded, stratified random
 * draw. Strata are sector × provincie × size class; each gets its share of
 * the sample by proportional allocation with largest remainders; within a
 * stratum a Fisher-Yates shuffle driven by a PRNG seeded from the seed, the
 * input hash and the stratum picks the schools. The same seed and inputs
 * give the same draw, which is what makes it auditable.
 */

export interface SampleInputs {
  /** The day of the draw; the 12-month exclusion window ends here. */
  date: string;
  size: number;
  population: {
    vestiging: string;
    sector: string;
    provincie: string | null;
    leerlingen: number | null;
  }[];
  /** Investigations and oordelen (casework), by date. */
  investigated: { vestiging: string; date: string }[];
  verscherptToezicht: string[];
  /** Upper bounds of the size classes by pupils, ascending; above the last is the last class + 1. */
  sizeClasses: { label: string; below: number | null }[];
}

export interface Stratum {
  sector: string;
  provincie: string;
  sizeClass: string;
  population: number;
  eligible: number;
  allocated: number;
}

export interface SampleDraw {
  seed: string;
  inputHash: string;
  date: string;
  size: number;
  strata: Stratum[];
  drawn: { vestiging: string; stratum: string }[];
  excluded: { vestiging: string; reason: string }[];
}

export const DEFAULT_SIZE_CLASSES: SampleInputs['sizeClasses'] = [
  { label: 'klein', below: 150 },
  { label: 'middel', below: 400 },
  { label: 'groot', below: null },
];

/** sfc32 from four 32-bit words: small, fast and the same on every platform. */
export function prng(seed: string): () => number {
  const h = createHash('sha256').update(seed).digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

function sizeClass(pupils: number | null, classes: SampleInputs['sizeClasses']): string {
  if (pupils === null) return 'onbekend';
  return classes.find((c) => c.below === null || pupils < c.below)?.label ?? 'onbekend';
}

/** Largest-remainder (Hamilton) allocation of `size` over `counts`; ties to the earlier key. */
export function allocate(counts: number[], size: number): number[] {
  const total = counts.reduce((s, n) => s + n, 0);
  if (total === 0) return counts.map(() => 0);
  const take = Math.min(size, total);
  const quotas = counts.map((n) => (n * take) / total);
  const result = quotas.map(Math.floor);
  let left = take - result.reduce((s, n) => s + n, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    .sort((x, y) => y.rest - x.rest || x.i - y.i);
  for (const { i } of order) {
    if (left === 0) break;
    if (result[i] < counts[i]) {
      result[i] += 1;
      left -= 1;
    }
  }
  return result;
}

export function drawSample(inputs: SampleInputs, seed: string): SampleDraw {
  if (!Number.isInteger(inputs.size) || inputs.size < 1)
    throw new Error(`sample size ${inputs.size} is not a whole number of at least 1`);
  const hash = inputHash(inputs as unknown as Record<string, unknown>);
  const from = monthsBefore(inputs.date, 12);
  const recent = new Set(
    inputs.investigated
      .filter((i) => i.date > from && i.date <= inputs.date)
      .map((i) => i.vestiging),
  );
  const verscherpt = new Set(inputs.verscherptToezicht);
  const strata = new Map<string, { stratum: Stratum; eligible: string[] }>();
  const excluded: SampleDraw['excluded'] = [];
  const population = [...inputs.population].sort((a, b) => (a.vestiging < b.vestiging ? -1 : 1));
  for (const school of population) {
    const provincie = school.provincie ?? 'onbekend';
    const cls = sizeClass(school.leerlingen, inputs.sizeClasses);
    const k = `${school.sector}|${provincie}|${cls}`;
    const entry = strata.get(k) ?? {
      stratum: {
        sector: school.sector,
        provincie,
        sizeClass: cls,
        population: 0,
        eligible: 0,
        allocated: 0,
      },
      eligible: [],
    };
    entry.stratum.population += 1;
    if (verscherpt.has(school.vestiging))
      excluded.push({ vestiging: school.vestiging, reason: 'verscherpt toezicht' });
    else if (recent.has(school.vestiging))
      excluded.push({
        vestiging: school.vestiging,
        reason: `investigated or judged after ${from}`,
      });
    else entry.eligible.push(school.vestiging);
    strata.set(k, entry);
  }
  const keys = [...strata.keys()].sort();
  const allocation = allocate(
    keys.map((k) => strata.get(k)!.eligible.length),
    inputs.size,
  );
  const drawn: SampleDraw['drawn'] = [];
  keys.forEach((k, index) => {
    const { stratum, eligible } = strata.get(k)!;
    stratum.eligible = eligible.length;
    stratum.allocated = allocation[index];
    const random = prng(`${seed}|${hash}|${k}`);
    const pool = [...eligible];
    for (let i = 0; i < stratum.allocated; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
      drawn.push({ vestiging: pool[i], stratum: k });
    }
  });
  return {
    seed,
    inputHash: hash,
    date: inputs.date,
    size: inputs.size,
    strata: keys.map((k) => strata.get(k)!.stratum),
    drawn,
    excluded,
  };
}
