export * from './errors';
export * from './collection';
export * from './store';
export * from './mongo-store';
export * from './read-model';
export * from './persistence.module';
export * from './testing/store-contract';
export * from './mongo-monitor.watchdog';
