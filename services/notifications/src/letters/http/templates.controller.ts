import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  NotFoundException,
  Param,
  Put,
  Query,
} from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { Clock } from '@inspectorate/scheduling';
import { type TemplateContent, templateProblems } from '../domain/template';
import { type TemplateDoc, TemplatesStore } from '../persistence/templates.store';
import { TEMPLATE_NAME, param, parseBody } from './validation';

const TemplateBody = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 500 }),
    subject: Type.String({ minLength: 1, maxLength: 300 }),
    body: Type.String({ minLength: 1, maxLength: 50_000 }),
    placeholders: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 60 }),
    signatory: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        role: Type.String({ minLength: 1, maxLength: 200 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

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

  @Get()
  async list() {
    return { templates: (await this.templates.list()).map(view) };
  }

  @Get(':name')
  async get(@Param('name') name: string, @Query('version') version?: string) {
    param(name, 'template name', TEMPLATE_NAME, 'herstelopdracht-monitoring');
    let doc: TemplateDoc | null;
    if (version === undefined) {
      doc = await this.templates.latest(name);
    } else {
      const v = Number(version);
      if (!Number.isInteger(v) || v < 1) {
        throw new BadRequestException({
          error: 'invalid-request',
          message: `version must be a whole number >= 1, got '${version}'`,
        });
      }
      doc = await this.templates.version(name, v);
    }
    if (!doc) {
      throw new NotFoundException(
        `there is no template '${name}'${version ? ` version ${version}` : ''}`,
      );
    }
    return view(doc);
  }

  /** Stores a new version; letters issued from now on use it, letters already issued keep theirs. */
  @Put(':name')
  @HttpCode(201)
  async put(
    @Param('name') name: string,
    @Body() body: unknown,
    @Headers('x-actor') actor?: string,
  ) {
    param(name, 'template name', TEMPLATE_NAME, 'herstelopdracht-monitoring');
    const content = parseBody<TemplateContent>(TemplateBody, body);
    const problems = templateProblems(content);
    if (problems.length > 0) {
      throw new BadRequestException({
        error: 'invalid-template',
        message: `template '${name}' is not valid: ${problems.join('; ')}`,
        problems,
      });
    }
    const doc = await this.templates.addVersion(
      name,
      content,
      actor?.trim() || 'api',
      this.clock.now(),
    );
    return view(doc);
  }
}
