import { Injectable } from '@nestjs/common';
import { CacheService, WebSocketsQueueService, WebSocketEventEnum } from '@pingwell/application-generic';
import { MessageRepository } from '@pingwell/dal';

export interface MarkMessageAsCommand {
  environmentId: string;
  organizationId: string;
  subscriberId: string;
  _subscriberId: string;
  messageIds: string[];
  mark: { seen?: boolean; read?: boolean };
}

@Injectable()
export class MarkMessageAs {
  constructor(
    private messageRepository: MessageRepository,
    private webSocketsQueueService: WebSocketsQueueService,
    private cacheService: CacheService
  ) {}

  async execute(command: MarkMessageAsCommand) {
    await this.cacheService.invalidateByPrefix(`feed:${command._subscriberId}`);
    await this.messageRepository.changeStatus(command.environmentId, command._subscriberId, command.messageIds, command.mark);

    const events: WebSocketEventEnum[] = [];
    if (command.mark.seen != null) events.push(WebSocketEventEnum.UNSEEN);
    if (command.mark.read != null) events.push(WebSocketEventEnum.UNREAD);

    for (const event of events) {
      await this.webSocketsQueueService.add({
        name: 'sendMessage',
        data: {
          event,
          userId: command._subscriberId,
          _environmentId: command.environmentId,
        },
        groupId: command.organizationId,
      });
    }

    return this.messageRepository.findByIds(command.environmentId, command.messageIds);
  }
}
