import type { IsoDate } from '@inspectorate/scheduling';

/** Service settings from config, injectable as INTAKE_SETTINGS. */
export interface IntakeSettings {
  sectors: readonly string[];
  minOpenDays: number;
  deadlineOverrides: ReadonlyMap<string, IsoDate>;
}

export const INTAKE_SETTINGS = Symbol('monitoring-intake:settings');

/** Largest bulk delivery, in items. */
export const MAX_BULK_ITEMS = 10_000;
/** Largest request body (a full bulk of 10,000 deliveries with group results fits well). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
