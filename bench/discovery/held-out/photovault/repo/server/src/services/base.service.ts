import { Inject, Injectable } from '@nestjs/common';
import { SystemConfig } from 'src/config';
import { ConfigRepository } from 'src/repositories/config.repository';
import { DatabaseRepository } from 'src/repositories/database.repository';
import { EmailRepository } from 'src/repositories/email.repository';
import { EventRepository } from 'src/repositories/event.repository';
import { JobRepository } from 'src/repositories/job.repository';
import { LoggingRepository } from 'src/repositories/logging.repository';
import { MachineLearningRepository } from 'src/repositories/machine-learning.repository';
import { MapRepository } from 'src/repositories/map.repository';
import { ServerInfoRepository } from 'src/repositories/server-info.repository';
import { StorageRepository } from 'src/repositories/storage.repository';
import { SystemMetadataRepository } from 'src/repositories/system-metadata.repository';
import { TelemetryRepository } from 'src/repositories/telemetry.repository';
import { getConfig, updateConfig } from 'src/utils/config';

export const BASE_SERVICE_DEPENDENCIES = [
  LoggingRepository,
  ConfigRepository,
  DatabaseRepository,
  EmailRepository,
  EventRepository,
  JobRepository,
  MachineLearningRepository,
  MapRepository,
  ServerInfoRepository,
  StorageRepository,
  SystemMetadataRepository,
  TelemetryRepository,
];

@Injectable()
export class BaseService {
  constructor(
    @Inject(LoggingRepository) protected logger: LoggingRepository,
    protected configRepository: ConfigRepository,
    protected databaseRepository: DatabaseRepository,
    protected emailRepository: EmailRepository,
    protected eventRepository: EventRepository,
    protected jobRepository: JobRepository,
    protected machineLearningRepository: MachineLearningRepository,
    protected mapRepository: MapRepository,
    protected serverInfoRepository: ServerInfoRepository,
    protected storageRepository: StorageRepository,
    protected systemMetadataRepository: SystemMetadataRepository,
    protected telemetryRepository: TelemetryRepository,
  ) {
    this.logger.setContext(this.constructor.name);
  }

  get worker() {
    return this.configRepository.getWorker();
  }

  private get configRepos() {
    return {
      configRepo: this.configRepository,
      metadataRepo: this.systemMetadataRepository,
      logger: this.logger,
    };
  }

  getConfig(options: { withCache: boolean }): Promise<SystemConfig> {
    return getConfig(this.configRepos, options);
  }

  updateConfig(newConfig: SystemConfig): Promise<SystemConfig> {
    return updateConfig(this.configRepos, newConfig);
  }
}
