// The services of the system and their local ports: one list that `npm start`,
// the end-to-end tests and the docs' port table follow.
export const SERVICES = [
  { name: 'gateway', port: 3000 },
  { name: 'registry', port: 3001 },
  { name: 'monitoring-intake', port: 3002 },
  { name: 'risk-analysis', port: 3003 },
  { name: 'casework', port: 3004 },
  { name: 'notifications', port: 3005 },
  { name: 'publication', port: 3006 },
];
