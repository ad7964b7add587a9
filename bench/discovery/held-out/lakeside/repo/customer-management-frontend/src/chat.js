import { Client } from '@stomp/stompjs';
import SockJS from 'sockjs-client';
import { chatUrl } from './config';

/**
 * Browser-side chat connection to customer-management-backend (/ws, SockJS + STOMP).
 */
export function connectChat({ onMessage, onNotification }) {
  const client = new Client({
    webSocketFactory: () => new SockJS(chatUrl),
    reconnectDelay: 3000,
  });
  client.onConnect = () => {
    client.subscribe('/topic/notifications', (frame) => onNotification(JSON.parse(frame.body)));
  };
  client.activate();

  return {
    watchCustomer(customerId) {
      return client.subscribe(`/topic/messages/${customerId}`, (frame) => onMessage(JSON.parse(frame.body)));
    },
    send(customerId, username, content) {
      client.publish({
        destination: '/chat/messages',
        body: JSON.stringify({ customerId, username, content, sentByOperator: true }),
      });
    },
    close: () => client.deactivate(),
  };
}
