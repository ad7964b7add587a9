import { getAccessToken, streamingAPIBaseURL } from './initial_state';

interface StreamEvent {
  stream: string[];
  event: string;
  payload: string;
}

interface StreamCallbacks {
  connected?: () => void;
  disconnected?: () => void;
  received: (data: StreamEvent) => void;
}

const subscriptionCounters: Record<string, number> = {};

let sharedConnection: WebSocket | null = null;
const subscriptions: { channelName: string; params: Record<string, string>; callbacks: StreamCallbacks }[] = [];

const channelNameWithInlineParams = (channelName: string, params: Record<string, string>) =>
  Object.keys(params).length === 0 ? channelName : `${channelName}&${Object.keys(params).map(k => `${k}=${params[k]}`).join('&')}`;

/**
 * Opens the single multiplexed WebSocket to the streaming server
 * (wss://<host>/api/v1/streaming, proxied by nginx to the Node.js streaming service).
 */
const createConnection = (): WebSocket => {
  const accessToken = getAccessToken();
  const url = new URL('/api/v1/streaming', streamingAPIBaseURL ?? window.location.origin.replace(/^http/, 'ws'));
  const ws = accessToken ? new WebSocket(url.toString(), accessToken) : new WebSocket(url.toString());

  ws.onopen = () => {
    subscriptions.forEach(({ channelName, params }) => {
      ws.send(JSON.stringify({ type: 'subscribe', stream: channelName, ...params }));
    });
  };

  ws.onmessage = (e: MessageEvent<string>) => {
    const json = JSON.parse(e.data) as StreamEvent;
    subscriptions
      .filter(({ channelName }) => json.stream.includes(channelName))
      .forEach(({ callbacks }) => callbacks.received(json));
  };

  ws.onclose = () => {
    subscriptions.forEach(({ callbacks }) => callbacks.disconnected?.());
    setTimeout(() => { sharedConnection = createConnection(); }, 5000);
  };

  return ws;
};

export const connectStream = (channelName: string, params: Record<string, string>, callbacks: StreamCallbacks) => {
  const key = channelNameWithInlineParams(channelName, params);
  subscriptionCounters[key] = (subscriptionCounters[key] ?? 0) + 1;
  subscriptions.push({ channelName, params, callbacks });

  sharedConnection ??= createConnection();
  if (sharedConnection.readyState === WebSocket.OPEN) {
    sharedConnection.send(JSON.stringify({ type: 'subscribe', stream: channelName, ...params }));
  }

  return () => {
    subscriptionCounters[key] -= 1;
    if (subscriptionCounters[key] === 0 && sharedConnection?.readyState === WebSocket.OPEN) {
      sharedConnection.send(JSON.stringify({ type: 'unsubscribe', stream: channelName, ...params }));
    }
  };
};
