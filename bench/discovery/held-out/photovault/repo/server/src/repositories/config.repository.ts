import { RegisterQueueOptions } from '@nestjs/bullmq';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { QueueOptions } from 'bullmq';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Request, Response } from 'express';
import { RedisOptions } from 'ioredis';
import { CLS_ID, ClsModuleOptions } from 'nestjs-cls';
import { OpenTelemetryModuleOptions } from 'nestjs-otel/lib/interfaces';
import { join } from 'node:path';
import { citiesFile, excludePaths } from 'src/constants';
import { Telemetry } from 'src/decorators';
import { EnvDto } from 'src/dtos/env.dto';
import {
  DatabaseExtension,
  LogLevel,
  PhotoVaultEnvironment,
  PhotoVaultTelemetry,
  PhotoVaultWorker,
  QueueName,
} from 'src/enum';
import { DatabaseConnectionParams, VectorExtension } from 'src/types';
import { setDifference } from 'src/utils/set';

export interface EnvData {
  host?: string;
  port: number;
  environment: PhotoVaultEnvironment;
  configFile?: string;
  logLevel?: LogLevel;

  buildMetadata: {
    build?: string;
    buildUrl?: string;
    buildImage?: string;
    repository?: string;
    sourceRef?: string;
    sourceCommit?: string;
  };

  bull: {
    config: QueueOptions;
    queues: RegisterQueueOptions[];
  };

  cls: {
    config: ClsModuleOptions;
  };

  database: {
    config: DatabaseConnectionParams;
    skipMigrations: boolean;
    vectorExtension?: VectorExtension;
  };

  licensePublicKey: {
    client: string;
    server: string;
  };

  machineLearning: {
    // overrides the url stored in the system config when set
    urlOverride?: string[];
  };

  network: {
    trustedProxies: string[];
  };

  otel: OpenTelemetryModuleOptions;

  resourcePaths: {
    lockFile: string;
    geodata: {
      dateFile: string;
      admin1: string;
      admin2: string;
      cities500: string;
      naturalEarthCountriesPath: string;
    };
    web: {
      root: string;
      indexHtml: string;
    };
  };

  redis: RedisOptions;

  telemetry: {
    apiPort: number;
    microservicesPort: number;
    metrics: Set<PhotoVaultTelemetry>;
  };

  storage: {
    ignoreMountCheckErrors: boolean;
  };

  workers: PhotoVaultWorker[];

  noColor: boolean;
  nodeVersion?: string;
}

const productionKeys = {
  client:
    'LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUlJQ0lqQU5CZ2txaGtpRzl3MEJBUUVGQUFPQ0FnOEFNSUlDQ2dLQ0FnRUF2LzdTMzJjUkE1KysxTm5WRHNDTQpzcFAvakpISU1xT0pYRm5oNE53QTJPcHorUk1mZGNvOTJQc09TSWNnT1F1dlAzaDlNV2lkRmRBcmdtNEd5N3J5eQo=',
  server:
    'LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUlJQ0lqQU5CZ2txaGtpRzl3MEJBUUVGQUFPQ0FnOEFNSUlDQ2dLQ0FnRUFvcG5ZRGEwYS9kVTVJZUc3NGlFRQpNd2RBS2pzTmN6TGFvcnJ3MlpkbmVGa0wK',
};

const WORKER_TYPES = new Set(Object.values(PhotoVaultWorker));

const asSet = <T>(value: string | undefined, defaults: T[]) => {
  const values = (value || '').replaceAll(/\s/g, '').split(',').filter(Boolean);
  return new Set(values.length === 0 ? defaults : (values as T[]));
};

const resolveHostFromEnv = (): string | undefined => {
  if (process.env.PHOTOVAULT_HOST) {
    return process.env.PHOTOVAULT_HOST;
  }
  if (process.env.HOST) {
    return process.env.HOST;
  }
};

const getEnv = (): EnvData => {
  const dto = plainToInstance(EnvDto, process.env);
  const errors = validateSync(dto);
  if (errors.length > 0) {
    throw new Error(
      `Invalid environment variables: ${errors.map((error) => `${error.property}=${error.value}`).join(', ')}`,
    );
  }

  const includedWorkers = asSet(dto.PHOTOVAULT_WORKERS_INCLUDE, [PhotoVaultWorker.Api, PhotoVaultWorker.Microservices]);
  const excludedWorkers = asSet(dto.PHOTOVAULT_WORKERS_EXCLUDE, []);
  const workers = [...setDifference(includedWorkers, excludedWorkers)];
  for (const worker of workers) {
    if (!WORKER_TYPES.has(worker)) {
      throw new Error(`Invalid worker(s) found: ${workers.join(',')}`);
    }
  }

  const environment = dto.PHOTOVAULT_ENV || PhotoVaultEnvironment.Production;
  const isProd = environment === PhotoVaultEnvironment.Production;
  const buildFolder = dto.PHOTOVAULT_BUILD_DATA || '/build';
  const folders = {
    geodata: join(buildFolder, 'geodata'),
    web: join(buildFolder, 'www'),
  };

  let redisConfig: RedisOptions = {
    host: dto.REDIS_HOSTNAME || 'redis',
    port: dto.REDIS_PORT || 6379,
    db: dto.REDIS_DBINDEX || 0,
    username: dto.REDIS_USERNAME || undefined,
    password: dto.REDIS_PASSWORD || undefined,
    path: dto.REDIS_SOCKET || undefined,
  };

  const redisUrl = dto.REDIS_URL;
  if (redisUrl && redisUrl.startsWith('ioredis://')) {
    try {
      redisConfig = JSON.parse(Buffer.from(redisUrl.slice(10), 'base64').toString());
    } catch (error) {
      throw new Error(`Failed to decode redis options: ${error}`);
    }
  }

  const includedTelemetries =
    dto.PHOTOVAULT_TELEMETRY_INCLUDE === 'all'
      ? new Set(Object.values(PhotoVaultTelemetry))
      : asSet<PhotoVaultTelemetry>(dto.PHOTOVAULT_TELEMETRY_INCLUDE, []);

  const excludedTelemetries = asSet<PhotoVaultTelemetry>(dto.PHOTOVAULT_TELEMETRY_EXCLUDE, []);
  const telemetries = setDifference(includedTelemetries, excludedTelemetries);

  const databaseConnection: DatabaseConnectionParams = dto.DB_URL
    ? { connectionType: 'url', url: dto.DB_URL }
    : {
        connectionType: 'parts',
        host: dto.DB_HOSTNAME || 'database',
        port: dto.DB_PORT || 5432,
        username: dto.DB_USERNAME || 'postgres',
        password: dto.DB_PASSWORD || 'postgres',
        database: dto.DB_DATABASE_NAME || 'photovault',
        ssl: dto.DB_SSL_MODE || undefined,
      };

  let vectorExtension: VectorExtension | undefined;
  switch (dto.DB_VECTOR_EXTENSION) {
    case 'pgvector': {
      vectorExtension = DatabaseExtension.Vector;
      break;
    }
    case 'pgvecto.rs': {
      vectorExtension = DatabaseExtension.Vectors;
      break;
    }
    case 'vectorchord': {
      vectorExtension = DatabaseExtension.VectorChord;
      break;
    }
  }

  return {
    host: resolveHostFromEnv(),
    port: dto.PHOTOVAULT_PORT || 2283,
    environment,
    configFile: dto.PHOTOVAULT_CONFIG_FILE,
    logLevel: dto.PHOTOVAULT_LOG_LEVEL,

    buildMetadata: {
      build: dto.PHOTOVAULT_BUILD,
      buildUrl: dto.PHOTOVAULT_BUILD_URL,
      buildImage: dto.PHOTOVAULT_BUILD_IMAGE,
      repository: dto.PHOTOVAULT_REPOSITORY,
      sourceRef: dto.PHOTOVAULT_SOURCE_REF,
      sourceCommit: dto.PHOTOVAULT_SOURCE_COMMIT,
    },

    bull: {
      config: {
        prefix: 'photovault_bull',
        connection: { ...redisConfig },
        defaultJobOptions: {
          attempts: 3,
          removeOnComplete: true,
          removeOnFail: false,
        },
      },
      queues: Object.values(QueueName).map((name) => ({ name })),
    },

    cls: {
      config: {
        middleware: {
          mount: true,
          generateId: true,
          setup: (cls, req: Request, res: Response) => {
            const headerValues = req.headers['x-photovault-cid'];
            const headerValue = Array.isArray(headerValues) ? headerValues[0] : headerValues;
            const cid = headerValue || cls.get(CLS_ID);
            cls.set(CLS_ID, cid);
            res.header('x-photovault-cid', cid);
          },
        },
      },
    },

    database: {
      config: databaseConnection,
      skipMigrations: dto.DB_SKIP_MIGRATIONS ?? false,
      vectorExtension,
    },

    licensePublicKey: isProd ? productionKeys : productionKeys,

    machineLearning: {
      urlOverride: dto.PHOTOVAULT_MACHINE_LEARNING_URL
        ? dto.PHOTOVAULT_MACHINE_LEARNING_URL.split(',').map((url) => url.trim())
        : undefined,
    },

    network: {
      trustedProxies: dto.PHOTOVAULT_TRUSTED_PROXIES ?? ['linklocal', 'uniquelocal'],
    },

    otel: {
      metrics: {
        hostMetrics: telemetries.has(PhotoVaultTelemetry.Host),
        apiMetrics: {
          enable: telemetries.has(PhotoVaultTelemetry.Api),
          ignoreRoutes: excludePaths,
        },
      },
    },

    redis: redisConfig,

    resourcePaths: {
      lockFile: join(buildFolder, 'build-lock.json'),
      geodata: {
        dateFile: join(folders.geodata, 'geodata-date.txt'),
        admin1: join(folders.geodata, 'admin1CodesASCII.txt'),
        admin2: join(folders.geodata, 'admin2Codes.txt'),
        cities500: join(folders.geodata, citiesFile),
        naturalEarthCountriesPath: join(folders.geodata, 'ne_10m_admin_0_countries.geojson'),
      },
      web: {
        root: folders.web,
        indexHtml: join(folders.web, 'index.html'),
      },
    },

    storage: {
      ignoreMountCheckErrors: !!dto.PHOTOVAULT_IGNORE_MOUNT_CHECK_ERRORS,
    },

    telemetry: {
      apiPort: dto.PHOTOVAULT_API_METRICS_PORT || 8081,
      microservicesPort: dto.PHOTOVAULT_MICROSERVICES_METRICS_PORT || 8082,
      metrics: telemetries,
    },

    workers,

    noColor: !!dto.NO_COLOR,
  };
};

let cached: EnvData | undefined;

@Injectable()
@Telemetry({ enabled: false })
export class ConfigRepository {
  constructor(@Inject('PHOTOVAULT_ENV_OVERRIDE') @Optional() private override?: Partial<EnvData>) {}

  getEnv(): EnvData {
    if (!cached) {
      cached = getEnv();
    }
    return this.override ? { ...cached, ...this.override } : cached;
  }

  getWorker() {
    return this.getEnv().workers.length === 1 ? this.getEnv().workers[0] : undefined;
  }
}

export const clearEnvCache = () => (cached = undefined);
