import type { FlowPackage } from '../flow-package';
import { KwaliteitsonderzoekController } from './controller';
import { KwaliteitsonderzoekFlow } from './flow';
import { KaderCatalogue } from './kader';
import { OpenHerstelonderzoek } from './herstelonderzoek.usecase';
import { OpenKwaliteitsonderzoek } from './open.usecase';
import { KwaliteitsRapport } from './report.usecase';
import { RegistrySchools, SchoolDirectory } from './schools';

/** The kwaliteitsonderzoek: the flow, its routes, its use cases, the kader (SampleDrawn arrives through handmatige-analyse's RiskConsumer). */
export const kwaliteitsonderzoek: FlowPackage = {
  flow: KwaliteitsonderzoekFlow,
  controllers: [KwaliteitsonderzoekController],
  providers: [
    OpenKwaliteitsonderzoek,
    OpenHerstelonderzoek,
    KwaliteitsRapport,
    { provide: KaderCatalogue, useFactory: () => new KaderCatalogue() },
    { provide: SchoolDirectory, useClass: RegistrySchools },
  ],
};
