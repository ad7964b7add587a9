import { io } from 'socket.io-client';
import { config } from '../config';

export function joinApp(appId, user, handlers) {
  const socket = io({ path: config.wsPath, withCredentials: true });
  socket.emit('join', { appId, user });
  socket.on('cursor', handlers.onCursor);
  socket.on('update', handlers.onUpdate);
  socket.on('presence', handlers.onPresence);
  return socket;
}
