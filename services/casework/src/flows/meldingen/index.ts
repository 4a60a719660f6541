import type { FlowPackage } from '../flow-package';
import { MeldingenController } from './controller';
import { MeldingFlow } from './flow';
import { IdempotentMeldingen } from './idempotency';
import { RegisterMelding } from './register-melding.usecase';
import { MeldingSchools, RegistryMeldingSchools } from './schools';

/** Meldingen: registration by klantcontact, a signal on the school or a vertrouwensdossier. */
export const meldingen: FlowPackage = {
  flow: MeldingFlow,
  controllers: [MeldingenController],
  providers: [
    RegisterMelding,
    IdempotentMeldingen,
    { provide: MeldingSchools, useClass: RegistryMeldingSchools },
  ],
};
