import { encodeWindows1252 } from '@inspectorate/duo';

/**
 * Generates DUO-format lists for tests, the benchmark and the demo, when the
 * real files are not in ../shared/data/. Faithful to the format the import
 * must survive: Windows-1252 bytes, ';'-separated, CRLF, a header row, names
 * with é/ë/ü/’ (so a wrong decoding shows), masked counts (`<5`, `x`, `-1`),
 * and both generations of column names (`INSTELLINGSCODE` + six-character
 * `VESTIGINGSCODE`, or the older `BRIN NUMMER` + two-digit
 * `VESTIGINGSNUMMER`). Deterministic for a given seed.
 */

export interface GeneratedBoard {
  nummer: string;
  naam: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  gemeenteNummer: string;
  gemeenteNaam: string;
  denominatie: string;
}

export interface GeneratedVestiging {
  provincie: string;
  board: string;
  brin: string;
  vestigingsnummer: string;
  instellingsnaam: string;
  vestigingsnaam: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  gemeenteNummer: string;
  gemeenteNaam: string;
  denominatie: string;
  onderwijsstructuur: string;
  /** As the file writes it: PO, VO (current) or Basisonderwijs, ... (old). */
  sector: 'po' | 'vo';
  /** Pupil count as DUO writes it, masked ones included. */
  leerlingen: string;
}

export interface GeneratedLists {
  boards: GeneratedBoard[];
  vestigingen: GeneratedVestiging[];
}

export interface GenerateOptions {
  seed?: number;
  boards: number;
  /** Vestigingen per sector (approximate: whole schools are generated). */
  po: number;
  vo: number;
}

/** Small deterministic PRNG (mulberry32), so a seed gives the same lists everywhere (and the chaos run the same faults). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GEMEENTEN: [string, string, string][] = [
  ['0363', 'Amsterdam', 'Noord-Holland'],
  ['0599', 'Rotterdam', 'Zuid-Holland'],
  ['0518', "'s-Gravenhage", 'Zuid-Holland'],
  ['0344', 'Utrecht', 'Utrecht'],
  ['0014', 'Groningen', 'Groningen'],
  ['0772', 'Eindhoven', 'Noord-Brabant'],
  ['0193', 'Zwolle', 'Overijssel'],
  ['0935', 'Maastricht', 'Limburg'],
  ['0080', 'Leeuwarden', 'Fryslân'],
  ['1900', 'Súdwest-Fryslân', 'Fryslân'],
  ['0820', 'Nuenen, Gerwen en Nederwetten', 'Noord-Brabant'],
  ['0164', 'Hengelo', 'Overijssel'],
];
const NAMES = [
  'De Regenboog',
  'Mariënburg',
  'Sint-Michaël',
  'De Brücke',
  '’t Startpunt',
  'Het Baken',
  'Comenius',
  'De Wegwijzer',
  'Prinses Beatrix',
  'Het Noordermeer',
  'De Kievit',
  'Triënde',
  'Eikenhorst',
  'De Zonnewijzer',
  'Kardinaal Alfrink',
  'Café de Leeuw',
];
const STREETS = ['Schoolstraat', 'Kerkweg', 'Dorpsstraat', 'Händelstraat', 'Noördlaan', 'Plein'];
const DENOMINATIES = [
  'Openbaar',
  'Rooms-Katholiek',
  'Protestants-Christelijk',
  'Algemeen bijzonder',
  'Islamitisch',
  'Reformatorisch',
];
const VO_STRUCTUREN = [
  'VWO/HAVO/VMBO-GT',
  'HAVO/VWO',
  'VMBO-B/VMBO-K/VMBO-GT',
  'VMBO',
  'PRO',
  'VWO',
  'VMBO-(G)T/HAVO',
];
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRTVWXZ';

/** BRIN number i (0-based): two digits, two letters; 67,600 distinct codes. */
export function brinOf(i: number): string {
  const digits = String(i % 100).padStart(2, '0');
  const n = Math.floor(i / 100);
  return `${digits}${String.fromCharCode(65 + (Math.floor(n / 26) % 26))}${String.fromCharCode(65 + (n % 26))}`;
}

export function generateDuoLists(options: GenerateOptions): GeneratedLists {
  const rnd = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const postcode = () =>
    `${1000 + Math.floor(rnd() * 9000)}${pick([...POSTCODE_LETTERS])}${pick([...POSTCODE_LETTERS])}`;
  const huisnummer = () =>
    `${1 + Math.floor(rnd() * 250)}${rnd() < 0.15 ? pick(['a', 'b', ' bis', '-14', 'A']) : ''}`;

  const boards: GeneratedBoard[] = [];
  for (let i = 0; i < options.boards; i++) {
    const [gemeenteNummer, gemeenteNaam] = pick(GEMEENTEN);
    boards.push({
      nummer: String(10000 + i * 7),
      naam: `Stichting ${pick(NAMES)} ${gemeenteNaam} ${i}`,
      straat: pick(STREETS),
      huisnummer: huisnummer(),
      postcode: postcode(),
      plaats: gemeenteNaam,
      gemeenteNummer,
      gemeenteNaam,
      denominatie: pick(DENOMINATIES),
    });
  }

  const vestigingen: GeneratedVestiging[] = [];
  let school = 0;
  const addSchools = (sector: 'po' | 'vo', target: number) => {
    let made = 0;
    while (made < target) {
      const brin = brinOf(school);
      const board = boards[school % Math.max(1, boards.length)];
      school += 1;
      const count = Math.min(
        target - made,
        sector === 'po' ? (rnd() < 0.1 ? 2 : 1) : 1 + Math.floor(rnd() * 3),
      );
      const instellingsnaam = `${sector === 'po' ? 'Basisschool' : 'Scholengemeenschap'} ${pick(NAMES)}`;
      const [gemeenteNummer, gemeenteNaam, provincie] = pick(GEMEENTEN);
      for (let v = 0; v < count; v++) {
        const counted = 20 + Math.floor(rnd() * 1200);
        vestigingen.push({
          provincie,
          board: board?.nummer ?? '10000',
          brin,
          vestigingsnummer: String(v).padStart(2, '0'),
          instellingsnaam,
          vestigingsnaam: v === 0 ? instellingsnaam : `${instellingsnaam} locatie ${pick(NAMES)}`,
          straat: pick(STREETS),
          huisnummer: huisnummer(),
          postcode: postcode(),
          plaats: gemeenteNaam,
          gemeenteNummer,
          gemeenteNaam,
          denominatie: board?.denominatie ?? 'Openbaar',
          onderwijsstructuur: sector === 'vo' ? pick(VO_STRUCTUREN) : '',
          sector,
          leerlingen: rnd() < 0.05 ? pick(['<5', 'x', '-1']) : String(counted),
        });
        made += 1;
      }
    }
  };
  addSchools('po', options.po);
  addSchools('vo', options.vo);
  return { boards, vestigingen };
}

export type ColumnVariant = 'current' | 'old';

function csvCell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function render(header: string[], rows: string[][]): Buffer {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(';'));
  return encodeWindows1252(`${lines.join('\r\n')}\r\n`);
}

/** A vestigingen list ("adressen alle vestigingen") in DUO's format, as Windows-1252 bytes. */
export function renderVestigingenList(
  vestigingen: readonly GeneratedVestiging[],
  variant: ColumnVariant = 'current',
): Buffer {
  if (variant === 'old') {
    const header = [
      'PROVINCIE',
      'BEVOEGD GEZAG NUMMER',
      'BRIN NUMMER',
      'VESTIGINGSNUMMER',
      'VESTIGINGSNAAM',
      'STRAATNAAM',
      'HUISNUMMER-TOEVOEGING',
      'POSTCODE',
      'PLAATSNAAM',
      'GEMEENTENUMMER',
      'GEMEENTENAAM',
      'DENOMINATIE',
      'ONDERWIJSSTRUCTUUR',
      'SECTOR',
      'AANTAL LEERLINGEN',
    ];
    return render(
      header,
      vestigingen.map((v) => [
        v.provincie,
        v.board,
        v.brin,
        String(Number(v.vestigingsnummer)), // older files drop the leading zero
        v.vestigingsnaam,
        v.straat,
        v.huisnummer,
        v.postcode,
        v.plaats,
        String(Number(v.gemeenteNummer)),
        v.gemeenteNaam,
        v.denominatie,
        v.onderwijsstructuur,
        v.sector === 'po' ? 'Basisonderwijs' : 'Voortgezet onderwijs',
        v.leerlingen,
      ]),
    );
  }
  const header = [
    'PROVINCIE',
    'BEVOEGD GEZAG NUMMER',
    'INSTELLINGSCODE',
    'VESTIGINGSCODE',
    'INSTELLINGSNAAM',
    'VESTIGINGSNAAM',
    'STRAATNAAM',
    'HUISNUMMER-TOEVOEGING',
    'POSTCODE',
    'PLAATSNAAM',
    'GEMEENTENUMMER',
    'GEMEENTENAAM',
    'DENOMINATIE',
    'TELEFOONNUMMER',
    'INTERNETADRES',
    'ONDERWIJSSTRUCTUUR',
    'SECTOR',
    'AANTAL LEERLINGEN',
  ];
  return render(
    header,
    vestigingen.map((v) => [
      v.provincie,
      v.board,
      v.brin,
      `${v.brin}${v.vestigingsnummer}`,
      v.instellingsnaam,
      v.vestigingsnaam,
      v.straat,
      v.huisnummer,
      v.postcode,
      v.plaats,
      v.gemeenteNummer,
      v.gemeenteNaam,
      v.denominatie,
      '030-1234567',
      `www.${v.brin.toLowerCase()}.nl`,
      v.onderwijsstructuur,
      v.sector.toUpperCase(),
      v.leerlingen,
    ]),
  );
}

/** A boards list ("adressen bevoegde gezagen") in DUO's format, as Windows-1252 bytes. */
export function renderBoardsList(boards: readonly GeneratedBoard[]): Buffer {
  return render(
    [
      'BEVOEGD GEZAG NUMMER',
      'BEVOEGD GEZAG NAAM',
      'STRAATNAAM',
      'HUISNUMMER-TOEVOEGING',
      'POSTCODE',
      'PLAATSNAAM',
      'GEMEENTENUMMER',
      'GEMEENTENAAM',
      'DENOMINATIE',
      'TELEFOONNUMMER',
    ],
    boards.map((b) => [
      b.nummer,
      b.naam,
      b.straat,
      b.huisnummer,
      b.postcode,
      b.plaats,
      b.gemeenteNummer,
      b.gemeenteNaam,
      b.denominatie,
      '030-7654321',
    ]),
  );
}
