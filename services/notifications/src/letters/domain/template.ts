/**
 * Letter templates as data, and how they are filled in.
 *
 * A template is text with placeholders in the inspectorate's own style,
 * `@schoolnaam@`, `@brin|vest@`. The template declares which placeholders the
 * requester must supply; a few are filled by notifications itself (the
 * kenmerk, the date, the signer). Rendering refuses a template that uses a
 * placeholder nobody knows, or a value that was not given: no letter may
 * leave with `@...@` in it.
 */

/** Name of a placeholder, without the @ signs: lower case letters, digits, `_` and `|`. */
export const PLACEHOLDER_NAME = /^[a-z0-9_|]{1,60}$/;

/** A placeholder token in a text. Names are matched case-insensitively (`@Schoolnaam@`). */
const TOKEN = /@([A-Za-z0-9_|]{1,60})@/g;

/** Filled by notifications when the letter is issued; a requester may not set them. */
export const SYSTEM_PLACEHOLDERS = [
  'kenmerk',
  'datum',
  'ondertekenaar',
  'functie_ondertekenaar',
] as const;

/**
 * Filled by notifications when the requester leaves them out: the board's
 * name from the registry read model, the earlier kenmerk from the command's
 * inReplyToKenmerk. A template lists them among its placeholders like any
 * other, so a letter without them fails instead of going out half-filled.
 */
export const DERIVED_PLACEHOLDERS = ['bestuursnaam', 'kenmerk_eerdere_brief'] as const;

export interface Signatory {
  name: string;
  role: string;
}

/** What the inspectorate edits: the text of a letter and what it needs. */
export interface TemplateContent {
  description: string;
  /** Subject line of the letter (Betreft) and the mail. */
  subject: string;
  /**
   * The letter's text. Paragraphs are separated by a blank line; a line that
   * starts with `# ` is a heading.
   */
  body: string;
  /** Placeholders the requester must supply (besides the system ones). */
  placeholders: string[];
  signatory: Signatory;
}

export interface TemplateVersion extends TemplateContent {
  name: string;
  version: number;
}

export type Block = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string };

export interface RenderedTemplate {
  subject: string;
  blocks: Block[];
}

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
  }
}

export function tokensIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1]!.toLowerCase());
}

/** What is wrong with a template's content (empty: it can be stored). */
export function templateProblems(content: TemplateContent): string[] {
  const problems: string[] = [];
  const system = new Set<string>(SYSTEM_PLACEHOLDERS);
  const declared = new Set<string>();
  content.placeholders.forEach((name, i) => {
    if (!PLACEHOLDER_NAME.test(name)) {
      problems.push(
        `placeholders[${i}] '${name}' is not a placeholder name (lower case letters, digits, _ and |)`,
      );
    } else if (system.has(name)) {
      problems.push(
        `placeholders[${i}] '${name}' is filled by notifications itself and must not be listed`,
      );
    } else if (declared.has(name)) {
      problems.push(`placeholders[${i}] '${name}' is listed twice`);
    }
    declared.add(name);
  });
  for (const [field, text] of [
    ['subject', content.subject],
    ['body', content.body],
  ] as const) {
    const unknown = [...new Set(tokensIn(text))].filter((t) => !system.has(t) && !declared.has(t));
    for (const name of unknown) {
      problems.push(
        `${field} uses @${name}@, which is neither listed in placeholders nor one of ${SYSTEM_PLACEHOLDERS.join(', ')}`,
      );
    }
  }
  if (blocksOf(content.body).length === 0) problems.push('body has no text');
  return problems;
}

/**
 * Fills a template. `values` holds every value known for this letter
 * (supplied, derived and system); names the template does not use are
 * ignored, so a requester may send one common set for several templates.
 * Throws a TemplateError naming every unknown or missing placeholder.
 */
export function renderTemplate(
  template: TemplateVersion,
  values: Readonly<Record<string, string>>,
): RenderedTemplate {
  const where = `template '${template.name}' version ${template.version}`;
  const known = new Set<string>([...SYSTEM_PLACEHOLDERS, ...template.placeholders]);
  const used = [...new Set([...tokensIn(template.subject), ...tokensIn(template.body)])];
  const unknown = used.filter((name) => !known.has(name));
  const missing = used.filter((name) => known.has(name) && !(values[name]?.trim() ?? ''));
  const problems = [
    ...unknown.map((name) => `@${name}@ is not a placeholder of ${where}`),
    ...missing.map((name) => `no value for @${name}@`),
  ];
  if (problems.length > 0) {
    throw new TemplateError(`cannot render ${where}: ${problems.join('; ')}`, problems);
  }
  // One pass per text: a value is never scanned again, so a value cannot
  // smuggle in a placeholder of its own.
  const fill = (text: string) =>
    text.replace(TOKEN, (_, name: string) => values[name.toLowerCase()]!);
  const rendered: RenderedTemplate = {
    subject: fill(template.subject).replace(/\s+/g, ' ').trim(),
    blocks: blocksOf(template.body).map((b) => ({ ...b, text: fill(b.text) })),
  };
  assertNoPlaceholdersLeft(where, [rendered.subject, ...rendered.blocks.map((b) => b.text)]);
  return rendered;
}

/** The last guard: whatever happened before, nothing that looks like `@name@` goes out. */
export function assertNoPlaceholdersLeft(where: string, texts: readonly string[]): void {
  const left = [...new Set(texts.flatMap((t) => [...t.matchAll(TOKEN)].map((m) => m[0])))];
  if (left.length > 0) {
    throw new TemplateError(`${where}: the rendered text still contains ${left.join(', ')}`, left);
  }
}

/** Paragraphs (blank-line separated, inner line breaks joined) and `# ` headings. */
export function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    for (const line of lines) {
      if (line.startsWith('# ')) {
        flush();
        blocks.push({ kind: 'heading', text: line.slice(2).trim() });
      } else {
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}
