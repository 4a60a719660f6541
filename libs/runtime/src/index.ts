export * from './manifest';
export * from './kafka.readiness';
export * from './ops.controller';
export * from './platform.module';
export * from './bootstrap';
export * from './shutdown';
