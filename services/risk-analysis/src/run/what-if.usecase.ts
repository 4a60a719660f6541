import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '@inspectorate/http';
import { Clock, amsterdamDate } from '@inspectorate/scheduling';
import { ModelInvalid, validateModel } from '../domain/model';
import { runModel } from '../domain/run';
import { type WhatIf, whatIf } from '../domain/what-if';
import { CurrentModel } from './current-model';
import { InputsLoader } from './inputs.loader';

/**
 * What-if: a candidate model document against the current model, on the
 * same inputs, publishing nothing and storing nothing. The answer lists
 * exactly the subjects whose level or need for a manual analysis changes,
 * with the indicators that made the difference.
 */
@Injectable()
export class WhatIfUseCase {
  constructor(
    private readonly inputs: InputsLoader,
    private readonly model: CurrentModel,
    private readonly clock: Clock,
  ) {}

  async execute(candidate: unknown, asOf?: string): Promise<WhatIf & { inputHash: string }> {
    let model;
    try {
      model = validateModel(candidate);
    } catch (error) {
      if (!(error instanceof ModelInvalid)) throw error;
      throw new InvalidInputError('the candidate model is not a valid model document', {
        code: 'invalid-model',
        issues: error.problems.map((p) => {
          const colon = p.indexOf(': ');
          return { path: p.slice(0, colon), message: p.slice(colon + 2) };
        }),
      });
    }
    const inputs = await this.inputs.load(asOf ?? amsterdamDate(this.clock.now()));
    const current = runModel(this.model.get(), inputs);
    const next = runModel(model, inputs);
    return { ...whatIf(current, next), inputHash: current.inputHash };
  }
}
