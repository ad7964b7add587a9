import { Processor } from 'src/engine/core-modules/message-queue/decorators/processor.decorator';
import { Process } from 'src/engine/core-modules/message-queue/decorators/process.decorator';
import { MessageQueue } from 'src/engine/core-modules/message-queue/message-queue.constants';
import { FileStorageService } from 'src/engine/core-modules/file-storage/file-storage.service';

export type FileWorkspaceFolderDeletionJobData = {
  workspaceId: string;
};

@Processor(MessageQueue.deleteCascadeQueue)
export class FileWorkspaceFolderDeletionJob {
  constructor(private readonly fileStorageService: FileStorageService) {}

  @Process(FileWorkspaceFolderDeletionJob.name)
  async handle(data: FileWorkspaceFolderDeletionJobData): Promise<void> {
    const { workspaceId } = data;

    try {
      await this.fileStorageService.delete({
        folderPath: `workspace-${workspaceId}`,
      });
    } catch (error) {
      throw new Error(
        `[${FileWorkspaceFolderDeletionJob.name}] Cannot delete workspace folder - ${workspaceId}`,
      );
    }
  }
}
