import { DEFAULT_TEMPLATES } from './default-templates';
import { formatKenmerk } from './kenmerk';
import { composeLetter, letterPlainText } from './letter';
import {
  TemplateError,
  type TemplateVersion,
  blocksOf,
  renderTemplate,
  templateProblems,
} from './template';

const template = (over: Partial<TemplateVersion> = {}): TemplateVersion => ({
  name: 'proef',
  version: 3,
  description: 'test',
  subject: 'Brief over @Schoolnaam@ (@brin|vest@)',
  body: 'Geacht bestuur,\n\nOver @schoolnaam@\nregel twee.\n\n# Kop\nKenmerk @kenmerk@ van @datum@.',
  placeholders: ['schoolnaam', 'brin|vest'],
  signatory: { name: 'A. Bee', role: 'Directeur' },
  ...over,
});

const system = {
  kenmerk: '2026-0000007',
  datum: '1 juli 2026',
  ondertekenaar: 'A. Bee',
  functie_ondertekenaar: 'Directeur',
};

describe('renderTemplate', () => {
  it('fills every placeholder, case-insensitively, and splits paragraphs and headings', () => {
    const out = renderTemplate(template(), {
      ...system,
      schoolnaam: 'De Linde',
      'brin|vest': '12AB00',
    });
    expect(out.subject).toBe('Brief over De Linde (12AB00)');
    expect(out.blocks).toEqual([
      { kind: 'paragraph', text: 'Geacht bestuur,' },
      { kind: 'paragraph', text: 'Over De Linde regel twee.' },
      { kind: 'heading', text: 'Kop' },
      { kind: 'paragraph', text: 'Kenmerk 2026-0000007 van 1 juli 2026.' },
    ]);
  });

  it.each([
    [{ 'brin|vest': '12AB00' }, ['no value for @schoolnaam@']],
    [{ schoolnaam: '  ', 'brin|vest': '12AB00' }, ['no value for @schoolnaam@']],
    [{}, ['no value for @schoolnaam@', 'no value for @brin|vest@']],
  ])('refuses missing values %j', (values, problems) => {
    let error: unknown;
    try {
      renderTemplate(template(), { ...system, ...values });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).problems).toEqual(problems);
    expect((error as Error).message).toContain("template 'proef' version 3");
  });

  it('refuses a placeholder the template does not know, even when a value is given', () => {
    const t = template({ body: 'Beste @directeur@, over @schoolnaam@.' });
    expect(() =>
      renderTemplate(t, { ...system, schoolnaam: 'X', 'brin|vest': '12AB00', directeur: 'Y' }),
    ).toThrow("@directeur@ is not a placeholder of template 'proef' version 3");
  });

  it('refuses a value that would leave a placeholder in the letter', () => {
    expect(() =>
      renderTemplate(template(), {
        ...system,
        schoolnaam: 'school @kenmerk@',
        'brin|vest': '12AB00',
      }),
    ).toThrow('still contains @kenmerk@');
  });

  it('ignores values the template does not use', () => {
    const out = renderTemplate(template(), {
      ...system,
      schoolnaam: 'S',
      'brin|vest': '12AB00',
      extra: 'x',
    });
    expect(out.subject).toBe('Brief over S (12AB00)');
  });
});

describe('templateProblems', () => {
  it('accepts the defaults', () => {
    for (const [name, content] of Object.entries(DEFAULT_TEMPLATES)) {
      expect([name, templateProblems(content)]).toEqual([name, []]);
    }
  });

  it('names unknown, system and duplicate placeholders and an empty body', () => {
    expect(
      templateProblems({
        ...template(),
        subject: '@onbekend@',
        body: '  \n\n ',
        placeholders: ['kenmerk', 'schoolnaam', 'schoolnaam', 'Hoofd Letter'],
      }),
    ).toEqual([
      "placeholders[0] 'kenmerk' is filled by notifications itself and must not be listed",
      "placeholders[2] 'schoolnaam' is listed twice",
      "placeholders[3] 'Hoofd Letter' is not a placeholder name (lower case letters, digits, _ and |)",
      'subject uses @onbekend@, which is neither listed in placeholders nor one of kenmerk, datum, ondertekenaar, functie_ondertekenaar',
      'body has no text',
    ]);
  });
});

describe('the default letters', () => {
  it.each(Object.keys(DEFAULT_TEMPLATES))('%s renders completely from its placeholders', (name) => {
    const content = DEFAULT_TEMPLATES[name]!;
    const values: Record<string, string> = { ...system };
    for (const p of content.placeholders) values[p] = `«${p}»`;
    const rendered = renderTemplate({ ...content, name, version: 1 }, values);
    const letter = composeLetter({
      kenmerk: formatKenmerk(2026, 7),
      datum: '1 juli 2026',
      rendered,
      addressee: ['Bestuur X'],
      inReplyToKenmerk: null,
      signatory: content.signatory,
      afschrift: null,
      attachments: [],
    });
    const text = letterPlainText(letter);
    for (const p of content.placeholders) expect(text).toContain(`«${p}»`);
    expect(text).not.toMatch(/@[A-Za-z0-9_|]+@/);
  });
});

describe('formatKenmerk', () => {
  it.each([
    [2026, 1, '2026-0000001'],
    [2026, 1234, '2026-0001234'],
    [2027, 12_345_678, '2027-12345678'],
  ])('%i #%i -> %s', (year, seq, expected) => expect(formatKenmerk(year, seq)).toBe(expected));

  it.each([
    [26, 1],
    [2026, 0],
    [2026, 1.5],
  ])('refuses year %i seq %i', (year, seq) =>
    expect(() => formatKenmerk(year, seq)).toThrow(RangeError),
  );
});

describe('blocksOf', () => {
  it('handles CRLF and headings inside a paragraph chunk', () => {
    expect(blocksOf('a\r\nb\r\n# H\r\nc\r\n\r\n\r\nd')).toEqual([
      { kind: 'paragraph', text: 'a b' },
      { kind: 'heading', text: 'H' },
      { kind: 'paragraph', text: 'c' },
      { kind: 'paragraph', text: 'd' },
    ]);
  });
});
