import { MeldingRegistered, SendLetter } from '@inspectorate/contracts';
import { type MeldingInput, meldingProblems } from './melding';
import { newMeldingen } from './testing';

const klantcontact = { id: 'kc-1', name: 'K. Contact' };

function melding(over: Partial<MeldingInput> = {}): MeldingInput {
  return {
    channel: 'telefoon',
    receivedAt: '2026-03-10T08:30:00+01:00',
    reporter: { kind: 'ouder', contact: { name: 'P. de Boer', email: 'ouder@example.org' } },
    school: { vestigingCode: '12AB00' },
    category: 'onderwijskwaliteit',
    text: 'Er vallen al weken lessen uit in groep 5.',
    ...over,
  };
}

describe('meldingen: the rules across fields', () => {
  const now = new Date('2026-03-10T09:00:00Z');

  it('accepts a complete melding', () => {
    expect(meldingProblems(melding(), now)).toEqual([]);
  });

  it('names each problem and where it is', () => {
    const problems = meldingProblems(
      melding({
        receivedAt: '2026-03-11T09:00:00Z',
        reporter: { kind: 'anoniem', contact: { name: 'X' } },
        school: { brin: '34CD', vestigingCode: '12AB00' },
      }),
      now,
    );
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['/receivedAt', 'lies in the future (now is 2026-03-10T09:00:00.000Z)'],
      [
        '/reporter/contact',
        expect.stringContaining('an anonymous reporter leaves no contact details'),
      ],
      ['/reporter/contact', expect.stringContaining('give an e-mail address or a phone number')],
      ['/school/vestigingCode', '12AB00 is not a vestiging of school 34CD'],
    ]);
    expect(meldingProblems(melding({ school: {} }), now)).toEqual([
      { in: 'body', path: '/school', message: 'name the school: brin, vestigingCode or both' },
    ]);
  });
});

describe('meldingen: registration', () => {
  it('registers a signal on the school: a closed melding case, MeldingRegistered without reporter or text, an acknowledgement to the reporter', async () => {
    const t = newMeldingen();
    const answer = await t.register.execute(melding(), klantcontact);
    expect(answer).toEqual({
      outcome: 'signaal',
      caseId: expect.any(String),
      acknowledgement: 'mail',
    });
    const c = (await t.repository.get((answer as { caseId: string }).caseId))!;
    expect(c).toMatchObject({
      caseType: { code: 'melding' },
      status: 'afgehandeld',
      result: 'geregistreerd',
      subject: {
        kind: 'vestiging',
        brin: '12AB',
        vestigingCode: '12AB00',
        bevoegdGezagNummer: '41234',
      },
      facts: { channel: 'telefoon', category: 'onderwijskwaliteit', reporterKind: 'ouder' },
      documents: [{ paragraphs: ['Er vallen al weken lessen uit in groep 5.'] }],
    });
    const registered = t.repository.published.filter((e) => e.definition === MeldingRegistered);
    expect(registered.map((e) => e.event.data)).toEqual([
      {
        caseId: c._id,
        brin: '12AB',
        vestigingCode: '12AB00',
        category: 'onderwijskwaliteit',
        receivedOn: '2026-03-10',
      },
    ]);
    const letter = t.repository.published.find((e) => e.definition === SendLetter)!.event.data as {
      placeholders: Record<string, string>;
    };
    expect(letter).toMatchObject({
      template: 'melding-ontvangstbevestiging',
      addressee: { name: 'P. de Boer', addressLines: [], email: 'ouder@example.org' },
      bevoegdGezagNummer: null,
      afschriftAanDirectie: false,
      placeholders: { schoolnaam: 'De Schakel, locatie Noord', datum_ontvangst: '10 maart 2026' },
    });
    expect(JSON.stringify(letter.placeholders)).not.toContain('groep 5');
  });

  it('sends no acknowledgement without an e-mail address', async () => {
    const t = newMeldingen();
    const answer = await t.register.execute(
      melding({ reporter: { kind: 'anoniem' }, school: { brin: '12AB' } }),
      klantcontact,
    );
    expect(answer).toMatchObject({ outcome: 'signaal', acknowledgement: 'none' });
    expect(t.repository.published.some((e) => e.definition === SendLetter)).toBe(false);
  });

  it('sends a social-safety melding to the vertrouwensinspecteurs as a sealed dossier, with no case and no event', async () => {
    const t = newMeldingen();
    const answer = await t.register.execute(
      melding({
        category: 'discriminatie',
        text: 'Mijn zoon wordt uitgescholden om zijn afkomst.',
      }),
      klantcontact,
    );
    expect(answer).toEqual({ outcome: 'vertrouwensdossier', queue: 'vertrouwensinspecteurs' });
    expect(t.repository.published).toEqual([]);
    const [stored] = t.v.stores.dossiers.all();
    expect(stored).toMatchObject({
      brin: '12AB',
      vestigingCode: '12AB00',
      category: 'discriminatie',
    });
    expect(JSON.stringify(stored)).not.toMatch(/afkomst|de Boer|ouder@example/);
  });

  it('refuses a school the registry does not know, naming it', async () => {
    const t = newMeldingen();
    await expect(
      t.register.execute(melding({ school: { brin: '99ZZ' } }), klantcontact),
    ).rejects.toThrow('school.brin: school 99ZZ is not known in the registry');
    await expect(
      t.register.execute(melding({ school: { vestigingCode: '12AB07' } }), klantcontact),
    ).rejects.toThrow('school.vestigingCode: vestiging 12AB07 is not known in the registry');
  });
});
