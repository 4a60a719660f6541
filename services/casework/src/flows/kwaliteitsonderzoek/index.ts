import type { FlowPackage } from '../flow-package';
import { RiskConsumer } from './consumer';
import { KwaliteitsonderzoekController } from './controller';
import { KwaliteitsonderzoekFlow } from './flow';
import { KaderCatalogue } from './kader';
import { OpenKwaliteitsonderzoek } from './open.usecase';
import { KwaliteitsRapport } from './report.usecase';
import { RegistrySchools, SchoolDirectory } from './schools';

/** The kwaliteitsonderzoek: the flow, its routes and SampleDrawn consumer, its use cases, the kader. */
export const kwaliteitsonderzoek: FlowPackage = {
  flow: KwaliteitsonderzoekFlow,
  controllers: [KwaliteitsonderzoekController, RiskConsumer],
  providers: [
    OpenKwaliteitsonderzoek,
    KwaliteitsRapport,
    { provide: KaderCatalogue, useFactory: () => new KaderCatalogue() },
    { provide: SchoolDirectory, useClass: RegistrySchools },
  ],
};
