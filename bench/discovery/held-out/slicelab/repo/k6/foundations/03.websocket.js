import { WebSocket } from "k6/experimental/websockets";

const WS_URL = __ENV.WS_URL || "ws://localhost:3333/ws";

export default function () {
  const ws = new WebSocket(WS_URL);
  ws.onopen = () => ws.send(JSON.stringify({ user: `VU ${__VU}`, msg: "hello" }));
  ws.onmessage = () => ws.close();
}
