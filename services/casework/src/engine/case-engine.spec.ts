import { CaseClosed, CaseOpened } from '@inspectorate/contracts';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CASE_TYPES } from '../case-types/defaults';
import { SYSTEM } from './case';
import type { CaseAggregate } from './case-aggregate';
import { newDeadline } from './deadline';
import type { CaseFlow, DeadlineContext } from './flow';
import { newTestEngine } from './testing/fakes';

const subject = {
  kind: 'school' as const,
  bevoegdGezagNummer: '41234',
  brin: '12AB',
  vestigingCode: null,
  boardName: 'Stichting De Schakel',
  schoolName: 'De Schakel',
  sector: 'po',
};
const cause = { correlationId: 'corr-1' };

/** A flow for `melding` that acts on nothing but its `afhandeling` term (for the tests). */
class MeldingTestFlow implements CaseFlow {
  readonly name = 'melding-test';
  readonly caseTypes = ['melding'];
  readonly reactsTo = [];
  readonly deadlineKinds = ['afhandeling'];
  readonly deadlineOutcomes = ['handled'];
  readonly letters = {};
  seen: DeadlineContext[] = [];
  onDeadlinesPassed(c: CaseAggregate, ctx: DeadlineContext) {
    this.seen.push(ctx);
    c.close('geregistreerd', ctx.actor, 'term passed');
    return 'handled';
  }
}

async function openMelding(
  t: ReturnType<typeof newTestEngine>,
  key = 'm-1',
  kinds = ['afhandeling'],
) {
  return t.engine.open(
    { typeCode: 'melding', uniqueKey: key, actor: 'klantcontact-1', cause },
    async () => ({
      subject,
      schooljaar: null,
      why: 'telephone call',
      build: (c) => c.setDeadlines(kinds.map((k) => newDeadline(k, '2026-08-12'))),
    }),
  );
}

describe('the case engine', () => {
  it('opens a case in its first status with CaseOpened, once per unique key', async () => {
    const t = newTestEngine();
    const first = await openMelding(t);
    const again = await openMelding(t);
    expect(first.outcome).toBe('opened');
    expect(again).toEqual({ outcome: 'duplicate', caseId: first.caseId });
    const doc = (await t.repository.get(first.caseId))!;
    expect(doc).toMatchObject({ status: 'ontvangen', version: 1, nextDueOn: '2026-08-12' });
    expect(doc.timeline).toMatchObject([{ actor: 'klantcontact-1', action: 'opened' }]);
    expect(t.repository.eventTypes()).toEqual([CaseOpened.type]);
  });

  it('lets one of two openers racing on a unique key win; the other gets the winner’s case', async () => {
    const t = newTestEngine();
    // Both look the key up before either inserts (two replicas at once).
    let arrived = 0;
    let release = () => undefined as void;
    const bothLooked = new Promise<void>((resolve) => (release = resolve));
    const racer = () =>
      t.engine.open(
        { typeCode: 'melding', uniqueKey: 'm-race', actor: 'klantcontact-1', cause },
        async () => {
          if (++arrived === 2) release();
          await bothLooked;
          return { subject, schooljaar: null, why: 'telephone call', build: () => undefined };
        },
      );
    const [a, b] = await Promise.all([racer(), racer()]);
    expect([a.outcome, b.outcome].sort()).toEqual(['duplicate', 'opened']);
    expect(a.caseId).toBe(b.caseId);
    expect(t.repository.docs.size).toBe(1);
    expect(await t.engine.caseIdFor('m-race')).toBe(a.caseId);
    expect(await t.engine.caseIdFor('m-none')).toBeNull();
  });

  it('guards transitions: forward through the type’s statuses only, never out of the end status', async () => {
    const t = newTestEngine();
    const { caseId } = await openMelding(t);
    await t.engine.change(caseId, 'a', cause, (c) => c.transition('in-behandeling', 'a'));
    await expect(
      t.engine.change(caseId, 'a', cause, (c) => c.transition('ontvangen', 'a')),
    ).rejects.toThrow(/goes back/);
    await expect(
      t.engine.change(caseId, 'a', cause, (c) => c.transition('gesloten', 'a')),
    ).rejects.toThrow(/has no status 'gesloten'/);
    await t.engine.change(caseId, 'a', cause, (c) => c.close('doorgezet', 'a'));
    await expect(
      t.engine.change(caseId, 'a', cause, (c) => c.transition('afgehandeld', 'a')),
    ).rejects.toThrow(/has ended/);
    const doc = (await t.repository.get(caseId))!;
    expect(doc).toMatchObject({ status: 'afgehandeld', result: 'doorgezet', version: 3 });
    expect(doc.timeline.filter((e) => e.action === 'status').map((e) => e.detail)).toEqual([
      'ontvangen → in-behandeling',
      'in-behandeling → afgehandeld',
    ]);
    expect(t.repository.eventTypes()).toEqual([CaseOpened.type, CaseClosed.type]);
  });

  it('writes nothing when a decision changes nothing, and retries on a concurrent writer', async () => {
    const t = newTestEngine();
    const { caseId } = await openMelding(t);
    expect(await t.engine.change(caseId, 'a', cause, () => null)).toBe('unchanged');
    let raced = false;
    t.repository.beforeUpdate = (id) => {
      if (raced) return;
      raced = true;
      const doc = t.repository.docs.get(id)!;
      t.repository.docs.set(id, { ...doc, assignee: 'someone-else', version: doc.version + 1 });
    };
    await t.commands.addNote(caseId, 'called back', 'inspecteur-1');
    const doc = (await t.repository.get(caseId))!;
    expect(doc).toMatchObject({ assignee: 'someone-else', version: 3 });
    expect(doc.notes.map((n) => n.text)).toEqual(['called back']);
  });

  it('keeps an idempotency key once', async () => {
    const t = newTestEngine();
    const { caseId } = await openMelding(t);
    const handle = (c: CaseAggregate) => {
      if (c.hasHandled('event-1')) return null;
      c.markHandled('event-1');
      c.record(SYSTEM, 'data-received', 'event-1');
      return 'handled';
    };
    expect(await t.engine.change(caseId, SYSTEM, cause, handle)).toBe('handled');
    expect(await t.engine.change(caseId, SYSTEM, cause, handle)).toBe('unchanged');
    expect((await t.repository.get(caseId))!.handled).toEqual(['event-1']);
  });

  it('audits assignments and deadline changes with who and why, where the type allows them', async () => {
    const t = newTestEngine();
    const { caseId } = await openMelding(t);
    await t.commands.assign(caseId, 'inspecteur-2', 'coordinator-1', 'expertise');
    t.clock.set('2026-07-10T10:00:00Z');
    const extended = await t.commands.changeDeadline(
      caseId,
      'afhandeling',
      'extend',
      { reason: 'meer tijd nodig', duration: 'P2W' },
      'inspecteur-2',
    );
    expect(extended).toMatchObject({ dueOn: '2026-08-26', originalDueOn: '2026-08-12' });
    // melding does not allow suspending its term.
    await expect(
      t.commands.changeDeadline(caseId, 'afhandeling', 'suspend', { reason: 'x' }, 'a'),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/does not allow suspending/),
    });
    await expect(
      t.commands.changeDeadline(caseId, 'nothing', 'extend', { reason: 'x', duration: 'P1D' }, 'a'),
    ).rejects.toMatchObject({ status: 404 });
    const doc = (await t.repository.get(caseId))!;
    expect(doc.nextDueOn).toBe('2026-08-26');
    expect(doc.timeline.slice(1)).toMatchObject([
      {
        actor: 'coordinator-1',
        action: 'assigned',
        detail: 'nobody → inspecteur-2',
        reason: 'expertise',
      },
      { actor: 'inspecteur-2', action: 'deadline-extend', reason: 'meer tijd nodig' },
    ]);
  });

  it('records every read, and refuses to read a confidential case without a reason', async () => {
    const t = newTestEngine();
    const { caseId } = await t.engine.open(
      { typeCode: 'vertrouwensdossier', uniqueKey: 'v-1', actor: 'vi-1', cause },
      async () => ({ subject, schooljaar: null, why: 'melding', build: () => undefined }),
    );
    await expect(t.reads.read(caseId, 'vi-1', undefined, 'case', true)).rejects.toMatchObject({
      status: 422,
    });
    await t.reads.read(caseId, 'vi-1', 'intake', 'case', true);
    await t.reads.read(caseId, 'vi-1', 'intake', 'timeline', true);
    expect(await t.reads.readsOf(caseId, true)).toMatchObject([
      { actor: 'vi-1', reason: 'intake', what: 'case' },
      { actor: 'vi-1', reason: 'intake', what: 'timeline' },
    ]);
    await expect(t.reads.read('nope', 'vi-1', 'x', 'case', true)).rejects.toMatchObject({
      status: 404,
    });
  });

  it('keeps a confidential case from an actor who may not read vertrouwelijk, reason or not', async () => {
    const t = newTestEngine();
    const { caseId } = await t.engine.open(
      { typeCode: 'vertrouwensdossier', uniqueKey: 'v-2', actor: 'vi-1', cause },
      async () => ({ subject, schooljaar: null, why: 'melding', build: () => undefined }),
    );
    for (const what of ['case', 'timeline'] as const)
      await expect(
        t.reads.read(caseId, 'inspecteur', 'nieuwsgierig', what, false),
      ).rejects.toMatchObject({ status: 403 });
    await expect(t.reads.readsOf(caseId, false)).rejects.toMatchObject({ status: 403 });
    expect(await t.reads.readsOf(caseId, true)).toEqual([]);
    expect(await t.repository.list({ confidential: false }, 10)).toEqual([]);
    expect((await t.repository.list({}, 10)).map((c) => c._id)).toEqual([caseId]);
  });

  it('runs only the deadline kinds a registered flow handles, and each case once', async () => {
    const withoutFlow = newTestEngine([], { now: '2026-09-01T10:00:00Z' });
    const { caseId: unhandled } = await openMelding(withoutFlow);
    expect((await withoutFlow.repository.get(unhandled))!.nextCheckOn).toBeNull();
    expect(await withoutFlow.checks.run('2026-09-01', SYSTEM)).toEqual({ examined: 0 });

    const flow = new MeldingTestFlow();
    const t = newTestEngine([flow], { now: '2026-09-01T10:00:00Z' });
    const { caseId } = await openMelding(t, 'm-2', ['afhandeling', 'intern']);
    expect(await t.checks.run('2026-08-11', SYSTEM)).toEqual({ examined: 0, handled: 0 });
    expect(await t.checks.run('2026-08-12', SYSTEM)).toEqual({ examined: 1, handled: 1 });
    expect(flow.seen).toEqual([{ asOf: '2026-08-12', actor: SYSTEM, passed: ['afhandeling'] }]);
    expect((await t.repository.get(caseId))!.status).toBe('afgehandeld');
    expect(await t.checks.run('2026-08-13', SYSTEM)).toMatchObject({ handled: 0 });
  });

  it('knows a flow by case-type code, and refuses two flows for one type', () => {
    const t = newTestEngine([new MeldingTestFlow()]);
    expect(t.registry.forType('melding')?.name).toBe('melding-test');
    expect(t.registry.forType('klacht')).toBeUndefined();
    expect(() => newTestEngine([new MeldingTestFlow(), new MeldingTestFlow()])).toThrow(
      /claimed by two flows/,
    );
  });

  it('ships a type for every default the engine is tested with', () => {
    expect(DEFAULT_CASE_TYPES.map((x) => x.code)).toEqual(
      expect.arrayContaining(['melding', 'vertrouwensdossier']),
    );
  });
});

describe('the engine imports no flow', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });

  it.each(files(__dirname).map((f) => [f.slice(__dirname.length + 1), f]))('%s', (_name, path) => {
    const imports = [...readFileSync(path, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
    expect(imports.filter((i) => /(^|\/)flows(\/|$)/.test(i))).toEqual([]);
  });
});
