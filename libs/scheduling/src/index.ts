export * from './clock/clock';
export * from './time/amsterdam';
export * from './time/schooljaar';
export * from './lease/mongo-source';
export * from './lease/lease.service';
export * from './jobs/job-runner';
export * from './replica-id';
export * from './scheduling.module';
