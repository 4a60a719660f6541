import { type IsoDate, amsterdamDate, amsterdamMidnight, isValidDate } from './amsterdam';

/** A Dutch school year, 1 August – 31 July, written `2023-2024`. */
export type Schooljaar = `${number}-${number}`;

export interface SchooljaarBounds {
  schooljaar: Schooljaar;
  /** `2023-08-01` */
  firstDay: IsoDate;
  /** `2024-07-31` */
  lastDay: IsoDate;
  /** 1 August 00:00 Amsterdam time. */
  start: Date;
  /** 1 August of the next year 00:00 Amsterdam time: exclusive, so `start <= t < end`. */
  end: Date;
}

export function isValidSchooljaar(value: unknown): value is Schooljaar {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{4})$/.exec(value);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

/**
 * The schooljaar an instant (judged by its Amsterdam calendar date) or a
 * calendar date falls in. 31 July 23:59 Amsterdam time still belongs to the
 * old year, 1 August 00:00 to the new one.
 */
export function schooljaarOf(at: Date | IsoDate): Schooljaar {
  const date = typeof at === 'string' ? at : amsterdamDate(at);
  if (!isValidDate(date))
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(at)}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const startYear = month >= 8 ? year : year - 1;
  return `${startYear}-${startYear + 1}`;
}

export function schooljaarBounds(schooljaar: string): SchooljaarBounds {
  const startYear = startYearOf(schooljaar);
  const firstDay = `${startYear}-08-01`;
  const nextFirstDay = `${startYear + 1}-08-01`;
  return {
    schooljaar: `${startYear}-${startYear + 1}`,
    firstDay,
    lastDay: `${startYear + 1}-07-31`,
    start: amsterdamMidnight(firstDay),
    end: amsterdamMidnight(nextFirstDay),
  };
}

/** The schooljaar `delta` years later (or earlier, when negative). */
export function shiftSchooljaar(schooljaar: string, delta: number): Schooljaar {
  const startYear = startYearOf(schooljaar) + delta;
  return `${startYear}-${startYear + 1}`;
}

function startYearOf(schooljaar: string): number {
  if (!isValidSchooljaar(schooljaar)) {
    throw new RangeError(
      `not a schooljaar (YYYY-YYYY, consecutive years): ${JSON.stringify(schooljaar)}`,
    );
  }
  return Number(schooljaar.slice(0, 4));
}
