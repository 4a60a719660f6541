import type { FlowPackage } from '../flow-package';
import { HoorEnWederhoorController } from './controller';
import { MonitoringConsumer } from './consumer';
import { MonitoringHerstelopdrachtFlow } from './flow';
import { OpenCaseForMissingSubmission } from './open-case.usecase';
import { RegistrySubjects } from './registry-subjects';
import { HoorEnWederhoor } from './report.usecase';
import { FulfilOnSubmissionReceived } from './submission-received.usecase';
import { SubjectDirectory } from './subjects';

export { MONITORING_SETTINGS, type MonitoringSettings } from './settings';

/** The monitoring herstelopdracht: its flow, its Kafka consumer, its routes, its use cases. */
export const monitoringHerstelopdracht: FlowPackage = {
  flow: MonitoringHerstelopdrachtFlow,
  controllers: [MonitoringConsumer, HoorEnWederhoorController],
  providers: [
    OpenCaseForMissingSubmission,
    FulfilOnSubmissionReceived,
    HoorEnWederhoor,
    { provide: SubjectDirectory, useClass: RegistrySubjects },
  ],
};
