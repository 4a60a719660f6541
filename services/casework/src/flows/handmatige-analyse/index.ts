import type { FlowPackage } from '../flow-package';
import { RiskConsumer } from './consumer';
import { HandmatigeAnalyseController } from './controller';
import { DecideHandmatigeAnalyse } from './decide.usecase';
import { HandmatigeAnalyseFlow } from './flow';
import { OpenHandmatigeAnalyse } from './open.usecase';

/** The handmatige analyse from RiskFlagged, and the consumer of risk-analysis's topic. */
export const handmatigeAnalyse: FlowPackage = {
  flow: HandmatigeAnalyseFlow,
  controllers: [HandmatigeAnalyseController, RiskConsumer],
  providers: [OpenHandmatigeAnalyse, DecideHandmatigeAnalyse],
};
