const Conversation = require('./schema/convoSchema');
const { deleteMessages } = require('./Message');

module.exports = {
  Conversation,
  getConvo: async (user, conversationId) => Conversation.findOne({ user, conversationId }).lean(),
  saveConvo: async (user, { conversationId, ...convo }) =>
    Conversation.findOneAndUpdate({ conversationId, user }, { ...convo, user }, { new: true, upsert: true }),
  getConvosByPage: async (user, pageNumber = 1, pageSize = 25) => {
    const totalConvos = (await Conversation.countDocuments({ user })) || 1;
    const pages = Math.ceil(totalConvos / pageSize);
    const convos = await Conversation.find({ user })
      .sort({ updatedAt: -1 })
      .skip((pageNumber - 1) * pageSize)
      .limit(pageSize)
      .lean();
    return { conversations: convos, pages, pageNumber, pageSize };
  },
  deleteConvos: async (user, filter) => {
    const toRemove = await Conversation.find({ ...filter, user }).select('conversationId');
    const ids = toRemove.map((c) => c.conversationId);
    const deleteCount = await Conversation.deleteMany({ ...filter, user });
    deleteCount.messages = await deleteMessages({ conversationId: { $in: ids } });
    return deleteCount;
  },
};
