import { Injectable } from '@nestjs/common';
import { CaseRuleError } from '../../engine/case';

/**
 * The onderzoekskader as versioned, dated data per sector (DOMAIN.md, seed
 * 001): which standards a kwaliteitsonderzoek judges, with their codes. The
 * code never names a standard; it reads them from here, so a new kader (the
 * one expected in August 2027) is a new entry, and running investigations
 * keep the version they were opened with.
 */
export interface Standaard {
  code: string;
  naam: string;
  kwaliteitsgebied: string;
  /** The statutory requirement behind the standard, where the kader records one (for a herstelopdracht). */
  wettelijkeGrondslag: string | null;
}

export interface Onderzoekskader {
  /** `<year>-<sector>-v<version>`, e.g. `2021-po-v2`. */
  id: string;
  naam: string;
  sector: string;
  version: number;
  /** The first day the version applies (inclusive), and the day it stops applying (exclusive) or null. */
  validFrom: string;
  validUntil: string | null;
  standaarden: Standaard[];
}

/**
 * The statutory requirement (deugdelijkheidseis) behind a standard, per
 * sector's law: WPO for po, WEC for so and vso, WVO 2020 for vo. Filled in
 * where the kader ties the standard to an article we have checked; a
 * standard without one here (an eigen aspect van kwaliteit such as OR3, or
 * an article not yet entered for that law) has none, and vaststellen asks
 * the inspecteur for the basis of a herstelopdracht on it (`legalBasis`).
 * Check against the kader's published overview of wettelijke vereisten
 * before relying on it in production.
 */
const GRONDSLAG: Record<string, Record<string, string>> = {
  po: {
    OP0: 'artikelen 8 en 9 Wet op het primair onderwijs',
    OP1: 'artikelen 8 en 9 Wet op het primair onderwijs',
    OP2: 'artikel 8, eerste lid, Wet op het primair onderwijs',
    OP3: 'artikel 8, eerste lid, Wet op het primair onderwijs',
    OP4: 'artikelen 8, eerste lid, en 40a Wet op het primair onderwijs',
    OP8: 'artikel 9b Wet op het primair onderwijs',
    VS1: 'artikel 4c Wet op het primair onderwijs',
    VS2: 'artikel 8, derde lid, Wet op het primair onderwijs',
    OR1: 'artikel 10 Wet op het primair onderwijs',
    OR2: 'artikel 8, derde lid, Wet op het primair onderwijs',
    SKA1: 'artikelen 10 en 12 Wet op het primair onderwijs',
    SKA2: 'artikel 10 Wet op het primair onderwijs',
    SKA3: 'artikelen 10 en 13 Wet op het primair onderwijs',
  },
  so: { VS1: 'artikel 4a Wet op de expertisecentra' },
  vso: { VS1: 'artikel 4a Wet op de expertisecentra' },
  vo: { VS1: 'artikel 3.40 Wet voortgezet onderwijs 2020' },
  // The board standards span sectors (a board's law depends on its schools): given at vaststellen.
};

const standaard =
  (sector: string) =>
  (code: string, naam: string, kwaliteitsgebied: string): Standaard => ({
    code,
    naam,
    kwaliteitsgebied,
    wettelijkeGrondslag: GRONDSLAG[sector]?.[code] ?? null,
  });

/** The school standards of the 2021 kader (OP, VS, OR, SKA) for a sector. */
const kader2021 = (sector: string) => {
  const s = standaard(sector);
  return [
    s('OP1', 'Aanbod', 'Onderwijsproces'),
    s('OP2', 'Zicht op ontwikkeling en begeleiding', 'Onderwijsproces'),
    s('OP3', 'Didactisch handelen', 'Onderwijsproces'),
    s('OP4', '(Extra) ondersteuning', 'Onderwijsproces'),
    s('OP6', 'Samenwerking', 'Onderwijsproces'),
    s('OP8', 'Toetsing en afsluiting', 'Onderwijsproces'),
    s('VS1', 'Veiligheid', 'Veiligheid en schoolklimaat'),
    s('VS2', 'Pedagogisch klimaat', 'Veiligheid en schoolklimaat'),
    s('OR1', 'Resultaten', 'Onderwijsresultaten'),
    s('OR2', 'Sociale en maatschappelijke competenties', 'Onderwijsresultaten'),
    s('OR3', 'Vervolgsucces', 'Onderwijsresultaten'),
    s('SKA1', 'Visie, ambities en doelen', 'Sturen, kwaliteitszorg en ambitie'),
    s('SKA2', 'Uitvoering en kwaliteitscultuur', 'Sturen, kwaliteitszorg en ambitie'),
    s('SKA3', 'Evaluatie, verantwoording en dialoog', 'Sturen, kwaliteitszorg en ambitie'),
  ];
};
/** Since 1 August 2025 OP0 Basisvaardigheden is judged too. */
const op0 = (sector: string) => standaard(sector)('OP0', 'Basisvaardigheden', 'Onderwijsproces');

/**
 * The mbo kader: an mbo instelling is judged as a whole (its opleidingen
 * through samples), on standards of its own: onderwijstijd, beroepspraktijkvorming
 * and diplomering in the onderwijsproces, studiesucces instead of resultaten,
 * and kwaliteitszorg at the instelling (KA). No OP0: Basisvaardigheden is a
 * standard of the funderend onderwijs. The legal basis (WEB) is not entered
 * yet, so a herstelopdracht names it at vaststellen; check the codes against
 * the published mbo kader before relying on them in production.
 */
const kaderMbo = () => {
  const s = standaard('mbo');
  return [
    s('OP1', 'Onderwijsprogramma', 'Onderwijsproces'),
    s('OP2', 'Zicht op ontwikkeling en begeleiding', 'Onderwijsproces'),
    s('OP3', 'Pedagogisch en didactisch handelen', 'Onderwijsproces'),
    s('OP4', '(Extra) ondersteuning', 'Onderwijsproces'),
    s('OP5', 'Onderwijstijd', 'Onderwijsproces'),
    s('OP6', 'Samenwerking met het beroepenveld', 'Onderwijsproces'),
    s('OP7', 'Beroepspraktijkvorming', 'Onderwijsproces'),
    s('OP8', 'Toetsing en diplomering', 'Onderwijsproces'),
    s('VS1', 'Veiligheid', 'Veiligheid en leerklimaat'),
    s('VS2', 'Pedagogisch klimaat', 'Veiligheid en leerklimaat'),
    s('SR1', 'Studiesucces', 'Studiesucces'),
    s('SR2', 'Vervolgsucces', 'Studiesucces'),
    s('KA1', 'Kwaliteitszorg', 'Kwaliteitszorg en ambitie'),
    s('KA2', 'Kwaliteitscultuur', 'Kwaliteitszorg en ambitie'),
    s('KA3', 'Verantwoording en dialoog', 'Kwaliteitszorg en ambitie'),
  ];
};

/**
 * The board standards of the 2021 kader, for a bestuursonderzoek (DOMAIN.md:
 * is the board's steering on quality in order, is its financial management
 * sound): besturing, kwaliteitszorg en ambitie (BKA) and financieel beheer
 * (FB). The FB standards were missing until the check of issue 13 against
 * its text: a board's finances could not be judged. Added to version 1, not
 * as a new version: the kader always had them, and a running
 * bestuursonderzoek judged on BKA alone keeps its judgments (codes are
 * checked against the kader, none was taken away).
 */
const BKA_2021 = [
  standaard('bestuur')('BKA1', 'Visie, ambities en doelen', 'Besturen, kwaliteitszorg en ambitie'),
  standaard('bestuur')(
    'BKA2',
    'Uitvoering en kwaliteitscultuur',
    'Besturen, kwaliteitszorg en ambitie',
  ),
  standaard('bestuur')(
    'BKA3',
    'Evaluatie, verantwoording en dialoog',
    'Besturen, kwaliteitszorg en ambitie',
  ),
  standaard('bestuur')('FB1', 'Continuïteit', 'Financieel beheer'),
  standaard('bestuur')('FB2', 'Doelmatigheid', 'Financieel beheer'),
  standaard('bestuur')('FB3', 'Rechtmatigheid', 'Financieel beheer'),
];

export const DEFAULT_KADERS: Onderzoekskader[] = [
  ...['po', 'so', 'vso', 'vo'].flatMap((sector) => [
    {
      id: `2021-${sector}-v1`,
      naam: `Onderzoekskader 2021 ${sector}`,
      sector,
      version: 1,
      validFrom: '2021-08-01',
      validUntil: '2025-08-01',
      standaarden: kader2021(sector),
    },
    {
      id: `2021-${sector}-v2`,
      naam: `Onderzoekskader 2021 ${sector}, met Basisvaardigheden`,
      sector,
      version: 2,
      validFrom: '2025-08-01',
      validUntil: null,
      standaarden: [op0(sector), ...kader2021(sector)],
    },
  ]),
  {
    id: '2021-mbo-v1',
    naam: 'Onderzoekskader 2021 mbo',
    sector: 'mbo',
    version: 1,
    validFrom: '2021-08-01',
    validUntil: null,
    standaarden: kaderMbo(),
  },
  {
    id: '2021-bestuur-v1',
    naam: 'Onderzoekskader 2021, besturen',
    sector: 'bestuur',
    version: 1,
    validFrom: '2021-08-01',
    validUntil: null,
    standaarden: BKA_2021,
  },
];

/** The kaders casework knows; the defaults until the inspectorate's own are loaded. */
@Injectable()
export class KaderCatalogue {
  constructor(private readonly kaders: readonly Onderzoekskader[] = DEFAULT_KADERS) {}

  /** The version for a sector that applies on a day. */
  forSector(sector: string, on: string): Onderzoekskader {
    const found = this.kaders.find(
      (k) =>
        k.sector === sector && k.validFrom <= on && (k.validUntil === null || on < k.validUntil),
    );
    if (!found)
      throw new CaseRuleError(
        `there is no onderzoekskader for sector '${sector}' on ${on} (known: ${[...new Set(this.kaders.map((k) => k.sector))].join(', ')})`,
        422,
      );
    return found;
  }

  byId(id: string): Onderzoekskader {
    const found = this.kaders.find((k) => k.id === id);
    if (!found) throw new CaseRuleError(`there is no onderzoekskader ${id}`, 422);
    return found;
  }

  all(): readonly Onderzoekskader[] {
    return this.kaders;
  }
}
