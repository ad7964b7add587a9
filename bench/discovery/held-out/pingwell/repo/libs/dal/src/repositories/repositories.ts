import mongoose, { FilterQuery, Model, Schema } from 'mongoose';

export class BaseRepository<T> {
  constructor(protected model: Model<T>) {}

  findOne(query: FilterQuery<T>) {
    return this.model.findOne(query).lean().exec();
  }

  find(query: FilterQuery<T>, limit = 100) {
    return this.model.find(query).limit(limit).lean().exec();
  }

  async create(data: Partial<T>) {
    const doc = await this.model.create(data);
    return doc.toObject();
  }

  update(query: FilterQuery<T>, update: any) {
    return this.model.updateMany(query, update).exec();
  }
}


const loose = (name: string, collection: string) =>
  mongoose.models[name] ?? mongoose.model(name, new Schema({}, { strict: false, timestamps: true }), collection);

export class IntegrationRepository extends BaseRepository<any> {
  constructor() {
    super(loose('Integration', 'integrations'));
  }

  findActiveForChannel(environmentId: string, channel: string) {
    return this.findOne({ _environmentId: environmentId, channel, active: true, primary: true });
  }
}

export class SubscriberRepository extends BaseRepository<any> {
  constructor() {
    super(loose('Subscriber', 'subscribers'));
  }

  findById(environmentId: string, id: string) {
    return this.findOne({ _environmentId: environmentId, _id: id });
  }

  findBySubscriberId(environmentId: string, subscriberId: string) {
    return this.findOne({ _environmentId: environmentId, subscriberId });
  }

  upsertFromTrigger(environmentId: string, recipient: any) {
    const subscriberId = typeof recipient === 'string' ? recipient : recipient.subscriberId;
    const fields = typeof recipient === 'string' ? {} : recipient;
    return this.model.updateOne({ _environmentId: environmentId, subscriberId }, { $set: fields }, { upsert: true }).exec();
  }
}

export class NotificationRepository extends BaseRepository<any> {
  constructor() {
    super(loose('NotificationTemplate', 'notificationtemplates'));
  }

  findTemplateByIdentifier(environmentId: string, identifier: string) {
    return this.findOne({ _environmentId: environmentId, 'triggers.identifier': identifier, deleted: { $ne: true } });
  }

  findTemplateById(environmentId: string, id: string) {
    return this.findOne({ _environmentId: environmentId, _id: id });
  }
}

export class JobRepository extends BaseRepository<any> {
  constructor() {
    super(loose('Job', 'jobs'));
  }

  createForStep(data: any, step: any) {
    return this.create({ ...data, step, status: 'running' });
  }

  addExecutionDetail(jobId: string, detail: string, raw?: Record<string, unknown>) {
    return this.update({ _id: jobId }, { $push: { executionDetails: { detail, raw, createdAt: new Date() } } });
  }
}
