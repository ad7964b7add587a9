import { InMemoryProviderService } from '../in-memory-provider/in-memory-provider.service';

export class CacheService {
  constructor(private provider: InMemoryProviderService) {}

  private get client() {
    return this.provider.isReady() ? this.provider.client : undefined;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.client?.get(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  }

  async set(key: string, value: unknown) {
    await this.client?.set(key, JSON.stringify(value), 'EX', this.provider.ttl);
  }

  async getOrSet<T>(key: string, loader: () => Promise<T>): Promise<T> {
    const cached = await this.get<T>(key).catch(() => undefined);
    if (cached !== undefined) return cached;
    const value = await loader();
    if (value !== undefined && value !== null) await this.set(key, value).catch(() => undefined);
    return value;
  }

  async invalidateByPrefix(prefix: string) {
    const client = this.client;
    if (!client || !('scanStream' in client)) return;
    const stream = client.scanStream({ match: `pw:cache:${prefix}*`, count: 100 });
    for await (const keys of stream) {
      if ((keys as string[]).length) await client.unlink(...(keys as string[]).map((k) => k.replace('pw:cache:', '')));
    }
  }
}

export const buildWorkflowKey = (environmentId: string, identifier: string) => `workflow:${environmentId}:${identifier}`;
export const buildIntegrationKey = (environmentId: string, providerId: string) =>
  `integration:${environmentId}:${providerId}`;
export const buildFeedKey = (subscriberId: string) => `feed:${subscriberId}`;
