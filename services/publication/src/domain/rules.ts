import type { ItemKind, PublicationPublishedData } from '@inspectorate/contracts';

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
  type: 'string' | 'date' | 'enum';
  values?: readonly string[];
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
    fields[f.name] = v === undefined ? null : v;
  }
  const report = rule.report ? at(data, rule.report) : null;
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
    report: report
      ? {
          title: (report as { title: string }).title,
          paragraphs: [...(report as { paragraphs: string[] }).paragraphs],
        }
      : null,
  };
}
