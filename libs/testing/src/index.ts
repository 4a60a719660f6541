// Service-level test helpers on top of @inspectorate/test-stack. Libraries
// that runtime depends on (messaging, scheduling, observability...) use
// test-stack directly, or their tests would make a dependency cycle.
export * from '@inspectorate/test-stack';
export * from './service';
export * from './events';
export * from './http';
export * from './persistence/in-memory-store';
export * from './persistence/new-test-service';
export * from './dead-letters';
export * from './bundle';
export * from './local-tokens';
export * from './upload';
export * from './pdf-text';
export * from './cli';
