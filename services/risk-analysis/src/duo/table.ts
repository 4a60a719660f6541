/**
 * DUO's statistics files are read by the shared DUO reader (libs/duo): one
 * TableSpec per list, the header deciding which list it is, bad rows
 * reported with their line numbers. Re-exported here for the specs.
 */
export {
  DuoFileRejected,
  type RowError,
  type TableRead,
  TableReader,
  type TableSpec,
  column,
  missingColumns,
  readTable,
  readTableStream,
  splitRecord,
} from '@inspectorate/duo';
