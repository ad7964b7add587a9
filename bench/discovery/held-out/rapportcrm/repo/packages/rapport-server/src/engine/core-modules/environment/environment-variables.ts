import { plainToClass, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  ValidateIf,
  validateSync,
} from 'class-validator';

import { EmailDriver } from 'src/engine/core-modules/email/interfaces/email.interface';
import { NodeEnvironment } from 'src/engine/core-modules/environment/interfaces/node-environment.interface';
import { StorageDriverType } from 'src/engine/core-modules/file-storage/interfaces';
import { MessageQueueDriverType } from 'src/engine/core-modules/message-queue/interfaces';
import { CacheStorageType } from 'src/engine/core-modules/cache-storage/types/cache-storage-type.enum';
import { ExceptionHandlerDriver } from 'src/engine/core-modules/exception-handler/interfaces';
import { CastToBoolean } from 'src/engine/core-modules/environment/decorators/cast-to-boolean.decorator';
import { CastToPositiveNumber } from 'src/engine/core-modules/environment/decorators/cast-to-positive-number.decorator';
import { IsAWSRegion } from 'src/engine/core-modules/environment/decorators/is-aws-region.decorator';
import { AwsRegion } from 'src/engine/core-modules/environment/interfaces/aws-region.interface';

export class EnvironmentVariables {
  // Misc
  @IsString()
  @IsOptional()
  NODE_ENV: NodeEnvironment = NodeEnvironment.development;

  @CastToPositiveNumber()
  @IsOptional()
  @IsNumber()
  PORT = 3000;

  @IsUrl({ require_tld: false })
  @IsOptional()
  SERVER_URL = 'http://localhost:3000';

  @IsString()
  APP_SECRET: string;

  @CastToBoolean()
  @IsOptional()
  @IsBoolean()
  TELEMETRY_ENABLED = true;

  // Database
  @IsDefined()
  @IsUrl({
    protocols: ['postgres'],
    require_tld: false,
    allow_underscores: true,
  })
  PG_DATABASE_URL: string;

  @CastToBoolean()
  @IsBoolean()
  @IsOptional()
  PG_SSL_ALLOW_SELF_SIGNED = false;

  // Cache & queue
  @IsString()
  @IsOptional()
  CACHE_STORAGE_TYPE: CacheStorageType = CacheStorageType.Redis;

  @CastToPositiveNumber()
  CACHE_STORAGE_TTL: number = 3600 * 24 * 7;

  @IsEnum(MessageQueueDriverType)
  @IsOptional()
  MESSAGE_QUEUE_TYPE: MessageQueueDriverType = MessageQueueDriverType.BullMQ;

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL: string;

  // Storage
  @IsEnum(StorageDriverType)
  @IsOptional()
  STORAGE_TYPE: StorageDriverType = StorageDriverType.Local;

  @ValidateIf((env) => env.STORAGE_TYPE === StorageDriverType.S3)
  @IsAWSRegion()
  STORAGE_S3_REGION: AwsRegion;

  @ValidateIf((env) => env.STORAGE_TYPE === StorageDriverType.S3)
  @IsString()
  STORAGE_S3_NAME: string;

  @IsString()
  @IsOptional()
  STORAGE_S3_ENDPOINT: string;

  @IsString()
  @IsOptional()
  STORAGE_S3_ACCESS_KEY_ID: string;

  @IsString()
  @IsOptional()
  STORAGE_S3_SECRET_ACCESS_KEY: string;

  @IsString()
  @ValidateIf((env) => env.STORAGE_TYPE === StorageDriverType.Local)
  STORAGE_LOCAL_PATH = '.local-storage';

  // Auth
  @CastToBoolean()
  @IsOptional()
  @IsBoolean()
  AUTH_GOOGLE_ENABLED = false;

  @IsString()
  @ValidateIf((env) => env.AUTH_GOOGLE_ENABLED)
  AUTH_GOOGLE_CLIENT_ID: string;

  @IsString()
  @ValidateIf((env) => env.AUTH_GOOGLE_ENABLED)
  AUTH_GOOGLE_CLIENT_SECRET: string;

  @IsUrl({ require_tld: false, require_protocol: true })
  @ValidateIf((env) => env.AUTH_GOOGLE_ENABLED)
  AUTH_GOOGLE_CALLBACK_URL: string;

  @IsUrl({ require_tld: false, require_protocol: true })
  @ValidateIf((env) => env.AUTH_GOOGLE_ENABLED)
  AUTH_GOOGLE_APIS_CALLBACK_URL: string;

  @CastToBoolean()
  @IsOptional()
  @IsBoolean()
  AUTH_MICROSOFT_ENABLED = false;

  @IsString()
  @ValidateIf((env) => env.AUTH_MICROSOFT_ENABLED)
  AUTH_MICROSOFT_CLIENT_ID: string;

  @IsString()
  @ValidateIf((env) => env.AUTH_MICROSOFT_ENABLED)
  AUTH_MICROSOFT_CLIENT_SECRET: string;

  @IsUrl({ require_tld: false, require_protocol: true })
  @ValidateIf((env) => env.AUTH_MICROSOFT_ENABLED)
  AUTH_MICROSOFT_CALLBACK_URL: string;

  @IsUrl({ require_tld: false, require_protocol: true })
  @ValidateIf((env) => env.AUTH_MICROSOFT_ENABLED)
  AUTH_MICROSOFT_APIS_CALLBACK_URL: string;

  @CastToBoolean()
  @IsOptional()
  @IsBoolean()
  AUTH_SSO_ENABLED = false;

  // Messaging / calendar providers
  @CastToBoolean()
  MESSAGING_PROVIDER_GMAIL_ENABLED = false;

  @CastToBoolean()
  CALENDAR_PROVIDER_GOOGLE_ENABLED = false;

  @CastToBoolean()
  MESSAGING_PROVIDER_MICROSOFT_ENABLED = false;

  @CastToBoolean()
  CALENDAR_PROVIDER_MICROSOFT_ENABLED = false;

  @CastToPositiveNumber()
  MESSAGING_PROVIDER_GMAIL_BATCH_SIZE = 20;

  // Email
  @IsString()
  EMAIL_FROM_ADDRESS = 'noreply@yourdomain.com';

  @IsString()
  EMAIL_SYSTEM_ADDRESS = 'system@yourdomain.com';

  @IsString()
  EMAIL_FROM_NAME = 'Felix from Rapport';

  @IsEnum(EmailDriver)
  @IsOptional()
  EMAIL_DRIVER: EmailDriver = EmailDriver.Logger;

  @ValidateIf((env) => env.EMAIL_DRIVER === EmailDriver.Smtp)
  @IsString()
  EMAIL_SMTP_HOST: string;

  @ValidateIf((env) => env.EMAIL_DRIVER === EmailDriver.Smtp)
  @CastToPositiveNumber()
  EMAIL_SMTP_PORT = 587;

  @IsString()
  @IsOptional()
  EMAIL_SMTP_USER: string;

  @IsString()
  @IsOptional()
  EMAIL_SMTP_PASSWORD: string;

  // Observability
  @IsEnum(ExceptionHandlerDriver)
  @IsOptional()
  EXCEPTION_HANDLER_DRIVER: ExceptionHandlerDriver =
    ExceptionHandlerDriver.Console;

  @ValidateIf(
    (env) => env.EXCEPTION_HANDLER_DRIVER === ExceptionHandlerDriver.Sentry,
  )
  @IsString()
  SENTRY_DSN: string;

  @IsString()
  @IsOptional()
  SENTRY_ENVIRONMENT: string;

  API_MAX_FIELD_SIZE = '10mb';

  @IsString()
  @IsOptional()
  @Transform(({ value }) => value?.trim())
  DISABLE_DB_MIGRATIONS = 'false';
}

export const validate = (config: Record<string, unknown>) => {
  const validatedConfig = plainToClass(EnvironmentVariables, config);

  const errors = validateSync(validatedConfig);

  if (errors.length > 0) {
    throw new Error(errors.toString());
  }

  return validatedConfig;
};
