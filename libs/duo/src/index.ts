export * from './decode';
export * from './header';
export * from './masked';
export * from './read';
export * from './records';
export * from './rejected';
export * from './shared-data';
export * from './table';
