import type { OnModuleDestroy } from "@nestjs/common";
import { Injectable, Logger } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { Redis } from "ioredis";

import type { AppConfig } from "../../config/type";

@Injectable()
export class RedisService implements OnModuleDestroy {
  public redis: Redis;
  private readonly logger = new Logger("RedisService");

  constructor(readonly configService: ConfigService<AppConfig>) {
    const dbUrl = configService.get<string>("db.redisUrl", { infer: true });
    if (!dbUrl) throw new Error("Misconfigured Redis, halting.");
    this.redis = new Redis(dbUrl);
  }

  async getKey<T>(key: string): Promise<T | null> {
    const cached = await this.redis.get(key);
    return cached ? (JSON.parse(cached) as T) : null;
  }

  async setKey(key: string, value: unknown, ttlSeconds = 60) {
    await this.redis.set(key, JSON.stringify(value), "EX", ttlSeconds);
  }

  async onModuleDestroy() {
    try {
      await this.redis.disconnect();
    } catch (err) {
      this.logger.error(err);
    }
  }
}
