export * from './wait-for';
export * from './stack';
export * from './service';
