import { Injectable, Logger } from '@nestjs/common';

// import { createClient, ClickHouseClient } from '@clickhouse/client';

import { EnvironmentService } from 'src/engine/core-modules/environment/environment.service';

type CreateEventInput = {
  action: string;
  payload: object;
};

@Injectable()
export class AnalyticsService {
  private readonly logger = new Logger(AnalyticsService.name);
  // private clickhouseClient: ClickHouseClient;

  constructor(private readonly environmentService: EnvironmentService) {
    // TODO: re-enable once ClickHouse is part of the self-hosted stack
    // this.clickhouseClient = createClient({
    //   url: process.env.CLICKHOUSE_URL ?? 'http://clickhouse:8123',
    //   database: 'rapport',
    // });
  }

  async create(
    createEventInput: CreateEventInput,
    userId: string | null | undefined,
    workspaceId: string | null | undefined,
  ) {
    const event = {
      action: createEventInput.action,
      timestamp: new Date().toISOString(),
      version: '1',
      userId,
      workspaceId,
      payload: JSON.stringify(createEventInput.payload),
    };

    // await this.clickhouseClient.insert({
    //   table: 'events',
    //   values: [event],
    //   format: 'JSONEachRow',
    // });

    this.logger.debug(`analytics event ${event.action} (storage disabled)`);

    return { success: true };
  }
}
