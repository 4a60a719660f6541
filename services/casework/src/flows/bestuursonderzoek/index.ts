import type { FlowPackage } from '../flow-package';
import { BoardDirectory, RegistryBoardDirectory } from './boards';
import { BestuursonderzoekController } from './controller';
import { BestuursonderzoekFlow } from './flow';
import { OpenBestuursonderzoek } from './open.usecase';
import { BestuursPlanning } from './planning.usecase';

/** The bestuursonderzoek: the four-yearly planning per board, opening, verificaties (the report is the kwaliteitsonderzoek's). */
export const bestuursonderzoek: FlowPackage = {
  flow: BestuursonderzoekFlow,
  controllers: [BestuursonderzoekController],
  providers: [
    OpenBestuursonderzoek,
    BestuursPlanning,
    { provide: BoardDirectory, useClass: RegistryBoardDirectory },
  ],
};
