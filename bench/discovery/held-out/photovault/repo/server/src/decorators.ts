import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { EmitEvent } from 'src/repositories/event.repository';
import { JobName, MetadataKey, PhotoVaultWorker, QueueName } from 'src/enum';

export type EventConfig = {
  name: EmitEvent;
  /** handle socket.io server events as well  */
  server?: boolean;
  /** lower value has higher priority, defaults to 0 */
  priority?: number;
  /** register events for these workers, defaults to all workers */
  workers?: PhotoVaultWorker[];
};
export const OnEvent = (config: EventConfig) => SetMetadata(MetadataKey.EventConfig, config);

export type JobConfig = {
  name: JobName;
  queue: QueueName;
};
export const OnJob = (config: JobConfig) => SetMetadata(MetadataKey.JobConfig, config);

export const Telemetry = (options: { enabled?: boolean }) =>
  SetMetadata(MetadataKey.TelemetryEnabled, options?.enabled ?? true);

export const EndpointLifecycle = ({ addedAt, deprecatedAt }: { addedAt?: string; deprecatedAt?: string }) => {
  const decorators: MethodDecorator[] = [ApiExtension('x-photovault-lifecycle', { addedAt, deprecatedAt })];
  if (deprecatedAt) {
    decorators.push(ApiTags('Deprecated'), ApiOperation({ deprecated: true }));
  }
  return applyDecorators(...decorators);
};

export const PropertyLifecycle = ({ addedAt }: { addedAt?: string }) =>
  ApiProperty({ description: addedAt ? `This property was added in ${addedAt}` : undefined });
