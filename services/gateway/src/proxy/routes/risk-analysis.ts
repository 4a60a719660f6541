import { type PublicRoute, route } from '../route';

/**
 * risk-analysis under /risk (its own paths, /imports and /datasets, would
 * take general public ones): the DUO statistics it reads, its runs and their
 * assessments with explanations, the model and what-if, the steekproef draw
 * and the stelsel figures. Analysts run, the inspectorate reads.
 */
export const RISK_ROUTES: readonly PublicRoute[] = (
  [
    ['POST', '/risk/imports', 'risk.run', 'Import a DUO statistics file', 'upload'],
    ['GET', '/risk/imports', 'risk.read', 'Import reports, newest first'],
    ['GET', '/risk/imports/:id', 'risk.read', 'One import report, with its bad rows'],
    ['GET', '/risk/datasets', 'risk.read', 'The DUO data a run reads, per list and period'],
    ['POST', '/risk/runs', 'risk.run', 'Run the current model now', 'json'],
    ['GET', '/risk/runs', 'risk.read', 'Runs, newest first'],
    ['GET', '/risk/runs/:id', 'risk.read', 'One run'],
    ['GET', '/risk/runs/:id/assessments', 'risk.read', "A run's assessments"],
    [
      'GET',
      '/risk/runs/:id/assessments/:kind/:subject',
      'risk.read',
      'The assessment of one board or vestiging, with its explanation',
    ],
    ['GET', '/risk/model', 'risk.read', 'The current model document'],
    ['POST', '/risk/what-if', 'risk.run', 'Compare a candidate model with the current', 'json'],
    ['POST', '/risk/samples', 'risk.run', 'Draw the steekproef kwaliteitsonderzoek', 'json'],
    ['GET', '/risk/samples/:id', 'risk.read', 'One steekproef draw'],
    ['GET', '/risk/stelsel', 'risk.read', 'Stelsel figures of a completed run'],
    ['GET', '/risk/stelsel.csv', 'risk.read', 'The stelsel figures as CSV'],
    [
      'GET',
      '/risk/stelsel/charts/:indicator.svg',
      'risk.read',
      'Share of schools with a signal on one indicator, as SVG',
    ],
  ] as const
).map(([method, path, permission, summary, body]) =>
  route(method, 'risk-analysis', path, permission, summary, {
    upstream: path.replace(/^\/risk/, ''),
    ...(body ? { body } : {}),
  }),
);
