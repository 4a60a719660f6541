export * from './config-error';
export * from './masking';
export * from './schema-helpers';
export * from './define-config';
export * from './base-schema';
export * from './config.module';
export * from './load-or-exit';
