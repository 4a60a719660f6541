import { pdfText } from '@inspectorate/testing';
import { composeLetter } from './letter';
import { attachmentPdf, letterPdf } from './pdf';

const textOf = async (pdf: Buffer) => (await pdfText(pdf)).text;

describe('letter PDFs', () => {
  const letter = composeLetter({
    kenmerk: '2026-0000042',
    datum: '23 november 2026',
    rendered: {
      subject: 'Herstelopdracht voldaan: De Eik (12AB00)',
      blocks: [
        { kind: 'paragraph', text: 'Geacht bestuur van Stichting Één,' },
        { kind: 'heading', text: 'Vervolg' },
        { kind: 'paragraph', text: 'U hoeft vóór 1 juli niets meer te doen.' },
      ],
    },
    addressee: ['Stichting Één', 'Dorpsstraat 1', '1234 AB Ergens'],
    inReplyToKenmerk: '2026-0000001',
    signatory: { name: 'ir. R. Pol', role: 'Directeur toezicht voortgezet onderwijs' },
    afschrift: 'een afschrift van deze brief is verzonden aan de directie van De Eik (12AB00).',
    attachments: [{ title: 'Conceptrapport De Eik', paragraphs: ['Bevinding één.'] }],
  });

  it('has the letter text, extractable', async () => {
    const text = await textOf(await letterPdf(letter));
    for (const expected of [
      'Inspectie van het Onderwijs',
      'Stichting Één',
      'Ons kenmerk: 2026-0000042',
      'Eerdere brief: 2026-0000001',
      'Betreft: Herstelopdracht voldaan: De Eik (12AB00)',
      'U hoeft vóór 1 juli niets meer te doen.',
      'ir. R. Pol',
      'NB: een afschrift van deze brief is verzonden aan de directie van De Eik (12AB00).',
      '- Conceptrapport De Eik',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('renders an attachment with its title and paragraphs, the same bytes every time', async () => {
    const a = { title: 'Conceptrapport De Eik', paragraphs: ['Bevinding één.', 'Conclusie twee.'] };
    const pdf = await attachmentPdf(a, '2026-0000042');
    const text = await textOf(pdf);
    expect(text).toContain('Bijlage bij brief met kenmerk 2026-0000042');
    expect(text).toContain('Conclusie twee.');
    expect((await attachmentPdf(a, '2026-0000042')).equals(pdf)).toBe(true);
  });
});
