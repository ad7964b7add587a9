import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { JobTopicNameEnum, WebSocketEventEnum } from '@pingwell/application-generic';
import { config } from '../../config/env.validators';
import { WSGateway } from '../ws.gateway';

type SocketJob = { event: WebSocketEventEnum; userId: string; _environmentId: string; payload?: Record<string, unknown> };

@Injectable()
export class WebSocketWorker implements OnModuleInit, OnModuleDestroy {
  private worker?: Worker<SocketJob>;

  constructor(private gateway: WSGateway) {}

  onModuleInit() {
    this.worker = new Worker<SocketJob>(JobTopicNameEnum.WEB_SOCKETS, (job) => this.process(job), {
      connection: {
        host: config.REDIS_HOST,
        port: config.REDIS_PORT,
        password: config.REDIS_PASSWORD || undefined,
        db: config.REDIS_DB_INDEX,
      },
      prefix: 'bull',
      concurrency: config.WS_WORKER_CONCURRENCY,
    });
  }

  async onModuleDestroy() {
    await this.worker?.close();
  }

  private async process(job: Job<SocketJob>) {
    const { event, userId, _environmentId, payload } = job.data;
    switch (event) {
      case WebSocketEventEnum.RECEIVED:
        await this.gateway.sendMessage(userId, 'notification_received', payload);
        await this.gateway.sendMessage(userId, 'unseen_count_changed', {
          unseenCount: await this.gateway.countFor(_environmentId, userId, { seen: false }),
        });
        break;
      case WebSocketEventEnum.UNSEEN:
        await this.gateway.sendMessage(userId, 'unseen_count_changed', {
          unseenCount: await this.gateway.countFor(_environmentId, userId, { seen: false }),
        });
        break;
      case WebSocketEventEnum.UNREAD:
        await this.gateway.sendMessage(userId, 'unread_count_changed', {
          unreadCount: await this.gateway.countFor(_environmentId, userId, { read: false }),
        });
        break;
    }
  }
}
