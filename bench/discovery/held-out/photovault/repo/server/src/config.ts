import { CronExpression } from '@nestjs/schedule';
import { defaultMapStyles } from 'src/constants';
import { LogLevel, QueueName } from 'src/enum';

export interface MachineLearningConfig {
  enabled: boolean;
  urls: string[];
  availabilityChecks: {
    enabled: boolean;
    timeout: number;
    interval: number;
  };
  clip: {
    enabled: boolean;
    modelName: string;
  };
  duplicateDetection: {
    enabled: boolean;
    maxDistance: number;
  };
  facialRecognition: {
    enabled: boolean;
    modelName: string;
    minScore: number;
    minFaces: number;
    maxDistance: number;
  };
}

export interface SystemConfig {
  backup: { database: { enabled: boolean; cronExpression: string; keepLastAmount: number } };
  job: Record<QueueName, { concurrency: number }>;
  logging: { enabled: boolean; level: LogLevel };
  machineLearning: MachineLearningConfig;
  map: { enabled: boolean; lightStyle: string; darkStyle: string };
  reverseGeocoding: { enabled: boolean };
  newVersionCheck: { enabled: boolean };
  server: { externalDomain: string; loginPageMessage: string; publicUsers: boolean };
  notifications: {
    smtp: {
      enabled: boolean;
      from: string;
      replyTo: string;
      transport: {
        ignoreCert: boolean;
        host: string;
        port: number;
        secure: boolean;
        username: string;
        password: string;
      };
    };
  };
  templates: { email: { welcomeTemplate: string; albumInviteTemplate: string; albumUpdateTemplate: string } };
}

// Defaults only. The effective config is merged with the `system-config` row in the database
// (or PHOTOVAULT_CONFIG_FILE) by SystemConfigService; admins edit it from the web UI.
export const defaults = Object.freeze<SystemConfig>({
  backup: {
    database: {
      enabled: true,
      cronExpression: CronExpression.EVERY_DAY_AT_2AM,
      keepLastAmount: 14,
    },
  },
  job: {
    [QueueName.BackgroundTask]: { concurrency: 5 },
    [QueueName.SmartSearch]: { concurrency: 2 },
    [QueueName.MetadataExtraction]: { concurrency: 5 },
    [QueueName.FaceDetection]: { concurrency: 2 },
    [QueueName.Search]: { concurrency: 5 },
    [QueueName.Sidecar]: { concurrency: 5 },
    [QueueName.Library]: { concurrency: 5 },
    [QueueName.Migration]: { concurrency: 5 },
    [QueueName.ThumbnailGeneration]: { concurrency: 3 },
    [QueueName.VideoConversion]: { concurrency: 1 },
    [QueueName.Notification]: { concurrency: 5 },
    [QueueName.FacialRecognition]: { concurrency: 1 },
    [QueueName.DuplicateDetection]: { concurrency: 1 },
    [QueueName.StorageTemplateMigration]: { concurrency: 1 },
  },
  logging: {
    enabled: true,
    level: LogLevel.Log,
  },
  machineLearning: {
    enabled: process.env.PHOTOVAULT_MACHINE_LEARNING_ENABLED !== 'false',
    urls: [process.env.PHOTOVAULT_MACHINE_LEARNING_URL || 'http://photovault-machine-learning:3003'],
    availabilityChecks: {
      enabled: true,
      timeout: Number(process.env.MACHINE_LEARNING_PING_TIMEOUT) || 2000,
      interval: 30_000,
    },
    clip: {
      enabled: true,
      modelName: 'ViT-B-32__openai',
    },
    duplicateDetection: {
      enabled: true,
      maxDistance: 0.01,
    },
    facialRecognition: {
      enabled: true,
      modelName: 'buffalo_l',
      minScore: 0.7,
      maxDistance: 0.5,
      minFaces: 3,
    },
  },
  map: {
    enabled: true,
    lightStyle: defaultMapStyles.light,
    darkStyle: defaultMapStyles.dark,
  },
  reverseGeocoding: {
    enabled: true,
  },
  newVersionCheck: {
    enabled: true,
  },
  server: {
    externalDomain: '',
    loginPageMessage: '',
    publicUsers: true,
  },
  notifications: {
    smtp: {
      enabled: false,
      from: '',
      replyTo: '',
      transport: {
        ignoreCert: false,
        host: '',
        port: 587,
        secure: false,
        username: '',
        password: '',
      },
    },
  },
  templates: {
    email: {
      welcomeTemplate: '',
      albumInviteTemplate: '',
      albumUpdateTemplate: '',
    },
  },
});
