import { type Fault, type FaultPlanOptions, planFaults } from './faults';

/** The seeded fault plan (faults.ts): what a seed gives is what a rerun with it gets. */
const services = [
  { name: 'registry', replicas: 2 },
  { name: 'monitoring-intake', replicas: 2 },
  { name: 'risk-analysis', replicas: 2 },
  { name: 'casework', replicas: 2 },
  { name: 'notifications', replicas: 2 },
  { name: 'publication', replicas: 2 },
  { name: 'gateway', replicas: 2 },
];
const national: FaultPlanOptions = { services, windowS: 300, maxPauseS: 15 };
const reduced: FaultPlanOptions = {
  services: services.map((s) => ({ ...s, replicas: s.name === 'casework' ? 2 : 1 })),
  kills: 3,
  windowS: 30,
  maxPauseS: 3,
};
const SEEDS = [1, 2, 7, 42, 4711, 2 ** 31 - 1];

describe('planFaults', () => {
  it('gives the same plan for the same seed, and another for another seed', () => {
    for (const seed of SEEDS)
      expect(planFaults(seed, national)).toEqual(planFaults(seed, national));
    const plans = new Set(SEEDS.map((seed) => JSON.stringify(planFaults(seed, national))));
    expect(plans.size).toBe(SEEDS.length);
  });

  it('kills every service once at national size, and stops the broker, the database and the receiver once', () => {
    for (const seed of SEEDS) {
      const plan = planFaults(seed, national);
      const kills = plan.filter((f): f is Extract<Fault, { kind: 'kill' }> => f.kind === 'kill');
      expect(kills.map((k) => k.service).sort()).toEqual(services.map((s) => s.name).sort());
      for (const k of kills) {
        const replicas = services.find((s) => s.name === k.service)!.replicas;
        expect(Number.isInteger(k.replica) && k.replica >= 0 && k.replica < replicas).toBe(true);
      }
      for (const kind of ['broker', 'database', 'receiver'] as const)
        expect(plan.filter((f) => f.kind === kind)).toHaveLength(1);
      expect(plan).toHaveLength(services.length + 3);
    }
  });

  it('kills the given number of distinct services at the reduced size', () => {
    for (const seed of SEEDS) {
      const kills = planFaults(seed, reduced).filter((f) => f.kind === 'kill');
      expect(kills).toHaveLength(3);
      expect(new Set(kills.map((k) => (k.kind === 'kill' ? k.service : '')).values()).size).toBe(3);
    }
  });

  it('puts every fault inside its window, in time order, with pauses within bounds', () => {
    for (const opts of [national, reduced]) {
      for (const seed of SEEDS) {
        const plan = planFaults(seed, opts);
        expect(plan.map((f) => f.atS)).toEqual([...plan.map((f) => f.atS)].sort((a, b) => a - b));
        for (const f of plan) {
          // The broker in [0.2, 0.6] of the window, the database in [0.3, 0.8], the rest in [0.05, 1].
          const [from, to] =
            f.kind === 'broker' ? [0.2, 0.6] : f.kind === 'database' ? [0.3, 0.8] : [0.05, 1];
          expect(f.atS).toBeGreaterThanOrEqual(Number((opts.windowS * from).toFixed(1)));
          expect(f.atS).toBeLessThanOrEqual(Number((opts.windowS * to).toFixed(1)));
          // A receiver outage is twice a pause of at least 3 s; the broker is away at least 2 s.
          const [min, max] =
            f.kind === 'receiver'
              ? [6, 2 * opts.maxPauseS]
              : [f.kind === 'broker' ? 2 : 1, opts.maxPauseS];
          expect(f.pauseS).toBeGreaterThanOrEqual(min);
          expect(f.pauseS).toBeLessThanOrEqual(max);
        }
      }
    }
  });
});
