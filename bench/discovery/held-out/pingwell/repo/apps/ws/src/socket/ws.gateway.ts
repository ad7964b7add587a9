import { Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { OnGatewayConnection, OnGatewayDisconnect, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { MessageRepository, SubscriberRepository } from '@pingwell/dal';
import { Server, Socket } from 'socket.io';

@WebSocketGateway()
export class WSGateway implements OnGatewayConnection, OnGatewayDisconnect {
  private readonly logger = new Logger(WSGateway.name);

  @WebSocketServer()
  server: Server;

  constructor(
    private jwtService: JwtService,
    private subscriberRepository: SubscriberRepository,
    private messageRepository: MessageRepository
  ) {}

  async handleConnection(socket: Socket) {
    const token = (socket.handshake.auth?.token ?? socket.handshake.query?.token) as string | undefined;
    if (!token) return socket.disconnect(true);

    try {
      const claims = this.jwtService.verify<{ _id: string; environmentId: string }>(token);
      const subscriber = await this.subscriberRepository.findById(claims.environmentId, claims._id);
      if (!subscriber) return socket.disconnect(true);

      await socket.join(subscriber._id.toString());
      const unseen = await this.messageRepository.getCount(claims.environmentId, subscriber._id, 'in_app', { seen: false });
      socket.emit('unseen_count_changed', { unseenCount: unseen });
    } catch (e: any) {
      this.logger.debug(`rejecting socket: ${e.message}`);
      socket.disconnect(true);
    }
  }

  handleDisconnect(socket: Socket) {
    this.logger.verbose(`socket ${socket.id} disconnected`);
  }

  async sendMessage(userId: string, event: string, data: unknown) {
    this.server.to(userId).emit(event, data);
  }

  async countFor(environmentId: string, userId: string, filter: { seen?: boolean; read?: boolean }) {
    return this.messageRepository.getCount(environmentId, userId, 'in_app', filter);
  }
}
