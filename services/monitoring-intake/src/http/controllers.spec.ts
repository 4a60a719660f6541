// Consents and providers behind the HTTP edge, on fakes.
import { intakeControllers, OPERATIONS_OF } from './controllers.test-app';

describe('monitoring-intake controllers: consents and providers (HTTP edge, fakes)', () => {
  const c = intakeControllers(OPERATIONS_OF.submissionsAndSweeps);

  describe('consents', () => {
    it('grants (201 new, 200 again) and withdraws, passing who acted', async () => {
      await c.t.http().put('/consents/2025-2026/10AA00/aanbieder-a').set(c.school).expect(201);
      expect(c.f.calls[0]).toEqual(['grant', '2025-2026', '10AA00', 'aanbieder-a', 'api-key:k1']);
      await c.t.http().put('/consents/2025-2026/10AA01/aanbieder-a').set(c.school).expect(200);
      await c.t.http().delete('/consents/2025-2026/10AA00/aanbieder-a').set(c.school).expect(200);
    });

    it('maps the use case refusals: unknown provider 404, unknown vestiging 422', async () => {
      const unknown = await c.t
        .http()
        .put('/consents/2025-2026/10AA00/unknown')
        .set('x-api-key', 'as-unknown')
        .expect(404);
      expect(unknown.body).toMatchObject({
        status: 404,
        code: 'not-found',
        detail: 'no provider unknown',
      });
      const vestiging = await c.t
        .http()
        .put('/consents/2025-2026/99ZZ00/aanbieder-a')
        .set(c.school)
        .expect(422);
      expect(vestiging.body).toMatchObject({
        code: 'unknown-vestiging',
        error: 'unknown-vestiging',
      });
    });

    it.each(['1900-1901', '2099-2100', '2022-2023', '2027-2028'])(
      'refuses consents for schooljaar %s, far from the current one (400 naming the window)',
      async (schooljaar) => {
        const res = await c.t
          .http()
          .put(`/consents/${schooljaar}/10AA00/aanbieder-a`)
          .set(c.school)
          .expect(400);
        expect(res.body.errors).toEqual([
          {
            in: 'path',
            path: '/schooljaar',
            message:
              'must be from 2023-2024 to 2026-2027 (around the current schooljaar 2025-2026)',
          },
        ]);
        expect(c.f.calls).toEqual([]);
      },
    );

    it('takes the schooljaren next to the current one', async () => {
      await c.t.http().put('/consents/2023-2024/10AA00/aanbieder-a').set(c.school).expect(201);
      await c.t.http().put('/consents/2026-2027/10AA00/aanbieder-a').set(c.school).expect(201);
    });

    it('records who acted from the credential, never from an X-Actor header', async () => {
      await c.t
        .http()
        .put('/consents/2025-2026/10AA00/aanbieder-a')
        .set(c.school)
        .set('X-Actor', 'director-general')
        .expect(201);
      expect(c.f.calls[0]).toEqual(['grant', '2025-2026', '10AA00', 'aanbieder-a', 'api-key:k1']);
    });

    it("refuses another provider's consents (403), and a caller without a credential", async () => {
      const res = await c.t
        .http()
        .put('/consents/2025-2026/10AA00/aanbieder-b')
        .set(c.school)
        .expect(403);
      expect(res.body).toMatchObject({ code: 'not-your-consent' });
      await c.t.http().delete('/consents/2025-2026/10AA00/aanbieder-b').set(c.school).expect(403);
      await c.t.http().put('/consents/2025-2026/10AA00/aanbieder-a').expect(403);
      await c.t
        .http()
        .put('/consents/2025-2026/10AA00/aanbieder-a')
        .set(await c.tokens.bearer('inspecteur'))
        .expect(403);
      expect(c.f.calls).toEqual([]);
    });

    it('validates every path segment at once', async () => {
      const res = await c.t
        .http()
        .put('/consents/2025-2027/10AA0/aan%20bieder')
        .set(c.school)
        .expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
        '/schooljaar',
        '/vestigingCode',
        '/providerId',
      ]);
    });

    it('lists a provider its own consents', async () => {
      await c.t
        .http()
        .get('/provider/consents?schooljaar=2025-2026')
        .set('x-api-key', 'ok')
        .expect(200);
      expect(c.f.calls[0]).toEqual(['ofProvider', 'aanbieder-a', '2025-2026']);
      await c.t
        .http()
        .get('/provider/consents?schooljaar=2025-2026&schooljaar=2024-2025')
        .set('x-api-key', 'ok')
        .expect(400);
      await c.t.http().get('/provider/consents').expect(403);
    });
  });

  describe('providers', () => {
    it('registers a provider (201), refuses a second time (409) and unsafe names (400)', async () => {
      const created = await c.t
        .http()
        .post('/providers')
        .set(c.beheerder)
        .send({ providerId: 'p-1', name: 'Vragenlijst BV' })
        .expect(201);
      expect(created.body.provider).toMatchObject({ providerId: 'p-1', name: 'Vragenlijst BV' });
      expect(created.body.apiKey).toEqual(expect.any(String));
      const again = await c.t
        .http()
        .post('/providers')
        .set(c.beheerder)
        .send({ providerId: 'p-1', name: 'Vragenlijst BV' })
        .expect(409);
      expect(again.body.code).toBe('provider-exists');
      for (const name of [
        'Vragen\u0000lijst',
        'Vragen\u001b[31mlijst',
        'BV \u202etxt.exe',
        'half \ud800 surrogate',
      ]) {
        const res = await c.t
          .http()
          .post('/providers')
          .set(c.beheerder)
          .send({ providerId: 'p-2', name })
          .expect(400);
        expect(res.body.errors).toEqual([
          { in: 'body', path: '/name', message: expect.stringContaining('control characters') },
        ]);
      }
    });

    it('are for the beheerder only: 401 without a token, 403 for another role', async () => {
      await c.t.http().get('/providers').expect(401);
      await c.t.http().get('/providers').set(c.coordinator).expect(403);
      await c.t
        .http()
        .post('/providers')
        .set(await c.tokens.bearer('instrumentaanbieder'))
        .send({ providerId: 'p-9', name: 'X' })
        .expect(403);
    });

    it('answers JSON sent as text/plain with 415 naming application/json, not "/providerId is required"', async () => {
      const res = await c.t
        .http()
        .post('/providers')
        .set(c.beheerder)
        .set('content-type', 'text/plain')
        .send(JSON.stringify({ providerId: 'p-3', name: 'X' }))
        .expect(415);
      expect(res.body.detail).toBe('send the body as application/json (got text/plain)');
      expect(res.body.errors).toBeUndefined();
    });

    it('lists, shows, rotates and revokes keys', async () => {
      await c.t.http().get('/providers').set(c.beheerder).expect(200);
      await c.t.http().get('/providers/p-1').set(c.beheerder).expect(200);
      await c.t.http().get('/providers/nope').set(c.beheerder).expect(404);
      const key = await c.t.http().post('/providers/p-1/keys').set(c.beheerder).expect(201);
      await c.t
        .http()
        .post('/providers/p-1/keys')
        .set(c.beheerder)
        .send({ revokeOthers: 'yes' })
        .expect(400);
      await c.t.http().delete(`/providers/p-1/keys/${key.body.keyId}`).set(c.beheerder).expect(204);
      await c.t.http().delete('/providers/p-1/keys/nokey').set(c.beheerder).expect(404);
    });
  });
});
