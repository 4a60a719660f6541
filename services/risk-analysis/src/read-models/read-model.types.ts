/** Read models of other services' events: what a run needs of them, nothing more. */

export interface BoardDoc {
  _id: string;
  revision: number;
  naam: string;
  status: 'open' | 'closed';
  gemeente: string | null;
  /** When it closed (the registry's closedOn); absent in documents from before it was kept. */
  closedOn?: string | null;
}

export interface VestigingDoc {
  _id: string;
  revision: number;
  brin: string;
  bevoegdGezag: string;
  naam: string;
  sector: string;
  gemeente: string | null;
  /** The registry's provincie; null or absent when its events carried none. */
  provincie?: string | null;
  status: 'open' | 'closed';
  /** When it closed (the registry's closedOn); absent in documents from before it was kept. */
  closedOn?: string | null;
}

/** The latest revision of a vestiging's monitoring submission, per schooljaar (`code|schooljaar`). */
export interface SubmissionDoc {
  _id: string;
  revision: number;
  vestiging: string;
  schooljaar: string;
  late: boolean;
  shareFeelingSafe: number | null;
}

/** monitoring-intake's SubmissionMissing, per vestiging and schooljaar (`code|schooljaar`). */
export interface MissingDoc {
  _id: string;
  vestiging: string;
  schooljaar: string;
}

/** A herstelopdracht's outcome, per case. */
export interface HerstelDoc {
  _id: string;
  brin: string;
  vestiging: string | null;
  outcome: 'voldaan' | 'niet-voldaan';
  decidedOn: string;
}

/** casework's MeldingRegistered: a signal about a school, per case. */
export interface MeldingDoc {
  _id: string;
  brin: string;
  vestiging: string | null;
  receivedOn: string;
}

/**
 * casework's VertrouwensdossiersCounted, per school and month
 * (`brin|YYYY-MM`): the published number (every count of at least 5, and
 * the pool of the small ones when it reaches 5) and whether some dossiers
 * stayed unpublished (fewer than 5: unknown, never 0).
 */
export interface VertrouwensDoc {
  _id: string;
  brin: string;
  month: string;
  published: number;
  suppressed: boolean;
}

/** casework's RapportVastgesteld: the eindoordeel of a kwaliteitsonderzoek, per case. */
export interface RapportDoc {
  _id: string;
  brin: string;
  vestiging: string | null;
  eindoordeel: 'Zeer zwak' | 'Onvoldoende' | 'Voldoende' | 'Goed';
  vastgesteldOp: string;
  /** Standards judged Onvoldoende. */
  onvoldoende: number;
}

/**
 * An investigation casework opened (CaseOpened of an onderzoek case type),
 * per case, and when its case closed: the sko leaves out schools
 * investigated in the last 12 months, and a Zeer zwak school stays under
 * verscherpt toezicht until its case closes.
 */
export interface OnderzoekDoc {
  _id: string;
  brin: string | null;
  vestiging: string | null;
  openedOn: string;
  closedOn?: string;
}
