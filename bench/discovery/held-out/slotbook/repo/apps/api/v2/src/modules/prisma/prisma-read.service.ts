import type { OnModuleInit, OnModuleDestroy } from "@nestjs/common";
import { Injectable, Logger } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { PrismaClient } from "@prisma/client";

import type { AppConfig } from "../../config/type";

@Injectable()
export class PrismaReadService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger("PrismaReadService");

  public prisma: PrismaClient;

  constructor(readonly configService: ConfigService<AppConfig>) {
    const dbUrl = configService.get("db.readUrl", { infer: true });

    this.prisma = new PrismaClient({
      datasources: {
        db: {
          url: dbUrl,
        },
      },
    });
  }

  async onModuleInit() {
    try {
      await this.prisma.$connect();
    } catch (error) {
      this.logger.error(error);
    }
  }

  async onModuleDestroy() {
    await this.prisma.$disconnect();
  }
}
