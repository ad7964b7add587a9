const crypto = require('crypto');
const { getMessages, saveMessage } = require('~/models/Message');
const { logger } = require('~/config');

class BaseClient {
  constructor(apiKey, options = {}) {
    this.apiKey = apiKey;
    this.sender = options.sender ?? 'AI';
    this.contextStrategy = null;
    this.currentDateString = new Date().toLocaleDateString('en-us', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
  }

  setOptions() {
    throw new Error('Method \'setOptions\' must be implemented.');
  }

  async sendCompletion() {
    throw new Error('Method \'sendCompletion\' must be implemented.');
  }

  async loadHistory(conversationId, parentMessageId = null) {
    logger.debug('[BaseClient] Loading history:', { conversationId, parentMessageId });
    return await getMessages({ conversationId });
  }

  async sendMessage(message, opts = {}) {
    const conversationId = opts.conversationId ?? crypto.randomUUID();
    const userMessage = {
      messageId: crypto.randomUUID(),
      parentMessageId: opts.parentMessageId,
      conversationId,
      sender: 'User',
      text: message,
      isCreatedByUser: true,
    };
    await saveMessage({ ...userMessage, user: opts.user });
    const history = await this.loadHistory(conversationId, opts.parentMessageId);
    const payload = [...history.map((m) => ({ role: m.isCreatedByUser ? 'user' : 'assistant', content: m.text })), { role: 'user', content: message }];
    const text = await this.sendCompletion(payload, opts);
    return {
      messageId: crypto.randomUUID(),
      conversationId,
      parentMessageId: userMessage.messageId,
      isCreatedByUser: false,
      sender: this.sender,
      text,
    };
  }
}

module.exports = BaseClient;
