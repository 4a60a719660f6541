import { Injectable } from '@nestjs/common';
import { InjectStore, type Store } from '@inspectorate/persistence';
import { ApiKeys, ProviderClients, Providers } from '../persistence/collections';

/** An instrumentaanbieder (survey provider), registered by a beheerder. */
export interface ProviderDoc {
  _id: string;
  name: string;
  contactEmail: string | null;
  /** The provider's OAuth client (client credentials, role instrumentaanbieder), if it has one. */
  clientId?: string | null;
  createdAt: Date;
  createdBy: string;
}

/**
 * Which provider an OAuth client is: keyed by the client id, so no two
 * providers can claim one client (a unique _id holds on every replica).
 */
export interface ProviderClientDoc {
  _id: string;
  providerId: string;
}

/**
 * One API key of a provider. Looked up by its id (the middle part of the
 * key), so authentication is one read by _id and one scrypt check.
 */
export interface ApiKeyDoc {
  _id: string;
  providerId: string;
  hash: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** The providers and their keys (collections declared in persistence/collections.ts). */
@Injectable()
export class ProvidersStore {
  constructor(
    @InjectStore(Providers) readonly providers: Store<ProviderDoc>,
    @InjectStore(ApiKeys) readonly keys: Store<ApiKeyDoc>,
    @InjectStore(ProviderClients) readonly clients: Store<ProviderClientDoc>,
  ) {}
}
