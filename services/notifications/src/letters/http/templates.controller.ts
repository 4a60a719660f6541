import { Controller, Get, HttpCode, Put } from '@nestjs/common';
import { type Actor, actorLabel, CurrentActor, RequirePermission } from '@inspectorate/auth';
import { Type } from '@sinclair/typebox';
import { Api, NotFoundError, ProblemError, Valid } from '@inspectorate/http';
import { Clock } from '@inspectorate/scheduling';
import { type TemplateContent, templateProblems } from '../domain/template';
import { type TemplateDoc, TemplatesStore } from '../persistence/templates.store';
import { TemplateBody, TemplatePath, TemplateView, VersionQuery } from './schemas';

const view = (t: TemplateDoc) => ({
  name: t.name,
  version: t.version,
  description: t.description,
  subject: t.subject,
  body: t.body,
  placeholders: t.placeholders,
  signatory: t.signatory,
  createdAt: t.createdAt.toISOString(),
  createdBy: t.createdBy,
});

/** Letter templates: read them, and replace one with a new version (the old versions stay). */
@Controller('templates')
export class TemplatesController {
  constructor(
    private readonly templates: TemplatesStore,
    private readonly clock: Clock,
  ) {}

  @RequirePermission('templates.read')
  @Get()
  @Api({
    summary: 'The latest version of every template',
    tags: ['templates'],
    responses: { 200: Type.Object({ templates: Type.Array(TemplateView) }) },
  })
  async list() {
    return { templates: (await this.templates.list()).map(view) };
  }

  @RequirePermission('templates.read')
  @Get(':name')
  @Api({
    summary: 'A template (the latest version, or ?version=n)',
    tags: ['templates'],
    params: TemplatePath,
    query: VersionQuery,
    responses: { 200: TemplateView },
  })
  async get(
    @Valid('params') { name }: { name: string },
    @Valid('query') { version }: { version?: number },
  ) {
    const doc: TemplateDoc | null =
      version === undefined
        ? await this.templates.latest(name)
        : await this.templates.version(name, version);
    if (!doc)
      throw new NotFoundError(
        `there is no template '${name}'${version ? ` version ${version}` : ''}`,
      );
    return view(doc);
  }

  /** Stores a new version; letters issued from now on use it, letters already issued keep theirs. */
  @RequirePermission('templates.manage')
  @Put(':name')
  @HttpCode(201)
  @Api({
    summary: 'Store a new version of a template (letters already issued keep theirs)',
    tags: ['templates'],
    params: TemplatePath,
    body: TemplateBody,
    responses: { 201: TemplateView },
  })
  async put(
    @Valid('params') { name }: { name: string },
    @CurrentActor() actor: Actor,
    @Valid('body') content: TemplateContent,
  ) {
    const problems = templateProblems(content);
    if (problems.length > 0) {
      throw new ProblemError({
        status: 400,
        code: 'invalid-template',
        detail: `template '${name}' is not valid: ${problems.join('; ')}`,
        extensions: { problems },
      });
    }
    const doc = await this.templates.addVersion(name, content, actorLabel(actor), this.clock.now());
    return view(doc);
  }
}
