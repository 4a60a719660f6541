import { SECTORS, type Sector } from '@inspectorate/contracts';
import type { Signatory } from './template';

/**
 * Who signs a letter depends on the sector of the school it is about: the
 * director of supervision of that sector. Configured per sector
 * (`SIGNATORY_PO`, ..., as `name | role`); these are the defaults.
 */
export const DEFAULT_SIGNATORIES: Record<Sector, string> = {
  po: 'drs. M. de Wit | Directeur toezicht primair onderwijs en expertisecentra',
  so: 'drs. M. de Wit | Directeur toezicht primair onderwijs en expertisecentra',
  vso: 'drs. M. de Wit | Directeur toezicht primair onderwijs en expertisecentra',
  vo: 'ir. R. Pol | Directeur toezicht voortgezet onderwijs',
  mbo: 'dr. J. Bakker | Directeur toezicht middelbaar beroepsonderwijs',
  ho: 'mr. S. Visser | Directeur toezicht hoger onderwijs',
};

/** `name | role`, as the configuration holds it. */
export const SIGNATORY_PATTERN = '^[^|]{2,100}\\|[^|]{2,200}$';

export const signatoryVariable = (sector: Sector) => `SIGNATORY_${sector.toUpperCase()}`;

export type Signatories = Record<Sector, Signatory>;

/** The signatories per sector from the configuration's `SIGNATORY_<SECTOR>` values. */
export function signatoriesFrom(config: Record<string, unknown>): Signatories {
  return Object.fromEntries(
    SECTORS.map((sector) => {
      const value = String(config[signatoryVariable(sector)] ?? DEFAULT_SIGNATORIES[sector]);
      const [name, role] = value.split('|').map((part) => part.trim());
      return [sector, { name: name!, role: role! }];
    }),
  ) as Signatories;
}

/**
 * The sector's signatory when the request names the sector; the template's
 * own otherwise (a request from before requests carried it).
 */
export function signatoryFor(
  sector: Sector | undefined,
  signatories: Signatories,
  template: { signatory: Signatory },
): Signatory {
  return sector ? signatories[sector] : template.signatory;
}
