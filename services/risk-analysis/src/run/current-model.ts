import { Injectable } from '@nestjs/common';
import { type ModelDocument, validateModel } from '../domain/model';
import currentModel from '../domain/models/risicomodel-v2.json';

/**
 * The model version runs use: a versioned document in domain/models,
 * validated at start (a bad document does not boot): version 2, which adds
 * casework's signals and the latest eindoordeel, shown beside the first
 * version's indicators. A new version is a new document there, reviewed
 * like code and tried first through what-if.
 */
@Injectable()
export class CurrentModel {
  private readonly model: ModelDocument = validateModel(currentModel);

  get(): ModelDocument {
    return this.model;
  }
}
