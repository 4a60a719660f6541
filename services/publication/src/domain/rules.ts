import {
  type ItemKind,
  type PublicationPublishedData,
  RapportVastgesteld,
} from '@inspectorate/contracts';

/**
 * What becomes public, and when, per kind of item: data, not code. A rule
 * names the source event, where in its data each public value comes from
 * (everything else in the event never leaves this service), and when the
 * item is due. The same rules are the open data sets' data dictionary.
 */
export type PublicItem = PublicationPublishedData['item'];
export type FieldName = keyof PublicItem['fields'];

export interface FieldRule {
  name: FieldName;
  /** Path into the event's data (`outcome`, `report.title`). */
  from: string;
  /** `list`: an array of records, each with `keys` (in the open data: a row per element). */
  type: 'string' | 'date' | 'enum' | 'list';
  values?: readonly string[];
  keys?: readonly { name: string; description: string }[];
  description: string;
}

export interface PublicationRule {
  kind: ItemKind;
  dataset: string;
  /** Dataset title and what a row is, for the data dictionary. */
  datasetTitle: string;
  /** The CloudEvents type this rule publishes from. */
  eventType: string;
  /** Item id: `<idPrefix>-<value at idFrom>`. */
  idPrefix: string;
  idFrom: string;
  title: string;
  /** Where the subject keys come from (null: the kind has none). */
  subject: {
    schooljaar: string | null;
    bevoegdGezagNummer: string | null;
    brin: string | null;
    vestigingCode: string | null;
    afdeling: string | null;
  };
  /** The report to publish (its non-personalised version), when the kind has one. */
  report: string | null;
  /** The board's zienswijze published with the report, when the event has one. */
  zienswijze?: string;
  fields: readonly FieldRule[];
  /** Due `afterDays` calendar days after the date at `dateFrom` (Amsterdam). */
  when: { dateFrom: string; afterDays: number; description: string };
}

export const PUBLICATION_RULES: readonly PublicationRule[] = [
  {
    kind: 'herstelopdracht-uitkomst',
    dataset: 'herstelopdrachten',
    datasetTitle:
      'Boards that received the monitoring herstelopdracht, per schooljaar, and whether they met it (one row per order)',
    eventType: 'nl.onderwijsinspectie.casework.herstelopdracht.outcomedetermined.v1',
    idPrefix: 'herstelopdracht',
    idFrom: 'caseId',
    title: 'Herstelopdracht monitoring sociale veiligheid',
    subject: {
      schooljaar: 'schooljaar',
      bevoegdGezagNummer: 'bevoegdGezagNummer',
      brin: 'brin',
      vestigingCode: 'vestigingCode',
      afdeling: null,
    },
    report: 'report',
    fields: [
      {
        name: 'outcome',
        from: 'outcome',
        type: 'enum',
        values: ['voldaan', 'niet-voldaan'],
        description:
          'voldaan: the board met the order before its deadline; niet-voldaan: it did not',
      },
      {
        name: 'decidedOn',
        from: 'decidedOn',
        type: 'date',
        description: 'The day the outcome was determined',
      },
      { name: 'boardName', from: 'boardName', type: 'string', description: 'Name of the board' },
      { name: 'schoolName', from: 'schoolName', type: 'string', description: 'Name of the school' },
    ],
    // The outcome of an order is not an investigation report: it is public as
    // soon as it is determined (the list seed 004 promises).
    when: {
      dateFrom: 'decidedOn',
      afterDays: 0,
      description: 'on the day the outcome is determined',
    },
  },
  {
    kind: 'rapport',
    dataset: 'toezichtresultaten',
    datasetTitle:
      'Toezichtresultaten: the oordelen of kwaliteitsonderzoeken per school, vestiging and (vo) afdeling, with the date and the report (one row per oordeel)',
    eventType: RapportVastgesteld.type,
    idPrefix: 'rapport',
    idFrom: 'caseId',
    title: 'Rapport kwaliteitsonderzoek',
    subject: {
      schooljaar: null,
      bevoegdGezagNummer: 'bevoegdGezagNummer',
      brin: 'brin',
      vestigingCode: 'vestigingCode',
      // A vo report judges several afdelingen: each oordeel carries its own.
      afdeling: null,
    },
    report: 'rapport',
    zienswijze: 'zienswijze',
    fields: [
      {
        name: 'oordeel',
        from: 'eindoordeel',
        type: 'enum',
        values: ['Zeer zwak', 'Onvoldoende', 'Voldoende', 'Goed'],
        description: 'The eindoordeel of the school (or of its afdelingen together)',
      },
      {
        name: 'vastgesteldOn',
        from: 'vastgesteldOp',
        type: 'date',
        description: 'The day the report was vastgesteld',
      },
      { name: 'boardName', from: 'boardName', type: 'string', description: 'Name of the board' },
      { name: 'schoolName', from: 'schoolName', type: 'string', description: 'Name of the school' },
      { name: 'sector', from: 'sector', type: 'string', description: 'po, so, vso or vo' },
      {
        name: 'kader',
        from: 'kader.naam',
        type: 'string',
        description: 'The onderzoekskader the oordelen were given against',
      },
      {
        name: 'oordelen',
        from: 'oordelen',
        type: 'list',
        keys: [
          { name: 'afdeling', description: 'The vo afdeling judged; empty outside vo' },
          { name: 'standaard', description: 'Code of the standard in the kader, e.g. OP3' },
          { name: 'naam', description: 'Name of the standard' },
          {
            name: 'oordeel',
            description: 'Goed, Voldoende, Onvoldoende or niet beoordeeld',
          },
        ],
        description: 'The oordeel per standaard (per afdeling in vo)',
      },
    ],
    // Casework computes the date (the first day of the fifth week after
    // vaststelling) and the event carries it; the leased run publishes on it.
    when: {
      dateFrom: 'publicatiedatum',
      afterDays: 0,
      description:
        'on the publicatiedatum: the first day of the fifth week after vaststelling (vastgesteldOp + 28 days)',
    },
  },
];

export function ruleForEventType(type: string): PublicationRule | undefined {
  return PUBLICATION_RULES.find((r) => r.eventType === type);
}

export function ruleForKind(kind: string): PublicationRule | undefined {
  return PUBLICATION_RULES.find((r) => r.kind === kind);
}

export function ruleForDataset(dataset: string): PublicationRule | undefined {
  return PUBLICATION_RULES.find((r) => r.dataset === dataset);
}

/** The value at a dotted path, or undefined. */
export function at(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The calendar date `days` after `date` (both YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What a rule takes from an event: only the listed values, never the rest of the event. */
export interface Extract {
  itemId: string;
  publishOn: string;
  title: string;
  subject: Pick<
    PublicItem,
    'schooljaar' | 'bevoegdGezagNummer' | 'brin' | 'vestigingCode' | 'afdeling'
  >;
  fields: PublicItem['fields'];
  report: PublicItem['report'];
  zienswijze?: PublicItem['report'];
}

type Text = NonNullable<PublicItem['report']>;
/** Only a title and paragraphs, copied: nothing else of the event comes along. */
const textOf = (value: unknown): Text | null =>
  value
    ? {
        title: (value as Text).title,
        paragraphs: [...(value as Text).paragraphs],
      }
    : null;

/** A list field: of each element only the rule's keys. */
function listOf(rule: FieldRule, value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((element: Record<string, unknown>) =>
    Object.fromEntries((rule.keys ?? []).map((k) => [k.name, element?.[k.name] ?? null])),
  );
}

export function extract(rule: PublicationRule, data: unknown): Extract {
  const str = (path: string | null) => {
    if (path === null) return null;
    const v = at(data, path);
    return typeof v === 'string' ? v : null;
  };
  const date = str(rule.when.dateFrom);
  if (!date) throw new Error(`${rule.kind}: no date at ${rule.when.dateFrom}`);
  const id = str(rule.idFrom);
  if (!id) throw new Error(`${rule.kind}: no id at ${rule.idFrom}`);
  const fields: Record<string, unknown> = {};
  for (const f of rule.fields) {
    const v = at(data, f.from);
    fields[f.name] = f.type === 'list' ? listOf(f, v) : v === undefined ? null : v;
  }
  return {
    itemId: `${rule.idPrefix}-${id.toLowerCase()}`,
    publishOn: addDays(date, rule.when.afterDays),
    title: rule.title,
    subject: {
      schooljaar: str(rule.subject.schooljaar),
      bevoegdGezagNummer: str(rule.subject.bevoegdGezagNummer),
      brin: str(rule.subject.brin),
      vestigingCode: str(rule.subject.vestigingCode),
      afdeling: str(rule.subject.afdeling) as PublicItem['afdeling'],
    },
    fields: fields as PublicItem['fields'],
    report: rule.report ? textOf(at(data, rule.report)) : null,
    ...(rule.zienswijze ? { zienswijze: textOf(at(data, rule.zienswijze)) } : {}),
  };
}
