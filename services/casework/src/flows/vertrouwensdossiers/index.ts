import type { FlowPackage } from '../flow-package';
import { VertrouwensdossiersController } from './controller';
import { VertrouwensDossiers } from './dossiers.usecase';
import { VertrouwensdossierFlow } from './flow';
import { AnonymousCounts, KeyRotation, Retention } from './maintenance.usecase';

export { VERTROUWENS_COLLECTIONS } from './dossier';
export { ConfiguredSealer } from './sealer';
export { VERTROUWENS_SETTINGS, type VertrouwensSettings } from './settings';
export { VertrouwensJobs } from './jobs';
export { KeyRotation } from './maintenance.usecase';

/** Vertrouwensdossiers (WOT art. 6): sealed content, audited reads, anonymous counts, retention. */
export const vertrouwensdossiers: FlowPackage = {
  flow: VertrouwensdossierFlow,
  controllers: [VertrouwensdossiersController],
  providers: [VertrouwensDossiers, KeyRotation, AnonymousCounts, Retention],
};
