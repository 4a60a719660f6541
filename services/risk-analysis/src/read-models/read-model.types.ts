/** Read models of other services' events: what a run needs of them, nothing more. */

export interface BoardDoc {
  _id: string;
  revision: number;
  naam: string;
  status: 'open' | 'closed';
  gemeente: string | null;
}

export interface VestigingDoc {
  _id: string;
  revision: number;
  brin: string;
  bevoegdGezag: string;
  naam: string;
  sector: string;
  gemeente: string | null;
  status: 'open' | 'closed';
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
