import mongoose, { Schema, Types } from 'mongoose';
import { BaseRepository } from './repositories';

const messageSchema = new Schema(
  {
    _environmentId: { type: Schema.Types.ObjectId, index: true },
    _subscriberId: { type: Schema.Types.ObjectId, index: true },
    _jobId: Schema.Types.ObjectId,
    channel: String,
    subject: String,
    content: Schema.Types.Mixed,
    cta: Schema.Types.Mixed,
    identifier: { type: String, index: true },
    transactionId: String,
    seen: { type: Boolean, default: false },
    read: { type: Boolean, default: false },
  },
  { timestamps: true }
);

export const MessageModel = mongoose.models.Message ?? mongoose.model('Message', messageSchema, 'messages');

export class MessageRepository extends BaseRepository<any> {
  constructor() {
    super(MessageModel);
  }

  getCount(environmentId: string, subscriberId: string | Types.ObjectId, channel: string, filter: { seen?: boolean; read?: boolean }) {
    return this.model.countDocuments({ _environmentId: environmentId, _subscriberId: subscriberId, channel, ...filter }).exec();
  }

  changeStatus(environmentId: string, subscriberId: string, ids: string[], mark: { seen?: boolean; read?: boolean }) {
    return this.update({ _environmentId: environmentId, _subscriberId: subscriberId, _id: { $in: ids } }, { $set: mark });
  }

  findByIds(environmentId: string, ids: string[]) {
    return this.find({ _environmentId: environmentId, _id: { $in: ids } });
  }

  findByIdentifier(environmentId: string, identifier: string) {
    return this.findOne({ _environmentId: environmentId, identifier });
  }

  setIdentifier(id: string, identifier: string) {
    return this.update({ _id: id }, { $set: { identifier } });
  }
}
