// The browser opens the websocket straight to chat-service (not through the gateway).
const base = process.env.VUE_APP_CHAT_WS_URL || 'ws://localhost:8098'

export function joinRoom (room, login, onMessage) {
  const ws = new WebSocket(`${base}/ws/chat/${encodeURIComponent(room)}/${encodeURIComponent(login)}`)
  ws.onmessage = evt => onMessage(JSON.parse(evt.data))
  return {
    send: text => ws.send(text),
    leave: () => ws.close()
  }
}
