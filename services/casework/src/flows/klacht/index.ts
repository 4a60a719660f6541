import type { FlowPackage } from '../flow-package';
import { KlachtenController } from './controller';
import { KlachtFlow } from './flow';
import { KlachtHandling } from './handling.usecase';
import { KlachtIntake } from './intake.usecase';
import { KlachtRegister } from './register';

/** Complaints about the inspectorate (Awb hoofdstuk 9): the flow, its routes, its use cases. */
export const klacht: FlowPackage = {
  flow: KlachtFlow,
  controllers: [KlachtenController],
  providers: [KlachtIntake, KlachtHandling, KlachtRegister],
};
