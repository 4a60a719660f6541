import {
  Body,
  ConflictException,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { ProviderId } from '@inspectorate/contracts';
import { Clock } from '@inspectorate/scheduling';
import { issueKey } from '../domain/api-key';
import { actorOf, parseBody } from '../http/validation';
import { type ApiKeyDoc, type ProviderDoc, ProvidersStore } from './providers.store';

const RegisterProvider = Type.Object(
  {
    providerId: ProviderId,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
  },
  { additionalProperties: false },
);

const IssueKey = Type.Object(
  { revokeOthers: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/**
 * Beheerder endpoints: register providers and manage their API keys.
 * INTERNAL: they carry no authentication of their own; the gateway exposes
 * them only to the beheerder role (X-Actor names who acted).
 */
@Controller('providers')
export class ProvidersController {
  constructor(
    private readonly store: ProvidersStore,
    private readonly clock: Clock,
  ) {}

  /** Registers a provider and issues its first API key; the key is shown only in this answer. */
  @Post()
  @HttpCode(201)
  async register(@Body() body: unknown, @Headers('x-actor') actorHeader?: string) {
    const actor = actorOf(actorHeader);
    const input = parseBody<{ providerId: string; name: string; contactEmail?: string }>(
      RegisterProvider,
      body,
    );
    const provider: ProviderDoc = {
      _id: input.providerId,
      name: input.name,
      contactEmail: input.contactEmail ?? null,
      createdAt: this.clock.now(),
      createdBy: actor,
    };
    try {
      await this.store.providers.insertOne(provider);
    } catch (error) {
      if ((error as { code?: number }).code === 11000)
        throw new ConflictException({
          error: 'provider-exists',
          message: `provider ${input.providerId} is already registered`,
        });
      throw error;
    }
    const key = await this.newKey(provider._id);
    return { provider: view(provider, [key.doc]), apiKey: key.apiKey, keyId: key.doc._id };
  }

  @Get()
  async list() {
    const providers = await this.store.providers.find().sort({ _id: 1 }).toArray();
    return { providers: providers.map((p) => view(p)) };
  }

  @Get(':providerId')
  async get(@Param('providerId') providerId: string) {
    const provider = await this.find(providerId);
    const keys = await this.store.keys.find({ providerId }).sort({ createdAt: 1 }).toArray();
    return view(provider, keys);
  }

  /**
   * Rotation: issues a new key. Old keys keep working until revoked (so the
   * provider can switch without downtime), unless `revokeOthers` is true.
   */
  @Post(':providerId/keys')
  @HttpCode(201)
  async issue(
    @Param('providerId') providerId: string,
    @Body() body: unknown,
    @Headers('x-actor') actorHeader?: string,
  ) {
    actorOf(actorHeader);
    const input = parseBody<{ revokeOthers?: boolean }>(IssueKey, body ?? {});
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
  async revoke(
    @Param('providerId') providerId: string,
    @Param('keyId') keyId: string,
    @Headers('x-actor') actorHeader?: string,
  ): Promise<void> {
    actorOf(actorHeader);
    const key = await this.store.keys.findOne({ _id: keyId, providerId });
    if (!key)
      throw new NotFoundException({
        error: 'not-found',
        message: `provider ${providerId} has no key ${keyId}`,
      });
    if (key.revokedAt) return;
    await this.store.keys.updateOne(
      { _id: keyId, revokedAt: null },
      { $set: { revokedAt: this.clock.now() } },
    );
  }

  private async find(providerId: string): Promise<ProviderDoc> {
    const provider = await this.store.providers.findOne({ _id: providerId });
    if (!provider)
      throw new NotFoundException({ error: 'not-found', message: `no provider ${providerId}` });
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
    await this.store.keys.insertOne(doc);
    return { apiKey: issued.apiKey, doc };
  }
}

function view(p: ProviderDoc, keys?: ApiKeyDoc[]) {
  return {
    providerId: p._id,
    name: p.name,
    contactEmail: p.contactEmail,
    createdAt: p.createdAt,
    ...(keys
      ? {
          keys: keys.map((k) => ({ keyId: k._id, createdAt: k.createdAt, revokedAt: k.revokedAt })),
        }
      : {}),
  };
}
