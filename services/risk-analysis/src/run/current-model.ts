import { Injectable } from '@nestjs/common';
import { type ModelDocument, validateModel } from '../domain/model';
import firstModel from '../domain/models/risicomodel-v1.json';

/**
 * The model version runs use: a versioned document in domain/models,
 * validated at start (a bad document does not boot). A new version is a new
 * document there, reviewed like code and tried first through what-if.
 */
@Injectable()
export class CurrentModel {
  private readonly model: ModelDocument = validateModel(firstModel);

  get(): ModelDocument {
    return this.model;
  }
}
