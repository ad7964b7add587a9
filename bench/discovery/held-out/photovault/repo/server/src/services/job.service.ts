import { BadRequestException, Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { OnEvent } from 'src/decorators';
import { AllJobStatusResponseDto, JobCommandDto, JobStatusDto } from 'src/dtos/job.dto';
import { JobName, JobStatus, PhotoVaultWorker, QueueName } from 'src/enum';
import { ArgOf } from 'src/repositories/event.repository';
import { BaseService } from 'src/services/base.service';
import { JobItem } from 'src/types';
import { handlePromiseError } from 'src/utils/misc';

const asJobItem = (name: QueueName, force?: boolean): JobItem | undefined => {
  switch (name) {
    case QueueName.SmartSearch: {
      return { name: JobName.SmartSearch, data: { force } } as any;
    }
    case QueueName.FaceDetection: {
      return { name: JobName.AssetDetectFaces, data: { force } } as any;
    }
    default: {
      return undefined;
    }
  }
};

@Injectable()
export class JobService extends BaseService {
  @OnEvent({ name: 'ConfigInit', workers: [PhotoVaultWorker.Microservices] })
  onConfigInit({ newConfig: config }: ArgOf<'ConfigInit'>) {
    this.logger.debug(`Updating queue concurrency settings`);
    for (const queueName of Object.values(QueueName)) {
      let concurrency = 1;
      if (config.job[queueName]) {
        concurrency = config.job[queueName].concurrency;
      }
      this.logger.debug(`Setting ${queueName} concurrency to ${concurrency}`);
      this.jobRepository.setConcurrency(queueName, concurrency);
    }
  }

  async handleCommand(queueName: QueueName, dto: JobCommandDto): Promise<JobStatusDto> {
    this.logger.debug(`Handling command: queue=${queueName},command=${dto.command},force=${dto.force}`);

    switch (dto.command) {
      case 'start': {
        const item = asJobItem(queueName, dto.force);
        if (!item) {
          throw new BadRequestException(`Invalid job name: ${queueName}`);
        }
        await this.jobRepository.queue(item);
        break;
      }
      case 'pause': {
        await this.jobRepository.pause(queueName);
        break;
      }
      case 'resume': {
        await this.jobRepository.resume(queueName);
        break;
      }
      case 'empty': {
        await this.jobRepository.empty(queueName);
        break;
      }
      case 'clear-failed': {
        await this.jobRepository.clear(queueName, 'failed');
        break;
      }
    }

    return this.getJobStatus(queueName);
  }

  async getJobStatus(queueName: QueueName): Promise<JobStatusDto> {
    const [jobCounts, queueStatus] = await Promise.all([
      this.jobRepository.getJobCounts(queueName),
      this.jobRepository.getQueueStatus(queueName),
    ]);
    return { jobCounts, queueStatus } as JobStatusDto;
  }

  async getAllJobsStatus(): Promise<AllJobStatusResponseDto> {
    const response = {} as AllJobStatusResponseDto;
    for (const queueName of Object.values(QueueName)) {
      (response as any)[queueName] = await this.getJobStatus(queueName);
    }
    return response;
  }

  @Cron(CronExpression.EVERY_DAY_AT_MIDNIGHT)
  async onNightly() {
    if (this.worker !== PhotoVaultWorker.Microservices) {
      return;
    }
    await this.jobRepository.queueAll([{ name: JobName.VersionCheck, data: {} } as JobItem]);
  }

  @OnEvent({ name: 'JobStart' })
  async onJobStart(...[queueName, job]: ArgOf<'JobStart'>) {
    const queueMetric = `photovault.queues.${queueName}.active`;
    this.telemetryRepository.jobs.addToCounter(queueMetric, 1);
    try {
      const status = await this.jobRepository.run(job);
      const jobMetric = `photovault.jobs.${job.name.replaceAll('-', '_')}.${status}`;
      this.telemetryRepository.jobs.addToCounter(jobMetric, 1);
      if (status === JobStatus.Success || status == JobStatus.Skipped) {
        await this.onDone(job);
      }
    } catch (error: Error | any) {
      await this.eventRepository.emit('JobFailed' as any, { job, error });
    } finally {
      this.telemetryRepository.jobs.addToCounter(queueMetric, -1);
    }
  }

  /**
   * Queue follow up jobs
   */
  private async onDone(item: JobItem) {
    switch (item.name) {
      case JobName.AssetExtractMetadata: {
        await this.jobRepository.queue({ name: JobName.AssetGenerateThumbnails, data: item.data } as JobItem);
        break;
      }
      case JobName.AssetGenerateThumbnails: {
        const jobs: JobItem[] = [
          { name: JobName.SmartSearch, data: item.data },
          { name: JobName.AssetDetectFaces, data: item.data },
        ] as JobItem[];
        await this.jobRepository.queueAll(jobs);

        const asset = await this.assetRepository.getById(item.data.id);
        if (asset) {
          this.eventRepository.clientSend('on_upload_success', asset.ownerId, asset);
        }
        break;
      }
      case JobName.SmartSearch: {
        if (item.data.source === 'upload') {
          await this.jobRepository.queue({ name: JobName.AssetDetectDuplicates, data: item.data } as JobItem);
        }
        break;
      }
    }
    void handlePromiseError;
  }
}
