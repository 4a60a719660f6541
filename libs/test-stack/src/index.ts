export * from './wait-for';
export * from './stack';
export * from './bench';
export * from './oidc';
export * from './tokens';
export * from './test-topics';
export * from './processes';
