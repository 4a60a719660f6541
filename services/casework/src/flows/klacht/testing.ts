import { SendLetter, type SendLetterData } from '@inspectorate/contracts';
import { newTestEngine } from '../../engine/testing/fakes';
import { KlachtFlow } from './flow';
import { KlachtHandling } from './handling.usecase';
import { KlachtIntake } from './intake.usecase';
import type { Klaagschrift } from './rules';

/**
 * The complaint procedure on in-memory fakes and a scenario clock, for the
 * unit tests of its terms (flow.spec, clock.spec): every branch of the terms
 * of Awb chapter 9 (receipt, completion with the decision term standing
 * still, the 10 weeks, the one adjournment, consent, the term passing).
 */
export function setup(now = '2026-03-02T09:00:00Z') {
  const t = newTestEngine([new KlachtFlow()], { now });
  const intake = new KlachtIntake(t.engine, t.clock);
  const handling = new KlachtHandling(t.engine, t.clock);
  const letters = () =>
    t.repository.published
      .filter((e) => e.event.type === SendLetter.type)
      .map((e) => e.event.data as SendLetterData);
  const doc = (id: string) => t.engine.get(id);
  const due = async (id: string, kind: string) =>
    (await doc(id)).deadlines.find((d) => d.kind === kind)!;
  const at = (day: string) => t.clock.set(`${day}T09:00:00Z`);
  return { t, intake, handling, letters, doc, due, at };
}

export const complete = (over: Partial<Klaagschrift> = {}): Klaagschrift => ({
  receivedOn: '2026-03-02',
  channel: 'post',
  complainant: {
    name: 'Mevrouw A. Jansen',
    addressLines: ['Dorpsstraat 1', '1234 AB  Ergens'],
    email: 'a.jansen@example.nl',
  },
  description: 'De inspecteur heeft mij tijdens het gesprek op 10 februari niet laten uitspreken.',
  datedOn: '2026-02-27',
  signed: true,
  conductOn: '2026-02-10',
  openToObjection: false,
  ...over,
});
