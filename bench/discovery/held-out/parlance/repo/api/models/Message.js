const Message = require('./schema/messageSchema');
const { logger } = require('~/config');

module.exports = {
  Message,

  async saveMessage(params) {
    try {
      const update = { ...params, messageId: params.newMessageId || params.messageId };
      return await Message.findOneAndUpdate({ messageId: params.messageId }, update, {
        upsert: true,
        new: true,
      });
    } catch (err) {
      logger.error('Error saving message:', err);
      throw new Error('Failed to save message.');
    }
  },

  async getMessages(filter, select) {
    if (select) {
      return await Message.find(filter).select(select).sort({ createdAt: 1 }).lean();
    }
    return await Message.find(filter).sort({ createdAt: 1 }).lean();
  },

  async deleteMessages(filter) {
    return await Message.deleteMany(filter);
  },
};
