import { SendLetter, type SendLetterData } from '@inspectorate/contracts';
import { newTestEngine } from '../../engine/testing/fakes';
import { KwaliteitsonderzoekFlow } from './flow';
import { OpenHerstelonderzoek } from './herstelonderzoek.usecase';
import { KaderCatalogue } from './kader';
import { OpenKwaliteitsonderzoek } from './open.usecase';
import { KwaliteitsRapport } from './report.usecase';
import { SchoolDirectory, type VestigingFacts } from './schools';

/**
 * The kwaliteitsonderzoek on in-memory fakes and a scenario clock, for its
 * unit tests: vestigingen of sector vo (codes 20…), mbo (25…) and po (the
 * rest); codes 99… are unknown to the registry.
 */
class FakeSchools extends SchoolDirectory {
  async vestiging(code: string): Promise<VestigingFacts | null> {
    if (code.startsWith('99')) return null;
    return {
      vestigingCode: code,
      name: `De Schakel ${code}`,
      brin: code.slice(0, 4),
      bevoegdGezagNummer: '41234',
      boardName: 'Stichting De Schakel',
      schoolName: 'De Schakel',
      sector: code.startsWith('20') ? 'vo' : code.startsWith('25') ? 'mbo' : 'po',
    };
  }
}

export function setup(now = '2026-09-14T09:00:00Z') {
  const t = newTestEngine([new KwaliteitsonderzoekFlow()], { now });
  const kaders = new KaderCatalogue();
  const opener = new OpenKwaliteitsonderzoek(t.engine, new FakeSchools(), kaders, t.clock);
  const rapport = new KwaliteitsRapport(t.engine, kaders);
  const herstel = new OpenHerstelonderzoek(t.engine, opener);
  const published = (type: string) =>
    t.repository.published.filter((e) => e.event.type === type).map((e) => e.event.data);
  const letters = () => published(SendLetter.type) as SendLetterData[];
  const at = (day: string) => t.clock.set(`${day}T09:00:00Z`);
  return { t, opener, herstel, rapport, published, letters, at };
}
