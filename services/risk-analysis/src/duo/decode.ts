// DUO's encodings are read in one place for every service (libs/duo).
export { type DuoEncoding, decodeDuo } from '@inspectorate/duo';
