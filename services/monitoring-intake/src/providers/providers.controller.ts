import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { type Actor, actorLabel, CurrentActor, RequirePermission } from '@inspectorate/auth';
import { Api, ConflictError, NotFoundError, Valid } from '@inspectorate/http';
import { DuplicateKeyError } from '@inspectorate/persistence';
import { Clock } from '@inspectorate/scheduling';
import { issueKey } from '../domain/api-key';
import {
  IssueKey,
  IssuedKey,
  KeyPath,
  ProviderPath,
  ProviderView,
  RegisterProvider,
} from '../http/schemas';
import { type ApiKeyDoc, type ProviderDoc, ProvidersStore } from './providers.store';

/**
 * Beheerder endpoints: register providers (with their OAuth client, whose
 * tokens then act as the provider) and manage their API keys (ADR 0008's
 * transition). Only for monitoring.providers.manage; who acted is the
 * verified token's actor.
 */
@RequirePermission('monitoring.providers.manage')
@Controller('providers')
export class ProvidersController {
  constructor(
    private readonly store: ProvidersStore,
    private readonly clock: Clock,
  ) {}

  /** Registers a provider and issues its first API key; the key is shown only in this answer. */
  @Post()
  @HttpCode(201)
  @Api({
    summary: 'Register a provider and issue its first API key (shown only here)',
    tags: ['providers'],
    body: RegisterProvider,
    responses: {
      201: Type.Object({ provider: ProviderView, apiKey: Type.String(), keyId: Type.String() }),
    },
  })
  async register(
    @Valid('body')
    input: { providerId: string; name: string; contactEmail?: string; clientId?: string },
    @CurrentActor() actor: Actor,
  ) {
    const provider: ProviderDoc = {
      _id: input.providerId,
      name: input.name,
      contactEmail: input.contactEmail ?? null,
      clientId: input.clientId ?? null,
      createdAt: this.clock.now(),
      createdBy: actorLabel(actor),
    };
    // The client first: its id is the _id, so a client taken by another
    // provider is refused on every replica before the provider exists.
    let claimed = false;
    if (input.clientId) {
      try {
        await this.store.clients.insert({ _id: input.clientId, providerId: input.providerId });
        claimed = true;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        const owner = await this.store.clients.findById(input.clientId);
        if (owner?.providerId !== input.providerId)
          throw new ConflictError(`client ${input.clientId} is another provider's`, {
            code: 'client-taken',
          });
      }
    }
    try {
      await this.store.providers.insert(provider);
    } catch (error) {
      // Nothing half-written: the client claimed for a provider not made.
      if (claimed) await this.store.clients.delete({ _id: input.clientId });
      if (error instanceof DuplicateKeyError)
        throw new ConflictError(`provider ${input.providerId} is already registered`, {
          code: 'provider-exists',
        });
      throw error;
    }
    const key = await this.newKey(provider._id);
    return { provider: view(provider, [key.doc]), apiKey: key.apiKey, keyId: key.doc._id };
  }

  @Get()
  @Api({
    summary: 'Every provider',
    tags: ['providers'],
    responses: { 200: Type.Object({ providers: Type.Array(ProviderView) }) },
  })
  async list() {
    const providers = await this.store.providers.find({}, { sort: { _id: 1 } });
    return { providers: providers.map((p) => view(p)) };
  }

  @Get(':providerId')
  @Api({
    summary: 'A provider with its keys (never the keys themselves)',
    tags: ['providers'],
    params: ProviderPath,
    responses: { 200: ProviderView },
  })
  async get(@Valid('params') { providerId }: { providerId: string }) {
    const provider = await this.find(providerId);
    const keys = await this.store.keys.find({ providerId }, { sort: { createdAt: 1 } });
    return view(provider, keys);
  }

  /**
   * Rotation: issues a new key. Old keys keep working until revoked (so the
   * provider can switch without downtime), unless `revokeOthers` is true.
   */
  @Post(':providerId/keys')
  @HttpCode(201)
  @Api({
    summary: 'Issue a new API key (rotation); revokeOthers revokes the old ones at once',
    tags: ['providers'],
    params: ProviderPath,
    body: IssueKey,
    bodyOptional: true,
    responses: { 201: IssuedKey },
  })
  async issue(
    @Valid('params') { providerId }: { providerId: string },
    @Valid('body') input: { revokeOthers?: boolean },
  ) {
    await this.find(providerId);
    const key = await this.newKey(providerId);
    if (input.revokeOthers) {
      await this.store.keys.updateMany(
        { providerId, _id: { $ne: key.doc._id }, revokedAt: null },
        { $set: { revokedAt: this.clock.now() } },
      );
    }
    return { keyId: key.doc._id, apiKey: key.apiKey, createdAt: key.doc.createdAt };
  }

  @Delete(':providerId/keys/:keyId')
  @HttpCode(204)
  @Api({
    summary: 'Revoke a key (at once, on every replica)',
    tags: ['providers'],
    params: KeyPath,
    responses: { 204: { description: 'Revoked (or revoked already).' } },
  })
  async revoke(
    @Valid('params') { providerId, keyId }: { providerId: string; keyId: string },
  ): Promise<void> {
    const key = await this.store.keys.findOne({ _id: keyId, providerId });
    if (!key) throw new NotFoundError(`provider ${providerId} has no key ${keyId}`);
    if (key.revokedAt) return;
    await this.store.keys.update(
      { _id: keyId, revokedAt: null },
      { $set: { revokedAt: this.clock.now() } },
    );
  }

  private async find(providerId: string): Promise<ProviderDoc> {
    const provider = await this.store.providers.findById(providerId);
    if (!provider) throw new NotFoundError(`no provider ${providerId}`);
    return provider;
  }

  private async newKey(providerId: string): Promise<{ apiKey: string; doc: ApiKeyDoc }> {
    const issued = await issueKey();
    const doc: ApiKeyDoc = {
      _id: issued.keyId,
      providerId,
      hash: issued.hash,
      createdAt: this.clock.now(),
      revokedAt: null,
    };
    await this.store.keys.insert(doc);
    return { apiKey: issued.apiKey, doc };
  }
}

function view(p: ProviderDoc, keys?: ApiKeyDoc[]) {
  return {
    providerId: p._id,
    name: p.name,
    contactEmail: p.contactEmail,
    clientId: p.clientId ?? null,
    createdAt: p.createdAt,
    ...(keys
      ? {
          keys: keys.map((k) => ({ keyId: k._id, createdAt: k.createdAt, revokedAt: k.revokedAt })),
        }
      : {}),
  };
}
