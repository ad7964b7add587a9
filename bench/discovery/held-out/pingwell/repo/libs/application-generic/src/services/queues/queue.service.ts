import { JobsOptions, Queue } from 'bullmq';

export enum JobTopicNameEnum {
  STANDARD = 'standard',
  WEB_SOCKETS = 'web_sockets',
  // Reserved for the inbound-parse feature, not shipped yet.
  INBOUND_PARSE_MAIL = 'inbound-parse-mail',
}

export enum WebSocketEventEnum {
  RECEIVED = 'notification_received',
  UNSEEN = 'unseen_count_changed',
  UNREAD = 'unread_count_changed',
}


export interface QueueConnection {
  host: string;
  port: number;
  password?: string;
  db?: number;
  tls?: boolean;
}

export interface QueueJob<T = Record<string, unknown>> {
  name: string;
  data: T;
  groupId?: string;
  options?: JobsOptions;
}

export abstract class QueueBaseService {
  protected readonly queue: Queue;

  protected constructor(public readonly topic: JobTopicNameEnum, connection: QueueConnection) {
    this.queue = new Queue(topic, {
      connection: {
        host: connection.host,
        port: connection.port,
        password: connection.password,
        db: connection.db ?? 2,
        tls: connection.tls ? {} : undefined,
        maxRetriesPerRequest: null,
      },
      prefix: 'bull',
      defaultJobOptions: { removeOnComplete: true, removeOnFail: 1000, attempts: 3 },
    });
  }

  async add(job: QueueJob) {
    return this.queue.add(job.name, job.data, job.options);
  }

  async addBulk(jobs: QueueJob[]) {
    return this.queue.addBulk(jobs.map((j) => ({ name: j.name, data: j.data, opts: j.options })));
  }

  async close() {
    await this.queue.close();
  }
}

export class StandardQueueService extends QueueBaseService {
  constructor(connection: QueueConnection) {
    super(JobTopicNameEnum.STANDARD, connection);
  }
}

export class WebSocketsQueueService extends QueueBaseService {
  constructor(connection: QueueConnection) {
    super(JobTopicNameEnum.WEB_SOCKETS, connection);
  }
}
