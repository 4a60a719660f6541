import { Body, Controller, Get, Headers, Param, Post, Put, Query, Req } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import type { Request } from 'express';
import request from 'supertest';
import { Api, Valid } from './api';
import { ConflictError, NotFoundError } from './domain-errors';
import { OpenApiChecker } from './openapi-check';
import { PageSchema, PagingQuery, pageOf, pagingOf } from './paging';
import { DateParam, Email, SafeLine, SafeText } from './schemas';
import { HTTP_DOCS, type HttpDocs, setUpHttp } from './setup';

const Item = Type.Object({ id: Type.Integer(), name: Type.String() });
const ITEMS = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, name: `item ${i + 1}` }));

@Controller('things')
class ThingsController {
  @Get()
  @Api({
    summary: 'List things',
    query: Type.Object(
      { name: Type.Optional(SafeLine({ maxLength: 20 })), ...PagingQuery },
      { additionalProperties: false },
    ),
    responses: { 200: PageSchema(Item) },
  })
  list(@Valid('query') query: { after?: string; limit?: number }, @Req() req: Request) {
    const paging = pagingOf(query, (v): v is number => typeof v === 'number');
    const rest = ITEMS.filter((i) => paging.after === undefined || i.id > paging.after);
    return pageOf(rest.slice(0, paging.limit + 1), paging, req, (i) => i.id);
  }

  @Get(':id')
  @Api({
    summary: 'One thing',
    params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
    query: Type.Object({ asOf: Type.Optional(DateParam) }, { additionalProperties: false }),
    responses: { 200: Item },
  })
  get(@Valid('params') params: { id: number }) {
    const found = ITEMS.find((i) => i.id === params.id);
    if (!found) throw new NotFoundError(`thing ${params.id} does not exist`, { code: 'no-thing' });
    return found;
  }

  @Put(':id')
  @Api({
    summary: 'Replace a thing',
    params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
    headers: Type.Object({ 'x-reason': SafeLine({ minLength: 1, maxLength: 200 }) }),
    body: Type.Object(
      {
        name: SafeLine({ minLength: 1, maxLength: 20 }),
        note: Type.Optional(SafeText({ maxLength: 2000 })),
        email: Type.Optional(Email),
      },
      { additionalProperties: false },
    ),
    responses: { 200: Item },
  })
  put(@Valid('params') params: { id: number }, @Valid('body') body: { name: string }) {
    if (params.id === 2) throw new ConflictError('thing 2 is locked', { code: 'locked' });
    return { id: params.id, name: body.name };
  }

  @Post('big')
  @Api({
    summary: 'A big body',
    body: Type.Object({ text: Type.String() }),
    bodyLimit: 300_000,
    responses: { 201: Type.Object({ length: Type.Integer() }) },
  })
  big(@Valid('body') body: { text: string }) {
    return { length: body.text.length };
  }

  @Post('small')
  @Api({
    summary: 'A small body',
    body: Type.Object({ text: Type.String() }),
    responses: { 201: Type.Object({ length: Type.Integer() }) },
  })
  small(@Body() body: { text: string }) {
    return { length: body.text.length };
  }

  @Get('boom/now')
  boom(@Headers('x') _x?: string, @Query('q') _q?: string, @Param('p') _p?: string): never {
    throw new Error('secret internals');
  }

  @Get('boom/database-socket')
  databaseSocketEnded(): never {
    throw driverSocketEnded('/app/node_modules/mongodb/lib/cmap/connection.js:392:25');
  }

  @Get('boom/database-socket-mapped')
  databaseSocketEndedSourceMapped(): never {
    // The same, as a service started with --enable-source-maps reports it.
    throw driverSocketEnded('/app/node_modules/mongodb/src/cmap/connection.ts:718:21');
  }

  @Get('boom/socket')
  otherSocketEnded(): never {
    throw Object.assign(new Error('This socket has been ended by the other party'), {
      code: 'EPIPE',
    });
  }

  @Get('boom/database')
  noDatabase(): never {
    // What the MongoDB driver throws while its server is away (matched by name).
    const error = new Error('connection 3 to 127.0.0.1:37017 closed');
    error.name = 'MongoServerSelectionError';
    throw error;
  }
}

/**
 * What the driver let through when it wrote to a connection the database
 * server had just closed: Node's socket error, the driver's writeCommand
 * (at `frame`) in its stack.
 */
function driverSocketEnded(frame: string): Error {
  const error = Object.assign(new Error('This socket has been ended by the other party'), {
    code: 'EPIPE',
  });
  error.stack = `Error: ${error.message}\n    at Socket.writeAfterFIN [as write] (node:net:566:14)\n    at Connection.writeCommand (${frame})`;
  return error;
}

describe('libs/http', () => {
  let app: INestApplication;
  let checker: OpenApiChecker;
  const answers: {
    method: string;
    path: string;
    status: number;
    contentType?: string;
    body: unknown;
  }[] = [];
  const http = () => {
    const agent = request(app.getHttpServer());
    const record = (method: string, path: string) => (res: request.Response) => {
      answers.push({
        method,
        path,
        status: res.status,
        contentType: res.headers['content-type'],
        body: res.body,
      });
    };
    return {
      get: (path: string) => agent.get(path).expect(record('GET', path)),
      put: (path: string) => agent.put(path).expect(record('PUT', path)),
      post: (path: string) => agent.post(path).expect(record('POST', path)),
      delete: (path: string) => agent.delete(path).expect(record('DELETE', path)),
    };
  };

  beforeAll(async () => {
    const module = await Test.createTestingModule({ controllers: [ThingsController] }).compile();
    app = module.createNestApplication({ bodyParser: false, logger: false });
    setUpHttp(app, { info: { title: 'things', version: '1' } });
    await app.init();
    checker = new OpenApiChecker(
      (await request(app.getHttpServer()).get('/openapi.json').expect(200)).body,
    );
  });
  afterAll(async () => {
    // Every real answer of this spec matches the generated document.
    expect(answers.flatMap((a) => checker.check(a))).toEqual([]);
    await app.close();
  });

  it('pages with after/limit and a next link that keeps the filters', async () => {
    const first = await http().get('/things?limit=3&name=item').expect(200);
    expect(first.body.items.map((i: { id: number }) => i.id)).toEqual([1, 2, 3]);
    expect(first.body.next).toMatch(/^\/things\?name=item&limit=3&after=/);
    const second = await http().get(first.body.next).expect(200);
    expect(second.body.items.map((i: { id: number }) => i.id)).toEqual([4, 5, 6]);
    const last = await http().get(second.body.next).expect(200);
    expect(last.body).toEqual({ items: [{ id: 7, name: 'item 7' }], next: null });
    expect((await http().get('/things?pageSize=2').expect(200)).body.items).toHaveLength(2);
    await http().get('/things?page=1').expect(200);
  });

  it('answers problem+json, with every problem located', async () => {
    const res = await http().get('/things?limit=0&color=red').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: expect.stringMatching(/invalid-request$/),
      title: 'Bad Request',
      status: 400,
      code: 'invalid-request',
      instance: '/things',
    });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { in: 'query', path: '/limit', message: 'must be a whole number from 1 to 500' },
        { in: 'query', path: '/color', message: 'is not allowed (unknown parameter)' },
      ]),
    );
    expect(res.body.detail).toContain('query limit');
  });

  it('refuses the old page/offset paging beyond the first page, clearly', async () => {
    for (const q of ['page=2', 'page=1e300', 'offset=50']) {
      const res = await http().get(`/things?${q}`).expect(400);
      expect(res.body.errors[0].message).toContain('cursor paging');
    }
    const cursor = await http().get('/things?after=bm9wZQ').expect(400);
    expect(cursor.body.errors[0]).toMatchObject({ in: 'query', path: '/after' });
  });

  it('answers 400, not 500, for a parameter given twice', async () => {
    const res = await http().get('/things?name=a&name=b').expect(400);
    expect(res.body.errors).toEqual([
      { in: 'query', path: '/name', message: 'is given 2 times; give it once' },
    ]);
  });

  it('converts path and query values strictly', async () => {
    await http().get('/things/3').expect(200);
    for (const id of ['0x1', '1e3', '1.0', ' 1']) {
      const res = await http()
        .get(`/things/${encodeURIComponent(id)}`)
        .expect(400);
      expect(res.body.errors[0]).toMatchObject({ in: 'path', path: '/id' });
    }
    const date = await http().get('/things/3?asOf=2026-02-30').expect(400);
    expect(date.body.errors[0].message).toContain('calendar date that exists');
    await http().get('/things/3?asOf=2028-02-29').expect(200);
  });

  it('maps domain errors to problems at the edge', async () => {
    const missing = await http().get('/things/99').expect(404);
    expect(missing.body).toMatchObject({ code: 'no-thing', detail: 'thing 99 does not exist' });
    const locked = await http()
      .put('/things/2')
      .set('x-reason', 'tester')
      .send({ name: 'x' })
      .expect(409);
    expect(locked.body.code).toBe('locked');
  });

  it('refuses unsafe text and says which field and why', async () => {
    for (const bad of ['a\u0000b', 'a\u001bb', 'a\u202eb', 'a\ud800b', 'a\nb']) {
      const res = await http()
        .put('/things/1')
        .set('x-reason', 'tester')
        .send({ name: bad })
        .expect(400);
      expect(res.body.errors).toEqual([
        { in: 'body', path: '/name', message: expect.stringContaining('control characters') },
      ]);
    }
    await http()
      .put('/things/1')
      .set('x-reason', 'tester')
      .send({ name: 'Zoë Ğ', note: 'two\nlines\tok' })
      .expect(200);
    for (const email of ['a\u0000@b.nl', 'a\u202e@b.nl', 'аdmin@school.nl']) {
      const res = await http()
        .put('/things/1')
        .set('x-reason', 'tester')
        .send({ name: 'x', email })
        .expect(400);
      expect(res.body.errors[0]).toMatchObject({
        path: '/email',
        message: expect.stringContaining('not an e-mail address'),
      });
    }
  });

  it('says a header is too long rather than missing', async () => {
    const long = await http()
      .put('/things/1')
      .set('x-reason', 'a'.repeat(201))
      .send({ name: 'x' })
      .expect(400);
    expect(long.body.errors).toEqual([
      {
        in: 'header',
        path: '/x-reason',
        message: 'is too long (at most 200 characters)',
      },
    ]);
    const missing = await http().put('/things/1').send({ name: 'x' }).expect(400);
    expect(missing.body.errors).toEqual([
      { in: 'header', path: '/x-reason', message: 'is required' },
    ]);
  });

  it('answers 415 naming application/json for JSON sent as text/plain', async () => {
    const res = await http()
      .put('/things/1')
      .set('x-reason', 'tester')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ name: 'x' }))
      .expect(415);
    expect(res.body.detail).toContain('application/json');
    expect(res.body.detail).toContain('text/plain');
  });

  it('answers 413 naming the limit, per route', async () => {
    const text = 'x'.repeat(150_000);
    const small = await http().post('/things/small').send({ text }).expect(413);
    expect(small.body.detail).toContain(String(100 * 1024));
    expect(small.body.limit).toBe(100 * 1024);
    await http().post('/things/big').send({ text }).expect(201);
    const big = await http()
      .post('/things/big')
      .send({ text: 'x'.repeat(400_000) })
      .expect(413);
    expect(big.body.detail).toContain('300000');
  });

  it('answers bad JSON with 400 problem', async () => {
    const res = await http()
      .post('/things/small')
      .set('content-type', 'application/json')
      .send('{"text": ')
      .expect(400);
    expect(res.body.code).toBe('invalid-json');
  });

  it('answers unknown routes 404 and wrong methods 405 with Allow', async () => {
    const unknown = await http().get('/nothing/here').expect(404);
    expect(unknown.body).toMatchObject({ status: 404, code: 'no-such-route' });
    const wrong = await http().delete('/things/1').expect(405);
    expect(wrong.headers['allow']).toBe('GET, PUT, HEAD');
    expect(wrong.body.code).toBe('method-not-allowed');
  });

  it('answers 500 without internals', async () => {
    const res = await http().get('/things/boom/now').expect(500);
    expect(res.body.detail).not.toContain('secret');
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('answers 503 with Retry-After and Connection: close while the database is away, not 500', async () => {
    const res = await http().get('/things/boom/database').expect(503);
    expect(res.body).toMatchObject({ status: 503, code: 'database-unavailable' });
    expect(res.body.detail).not.toContain('127.0.0.1');
    expect(res.headers['retry-after']).toBe('5');
    expect(res.headers['connection']).toBe('close');
  });

  it('answers 503 too when the driver lets the socket error of a connection the database closed through', async () => {
    const res = await http().get('/things/boom/database-socket').expect(503);
    expect(res.body).toMatchObject({ status: 503, code: 'database-unavailable' });
    expect(res.headers['retry-after']).toBe('5');
    await http().get('/things/boom/database-socket-mapped').expect(503);
    // The same error from anything but the driver is no reason to say the database is away.
    await http().get('/things/boom/socket').expect(500);
  });

  it('serves an OpenAPI 3.1 document and Swagger UI', async () => {
    const doc = (await request(app.getHttpServer()).get('/openapi.json').expect(200)).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/things', '/things/{id}']));
    expect(doc.paths['/things/{id}'].put.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'x-reason', in: 'header', required: true }),
      ]),
    );
    const ui = await request(app.getHttpServer()).get('/docs').expect(200);
    expect(ui.text).toContain('swagger-ui-bundle.js');
    await request(app.getHttpServer()).get('/docs/swagger-ui-bundle.js').expect(200);
    // An answer that does not match the document is caught.
    expect(
      checker.check({
        method: 'GET',
        path: '/things/1',
        status: 200,
        contentType: 'application/json',
        body: { id: 'x' },
      }),
    ).not.toEqual([]);
  });
});

describe('a module that provides HTTP_DOCS (the gateway)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const docs: HttpDocs = {
      document: (generated) => ({ ...generated, info: { title: 'public', version: '9' } }),
      oauth2: { clientId: 'front-end' },
    };
    const module = await Test.createTestingModule({
      controllers: [ThingsController],
      providers: [{ provide: HTTP_DOCS, useValue: docs }],
    }).compile();
    app = module.createNestApplication({ bodyParser: false, logger: false });
    setUpHttp(app, { info: { title: 'things', version: '1' } });
    await app.init();
  });
  afterAll(() => app.close());

  it('serves the document it gives, made from the generated one', async () => {
    const doc = (await request(app.getHttpServer()).get('/openapi.json').expect(200)).body;
    expect(doc.info).toEqual({ title: 'public', version: '9' });
    expect(Object.keys(doc.paths)).toContain('/things/{id}');
  });

  it("logs Swagger UI in with the authorization code flow and PKCE, redirected to /docs' own page", async () => {
    const init = (await request(app.getHttpServer()).get('/docs/init.js').expect(200)).text;
    expect(init).toContain(
      "oauth2RedirectUrl: window.location.origin + '/docs/oauth2-redirect.html'",
    );
    expect(init).toContain(
      'initOAuth({"clientId":"front-end","scopes":"openid","usePkceWithAuthorizationCodeGrant":true})',
    );
    const page = await request(app.getHttpServer()).get('/docs/oauth2-redirect.html').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('oauth2-redirect.js');
    await request(app.getHttpServer()).get('/docs/oauth2-redirect.js').expect(200);
  });
});
