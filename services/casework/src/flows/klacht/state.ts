import type { CaseTypeDefinition } from '../../case-types/case-type';
import { CaseRuleError } from '../../engine/case';
import type { CaseAggregate } from '../../engine/case-aggregate';
import { type Channel, KLACHT, type Klaagschrift } from './rules';

/** The klaagschrift as the case keeps it in its facts (strings; '' for what it lacks). */
export function klaagschriftOf(f: Readonly<Record<string, string>>): Klaagschrift {
  return {
    receivedOn: f['receivedOn']!,
    channel: f['channel'] as Channel,
    complainant: {
      name: f['klagerNaam'] || null,
      addressLines: (f['klagerAdres'] ?? '').split('\n').filter((l) => l.trim() !== ''),
      email: f['klagerEmail'] || null,
    },
    // The text itself is a document of the case; the facts say whether there is one.
    description: f['hasDescription'] === 'ja' ? 'klaagschrift (see the documents)' : null,
    datedOn: f['datedOn'] || null,
    signed: f['signed'] === 'ja',
    conductOn: f['conductOn'] || null,
    openToObjection: f['openToObjection'] === 'ja',
  };
}

/** The routes of this flow refuse a case of another type. */
export function requireKlacht(c: CaseAggregate): void {
  if (c.doc.caseType.code !== KLACHT)
    throw new CaseRuleError(
      `case ${c.id} is a ${c.doc.caseType.code}; this is part of the complaint procedure only`,
      422,
    );
  if (c.ended) throw new CaseRuleError(`complaint ${c.id} has been dealt with (${c.doc.result})`);
}

/** A term of the case type, refusing a type version that lacks it (a catalogue mistake). */
export function termOf(type: CaseTypeDefinition, name: string): string {
  const term = type.terms[name];
  if (!term)
    throw new CaseRuleError(
      `case type ${type.code}@${type.version} has no term '${name}'; add it (PUT /case-types/${type.code})`,
      422,
    );
  return term;
}
