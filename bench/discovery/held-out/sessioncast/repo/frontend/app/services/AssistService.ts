import { io, Socket } from 'socket.io-client';
import Peer from 'peerjs';
import APIClient from '../api_client';

const client = new APIClient();

// Agent side of a live session: signalling over socket.io (assist) and media over WebRTC via PeerJS (peers).
export default class AssistService {
  private socket: Socket | null = null;
  private peer: Peer | null = null;

  async connect(projectKey: string, sessionId: string, agentToken: string) {
    const origin = window.location.origin;
    this.socket = io(origin, {
      path: '/ws-assist/socket',
      auth: { token: agentToken },
      query: { peerId: `${projectKey}-${sessionId}`, identity: 'agent' },
      transports: ['websocket'],
    });
    this.peer = new Peer({
      host: window.location.hostname,
      path: `/assist/${projectKey}/peerjs`,
      secure: window.location.protocol === 'https:',
      port: window.location.protocol === 'https:' ? 443 : 80,
    });
    return this.socket;
  }

  async liveSessions(siteId: string, page = 1) {
    const r = await client.post(`/${siteId}/assist/sessions`, { limit: 10, page });
    return r.json();
  }

  disconnect() {
    this.socket?.disconnect();
    this.peer?.destroy();
  }
}
