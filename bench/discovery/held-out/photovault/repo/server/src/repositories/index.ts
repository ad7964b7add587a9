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

export const repositories = [
  ConfigRepository,
  DatabaseRepository,
  EmailRepository,
  EventRepository,
  JobRepository,
  LoggingRepository,
  MachineLearningRepository,
  MapRepository,
  ServerInfoRepository,
  StorageRepository,
  SystemMetadataRepository,
  TelemetryRepository,
];
