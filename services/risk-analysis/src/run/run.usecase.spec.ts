import { newTestService } from '@inspectorate/testing';
import { sha256 } from '../domain/canonical';
import type { RunInputs } from '../domain/inputs';
import { prepareRun, runModel, serialiseResult } from '../domain/run';
import { Assessments, RunEvents, Runs } from '../persistence/collections';
import { CurrentModel } from './current-model';
import { InputsLoader } from './inputs.loader';
import { RunUseCase } from './run.usecase';
import { assessmentsOf } from './run.types';

// 2,500 boards without figures and 500 vestigingen without statistics:
// every indicator missing, so many are flagged (manual analysis).
const inputs: RunInputs = {
  asOf: '2026-09-01',
  boards: Array.from({ length: 2500 }, (_, i) => ({
    bevoegdGezag: String(10000 + i),
    naam: `Stichting ${i}`,
  })),
  vestigingen: Array.from({ length: 500 }, (_, i) => ({
    // Unique: (i mod 90, i mod 100) differ for every i below 900.
    vestiging: `${10 + (i % 90)}AB${String(i % 100).padStart(2, '0')}`,
    bevoegdGezag: '10000',
    naam: `School ${i}`,
    sector: 'po' as const,
    provincie: 'Utrecht',
  })),
  balans: [],
  batenLasten: [],
  examens: [],
  eindscores: [],
  leerlingen: [],
  monitoring: [],
  casework: { complete: false, vestigingen: [] },
};

async function setup() {
  return newTestService(RunUseCase, {
    collections: [Runs, Assessments, RunEvents],
    providers: [CurrentModel, { provide: InputsLoader, useValue: { load: async () => inputs } }],
  });
}

describe('RunUseCase: the result streamed into its chunks', () => {
  const model = new CurrentModel().get();
  const whole = runModel(model, inputs);

  it('stores what runModel gives, with the hash of its whole serialisation and its counts', async () => {
    const t = await setup();
    const run = await t.sut.run({ asOf: '2026-09-01' });
    expect(run.status).toBe('completed');
    expect(run.resultHash).toBe(sha256(serialiseResult(whole)));
    expect(run.inputHash).toBe(whole.inputHash);
    expect(run.counts).toEqual({
      besturen: 2500,
      vestigingen: whole.assessments.length - 2500,
      flagged: whole.assessments.filter((a) => a.manualAnalysis).length,
      levels: { geen: whole.assessments.length },
    });
    const chunks = await t.store(Assessments).find({}, { sort: { n: 1 } });
    expect(chunks.flatMap(assessmentsOf)).toEqual(whole.assessments);
    expect(await t.store(Runs).findById(run._id)).toMatchObject({ resultHash: run.resultHash });
  });

  it('makes the assessments a slice at a time, each stored before the next is made', async () => {
    const t = await setup();
    const prepared = prepareRun(model, inputs);
    const log: string[] = [];
    const store = t.store(Assessments);
    const bulk = store.bulk.bind(store);
    store.bulk = async (ops) => {
      log.push(`store ${ops.length} chunks`);
      return bulk(ops);
    };
    await t.sut['store']('run-1', {
      ...prepared,
      assess: (from, to) => {
        log.push(`assess ${from}..${to}`);
        return prepared.assess(from, to);
      },
    });
    expect(log).toEqual([
      'assess 0..1000',
      'store 10 chunks',
      'assess 1000..2000',
      'store 10 chunks',
      'assess 2000..3000',
      'store 10 chunks',
    ]);
  });
});
