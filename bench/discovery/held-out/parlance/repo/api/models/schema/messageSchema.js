const mongoose = require('mongoose');
const mongoMeili = require('~/models/plugins/mongoMeili');

const messageSchema = mongoose.Schema(
  {
    messageId: { type: String, unique: true, required: true, index: true, meiliIndex: true },
    conversationId: { type: String, index: true, required: true, meiliIndex: true },
    user: { type: String, index: true, default: null },
    model: { type: String, default: null },
    endpoint: { type: String },
    conversationSignature: { type: String },
    parentMessageId: { type: String },
    tokenCount: { type: Number },
    sender: { type: String, meiliIndex: true },
    text: { type: String, meiliIndex: true },
    isCreatedByUser: { type: Boolean, required: true, default: false },
    error: { type: Boolean, default: false },
    files: [{ type: mongoose.Schema.Types.Mixed }],
  },
  { timestamps: true },
);

if (process.env.MEILI_HOST && process.env.MEILI_MASTER_KEY) {
  messageSchema.plugin(mongoMeili, {
    host: process.env.MEILI_HOST,
    apiKey: process.env.MEILI_MASTER_KEY,
    indexName: 'messages',
    primaryKey: 'messageId',
  });
}

messageSchema.index({ createdAt: 1 }, { expireAfterSeconds: 0 });

const Message = mongoose.models.Message || mongoose.model('Message', messageSchema);

module.exports = Message;
