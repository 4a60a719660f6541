/**
 * The safety check of a complete list before anything is written. A complete
 * list closes every open entity of its scope it does not name, so a file that
 * is a DUO list only by its header (garbage rows, a truncated download, the
 * wrong sector) would close the whole registry, and casework acts on every
 * closure. Such a list is refused as a whole instead.
 */

/** What the registry holds in the list's scope, and what the list would close of it. */
export interface CloseScope {
  /** Plural name for the message ("boards", "vestigingen"). */
  what: string;
  open: number;
  wouldClose: number;
}

/** Share of the open entities one complete list may close (REGISTRY_MAX_CLOSE_SHARE). */
export const DEFAULT_MAX_CLOSE_SHARE = 0.1;

/** Why the complete list must be refused, or null when it may be applied. */
export function refuseCompleteList(
  appliedRows: number,
  totalRows: number,
  scopes: readonly CloseScope[],
  maxCloseShare: number,
): string | null {
  if (appliedRows === 0) {
    return `none of the ${totalRows} rows could be applied (see errors), so as a complete list it would close every open entity it covers; nothing was changed`;
  }
  for (const scope of scopes) {
    if (scope.open === 0 || scope.wouldClose / scope.open <= maxCloseShare) continue;
    const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
    return (
      `as a complete list it would close ${scope.wouldClose} of the ${scope.open} open ${scope.what} ` +
      `(${percent(scope.wouldClose / scope.open)}, more than the ${percent(maxCloseShare)} allowed by REGISTRY_MAX_CLOSE_SHARE); ` +
      `${appliedRows} of ${totalRows} rows could be applied. Nothing was changed: check the file, ` +
      `send it with complete=false if it is a partial list, or raise REGISTRY_MAX_CLOSE_SHARE if these really closed`
    );
  }
  return null;
}
