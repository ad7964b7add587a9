const { MeiliSearch } = require('meilisearch');
const Conversation = require('~/models/schema/convoSchema');
const Message = require('~/models/schema/messageSchema');
const { logger } = require('~/config');

const searchEnabled = process.env?.SEARCH?.toLowerCase() === 'true';
let currentTimeout = null;

class MeiliSearchClient {
  static instance = null;

  static getInstance() {
    if (!MeiliSearchClient.instance) {
      if (!process.env.MEILI_HOST || !process.env.MEILI_MASTER_KEY) {
        throw new Error('Meilisearch configuration is missing.');
      }
      MeiliSearchClient.instance = new MeiliSearch({
        host: process.env.MEILI_HOST,
        apiKey: process.env.MEILI_MASTER_KEY,
      });
    }
    return MeiliSearchClient.instance;
  }
}

async function indexSync() {
  if (!searchEnabled) {
    return;
  }
  try {
    const client = MeiliSearchClient.getInstance();

    const { status } = await client.health();
    if (status !== 'available') {
      throw new Error('Meilisearch not available');
    }

    const messageCount = await Message.countDocuments();
    const convoCount = await Conversation.countDocuments();
    const messages = await client.index('messages').getStats();
    const convos = await client.index('convos').getStats();

    if (messages.numberOfDocuments !== messageCount) {
      logger.debug('[indexSync] Indexing messages');
      await Message.syncWithMeili();
    }

    if (convos.numberOfDocuments !== convoCount) {
      logger.debug('[indexSync] Indexing convos');
      await Conversation.syncWithMeili();
    }
  } catch (err) {
    if (err.message.includes('not found')) {
      logger.debug('[indexSync] Creating indices...');
      currentTimeout = setTimeout(async () => {
        await Message.syncWithMeili();
        await Conversation.syncWithMeili();
      }, 750);
    } else {
      logger.error('[indexSync] error', err);
    }
  }
}

process.on('exit', () => clearTimeout(currentTimeout));

module.exports = indexSync;
