import type { Sector } from '@inspectorate/contracts';
import { RuleViolationError } from '@inspectorate/http';
import type { EntityDoc } from '../domain/entities';
import type { ImportReport } from '../domain/report';

export interface ImportOptions {
  fileName?: string;
  /** Sector of every row, for lists without a sector column. */
  sector?: Sector;
  /**
   * The file is DUO's complete list (the default, as DUO publishes them):
   * open entities of the covered sectors that are not in it get closed.
   * False for a partial file: nothing is closed.
   */
  complete?: boolean;
  /** Progress for the CLI: rows planned and written so far, per phase. */
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

/** How an import is applied: in the foreground (the CLI) or in the background (ImportQueue). */
export interface ApplyOptions {
  onProgress?: ImportOptions['onProgress'];
  /** Aborted when this replica lost the import lease: stop between batches. */
  signal?: AbortSignal;
  /** Whether an error may pass (a database outage): then the import stays running, to be picked up again. */
  retry?: (error: unknown) => boolean;
  /** After each batch: an upload's progress and board changes stored for the client that polls. */
  checkpoint?: (report: ImportReport) => Promise<void>;
}

/** The report of an import that ran: thrown as ImportRefused or an Error when it did not complete. */
export function finished(report: ImportReport): ImportReport {
  if (report.status === 'refused') throw new ImportRefused(report);
  if (report.status === 'failed') throw new Error(`import failed: ${report.failure}`);
  return report;
}

/** The share of a scope's open entities one complete list may close (REGISTRY_MAX_CLOSE_SHARE). */
export const MAX_CLOSE_SHARE = Symbol('registry:max-close-share');

/**
 * A complete list that would close (nearly) everything it covers: refused as
 * a whole before anything is written. `report` is stored with status refused.
 */
export class ImportRefused extends RuleViolationError {
  constructor(readonly report: ImportReport) {
    super(`import refused: ${report.failure}`, {
      code: 'import-refused',
      extensions: { report },
    });
  }
}

/**
 * What was read before a batch is planned. `whole`: `read` holds every open
 * entity of the scope a complete list covers, so a key it lacks is new,
 * closed, or open outside that scope. Such keys are planned as new without
 * reading them, so a cold import makes no read per batch of 1,000 (each was
 * a round trip that found nothing); the few that exist collide on their
 * key, and are read and planned again like any write that did not land.
 * A partial list (no scope read) still reads each batch's keys.
 */
export interface Known {
  read: Map<string, EntityDoc>;
  whole: boolean;
}
