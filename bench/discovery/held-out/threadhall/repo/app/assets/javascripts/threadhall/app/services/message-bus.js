import Service from "@ember/service";
import MessageBus from "message-bus-client";

// Browser side of the live-update channel; talks to /message-bus on the same origin.
export default class MessageBusService extends Service {
  constructor() {
    super(...arguments);
    MessageBus.baseUrl = "/";
    MessageBus.enableLongPolling = true;
    MessageBus.start();
  }

  subscribe(channel, callback, lastId) {
    MessageBus.subscribe(channel, callback, lastId);
  }

  unsubscribe(channel, callback) {
    MessageBus.unsubscribe(channel, callback);
  }
}
