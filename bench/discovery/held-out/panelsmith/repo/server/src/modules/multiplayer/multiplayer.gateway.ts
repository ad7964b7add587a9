import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Server, Socket } from 'socket.io';

@WebSocketGateway({ path: '/ws' })
export class MultiplayerGateway {
  @WebSocketServer() server: Server;

  @SubscribeMessage('join')
  join(@ConnectedSocket() client: Socket, @MessageBody() data: { appId: string; user: string }) {
    client.join(`app:${data.appId}`);
    client.to(`app:${data.appId}`).emit('presence', { user: data.user, state: 'joined' });
  }

  @SubscribeMessage('cursor')
  cursor(@ConnectedSocket() client: Socket, @MessageBody() data: { appId: string; x: number; y: number }) {
    client.to(`app:${data.appId}`).emit('cursor', { id: client.id, x: data.x, y: data.y });
  }

  @SubscribeMessage('update')
  update(@ConnectedSocket() client: Socket, @MessageBody() data: { appId: string; patch: unknown }) {
    client.to(`app:${data.appId}`).emit('update', data.patch);
  }
}
