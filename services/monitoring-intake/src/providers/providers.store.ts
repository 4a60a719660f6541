import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';

/** An instrumentaanbieder (survey provider), registered by a beheerder. */
export interface ProviderDoc {
  _id: string;
  name: string;
  contactEmail: string | null;
  createdAt: Date;
  createdBy: string;
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

@Injectable()
export class ProvidersStore implements OnModuleInit {
  readonly providers: Collection<ProviderDoc>;
  readonly keys: Collection<ApiKeyDoc>;

  constructor(@InjectConnection() connection: Connection) {
    this.providers = connection.db!.collection<ProviderDoc>('providers');
    this.keys = connection.db!.collection<ApiKeyDoc>('api_keys');
  }

  async onModuleInit(): Promise<void> {
    await this.keys.createIndex({ providerId: 1, createdAt: 1 });
  }
}
