import { eventChannel, EventChannel } from "redux-saga";
import { call, fork, put, take, cancel } from "redux-saga/effects";
import { io, Socket } from "socket.io-client";

// The realtime server is mounted under /rts on the same origin (Caddy proxies it).
export const RTS_BASE_PATH = "/rts";
export const PAGE_EDIT_NAMESPACE = "/page/edit";

export const WEBSOCKET_EVENTS = {
  CONNECTED: "connect",
  DISCONNECTED: "disconnect",
  COLLAB_SET_EDITORS: "collab:online_editors",
  START_EDITING_APP: "collab:start_edit",
  LEAVE_EDITING_APP: "collab:leave_edit",
  PAGE_POINTER_UPDATE: "collab:mouse_pointer",
  APP_UPDATED: "app:updated",
};

function connect(namespace: string): Promise<Socket> {
  const socket = io(namespace, {
    path: RTS_BASE_PATH,
    transports: ["websocket"],
    reconnectionAttempts: 5,
    reconnectionDelay: 3000,
  });
  return new Promise((resolve) => {
    socket.on(WEBSOCKET_EVENTS.CONNECTED, () => resolve(socket));
  });
}

function listen(socket: Socket): EventChannel<{ type: string; payload: unknown }> {
  return eventChannel((emit) => {
    socket.onAny((event: string, ...args: unknown[]) => emit({ type: event, payload: args[0] }));
    socket.on(WEBSOCKET_EVENTS.DISCONNECTED, () => emit({ type: WEBSOCKET_EVENTS.DISCONNECTED, payload: null }));
    return () => socket.disconnect();
  });
}

function* readFromSocket(socket: Socket) {
  const channel: EventChannel<{ type: string; payload: unknown }> = yield call(listen, socket);
  while (true) {
    const action: { type: string; payload: unknown } = yield take(channel);
    yield put({ type: `RTS_${action.type.toUpperCase().replace(/:/g, "_")}`, payload: action.payload });
  }
}

function* writeToSocket(socket: Socket) {
  while (true) {
    const { payload } = yield take("RTS_EMIT");
    socket.emit(payload.event, payload.data);
  }
}

export default function* pageEditSocketSaga(applicationId: string) {
  const socket: Socket = yield call(connect, PAGE_EDIT_NAMESPACE);
  socket.emit(WEBSOCKET_EVENTS.START_EDITING_APP, applicationId);
  const reader = yield fork(readFromSocket, socket);
  const writer = yield fork(writeToSocket, socket);
  yield take("STOP_PAGE_EDIT_SOCKET");
  socket.emit(WEBSOCKET_EVENTS.LEAVE_EDITING_APP, applicationId);
  yield cancel(reader);
  yield cancel(writer);
  socket.disconnect();
}
