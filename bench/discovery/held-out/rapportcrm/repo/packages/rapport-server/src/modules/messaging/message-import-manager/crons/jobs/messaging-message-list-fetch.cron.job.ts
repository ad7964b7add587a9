import { InjectRepository } from '@nestjs/typeorm';

import { Repository } from 'typeorm';

import { Workspace, WorkspaceActivationStatus } from 'src/engine/core-modules/workspace/workspace.entity';
import { InjectMessageQueue } from 'src/engine/core-modules/message-queue/decorators/message-queue.decorator';
import { Process } from 'src/engine/core-modules/message-queue/decorators/process.decorator';
import { Processor } from 'src/engine/core-modules/message-queue/decorators/processor.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { MessageQueueService } from 'src/engine/core-modules/message-queue/services/message-queue.service';
import { RapportORMGlobalManager } from 'src/engine/rapport-orm/rapport-orm-global.manager';
import {
  MessageChannelSyncStage,
  MessageChannelWorkspaceEntity,
} from 'src/modules/messaging/common/standard-objects/message-channel.workspace-entity';
import {
  MessagingMessageListFetchJob,
  MessagingMessageListFetchJobData,
} from 'src/modules/messaging/message-import-manager/jobs/messaging-message-list-fetch.job';

export const MESSAGING_MESSAGE_LIST_FETCH_CRON_PATTERN = '*/5 * * * *';

@Processor(MessageQueue.cronQueue)
export class MessagingMessageListFetchCronJob {
  constructor(
    @InjectRepository(Workspace, 'core')
    private readonly workspaceRepository: Repository<Workspace>,
    @InjectMessageQueue(MessageQueue.messagingQueue)
    private readonly messageQueueService: MessageQueueService,
    private readonly rapportORMGlobalManager: RapportORMGlobalManager,
  ) {}

  @Process(MessagingMessageListFetchCronJob.name)
  async handle(): Promise<void> {
    const activeWorkspaces = await this.workspaceRepository.find({
      where: {
        activationStatus: WorkspaceActivationStatus.ACTIVE,
      },
    });

    for (const activeWorkspace of activeWorkspaces) {
      const messageChannelRepository =
        await this.rapportORMGlobalManager.getRepositoryForWorkspace<MessageChannelWorkspaceEntity>(
          activeWorkspace.id,
          'messageChannel',
        );

      const messageChannels = await messageChannelRepository.find({
        where: { isSyncEnabled: true },
      });

      for (const messageChannel of messageChannels) {
        if (
          (messageChannel.syncStage ===
            MessageChannelSyncStage.FULL_MESSAGE_LIST_FETCH_PENDING ||
            messageChannel.syncStage ===
              MessageChannelSyncStage.PARTIAL_MESSAGE_LIST_FETCH_PENDING) &&
          messageChannel.isSyncEnabled
        ) {
          await this.messageQueueService.add<MessagingMessageListFetchJobData>(
            MessagingMessageListFetchJob.name,
            {
              workspaceId: activeWorkspace.id,
              messageChannelId: messageChannel.id,
            },
          );
        }
      }
    }
  }
}
