import { bestuursonderzoek } from './bestuursonderzoek';
import type { FlowPackage } from './flow-package';
import { handmatigeAnalyse } from './handmatige-analyse';
import { klacht } from './klacht';
import { kwaliteitsonderzoek } from './kwaliteitsonderzoek';
import { meldingen } from './meldingen';
import { monitoringHerstelopdracht } from './monitoring-herstelopdracht';
import { vertrouwensdossiers } from './vertrouwensdossiers';

/**
 * Every flow casework runs. A new case type with behaviour is a new folder
 * here and one line in this list (docs/how-to/add-a-case-type.md); the
 * engine finds a flow by case-type code and never imports one.
 */
export const FLOWS: FlowPackage[] = [
  monitoringHerstelopdracht,
  meldingen,
  vertrouwensdossiers,
  klacht,
  kwaliteitsonderzoek,
  bestuursonderzoek,
  handmatigeAnalyse,
];
