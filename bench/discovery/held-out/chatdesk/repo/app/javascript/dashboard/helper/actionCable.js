import { createConsumer } from '@rails/actioncable';

const PRESENCE_INTERVAL = 20000;

// Connects to the /cable endpoint mounted by the same rails app
class ActionCableConnector {
  constructor(app, pubsubToken, accountId, userId) {
    this.app = app;
    this.consumer = createConsumer();
    this.subscription = this.consumer.subscriptions.create(
      {
        channel: 'RoomChannel',
        pubsub_token: pubsubToken,
        account_id: accountId,
        user_id: userId,
      },
      {
        received: this.onReceived,
      }
    );
    this.events = {
      'message.created': this.onMessageCreated,
      'conversation.created': this.onConversationCreated,
      'conversation.status_changed': this.onStatusChange,
      'presence.update': this.onPresenceUpdate,
    };
    setInterval(() => {
      this.subscription.perform('update_presence');
    }, PRESENCE_INTERVAL);
  }

  onReceived = ({ event, data } = {}) => {
    if (this.events[event] && typeof this.events[event] === 'function') {
      this.events[event](data);
    }
  };

  onMessageCreated = data => {
    this.app.$store.dispatch('addMessage', data);
  };

  onConversationCreated = data => {
    this.app.$store.dispatch('addConversation', data);
  };

  onStatusChange = data => {
    this.app.$store.dispatch('updateConversation', data);
  };

  onPresenceUpdate = data => {
    this.app.$store.dispatch('contacts/updatePresence', data.contacts);
    this.app.$store.dispatch('agents/updatePresence', data.users);
  };
}

export default {
  init(app, pubsubToken, accountId, userId) {
    return new ActionCableConnector(app, pubsubToken, accountId, userId);
  },
};
