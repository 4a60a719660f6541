import { RapportVastgesteld, type RapportVastgesteldData } from '@inspectorate/contracts';
import { withRequestActor } from '../../engine/persons';
import { newTestEngine } from '../../engine/testing/fakes';
import { KwaliteitsonderzoekFlow } from './flow';
import { KaderCatalogue } from './kader';
import { OpenKwaliteitsonderzoek } from './open.usecase';
import { KwaliteitsRapport } from './report.usecase';
import { SchoolDirectory, type VestigingFacts } from './schools';
import { tokenPerson as person } from '../../engine/testing/token-person';

class OneSchool extends SchoolDirectory {
  async vestiging(code: string): Promise<VestigingFacts | null> {
    return {
      vestigingCode: code,
      name: 'De Schakel',
      brin: code.slice(0, 4),
      bevoegdGezagNummer: '41234',
      boardName: 'Stichting De Schakel',
      schoolName: 'De Schakel',
      sector: 'po',
    };
  }
}

describe('RapportVastgesteld names the persons known to the case (for the personal-data gate)', () => {
  it("puts the names of the inspecteur and coordinator who acted into RapportVastgesteld's knownPersons", async () => {
    const t = newTestEngine([new KwaliteitsonderzoekFlow()], { now: '2026-09-14T09:00:00Z' });
    const kaders = new KaderCatalogue();
    const opener = new OpenKwaliteitsonderzoek(t.engine, new OneSchool(), kaders, t.clock);
    const rapport = new KwaliteitsRapport(t.engine, kaders);
    const coordinator = person('coord', 'Carla Coördinator', ['coordinator']);
    const inspecteur = person('fdijkstra', 'Femke Dijkstra', ['inspecteur']);
    const { caseId } = await withRequestActor(
      () => coordinator,
      () =>
        opener.open({ vestigingCode: '12AB00', aanleiding: 'risico', reason: 'r' }, 'coord', 'k1'),
    );
    await withRequestActor(
      () => inspecteur,
      async () => {
        await rapport.judge(
          caseId,
          [{ afdeling: null, standaard: 'VS1', oordeel: 'Voldoende' }],
          'fdijkstra',
        );
        await rapport.concept(caseId, { eindoordeel: 'Voldoende', paragraphs: [] }, 'fdijkstra');
      },
    );
    // A step by the system (no request) adds no one.
    await rapport.adopt(caseId, { paragraphs: ['Besproken met Femke Dijkstra.'] }, 'fdijkstra');
    const [event] = t.repository.published
      .filter((e) => e.event.type === RapportVastgesteld.type)
      .map((e) => e.event.data) as RapportVastgesteldData[];
    expect(event!.knownPersons).toEqual([
      { role: 'overig', name: 'Carla Coördinator' },
      { role: 'inspecteur', name: 'Femke Dijkstra' },
    ]);
    // The case keeps them beside the user names its records use.
    expect((await t.repository.get(caseId))!.persons).toEqual([
      { username: 'coord', name: 'Carla Coördinator', role: 'overig' },
      { username: 'fdijkstra', name: 'Femke Dijkstra', role: 'inspecteur' },
    ]);
  });
});
