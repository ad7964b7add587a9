import { Controller, Get } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  NatsOptions,
  RedisOptions,
  RmqOptions,
  TcpClientOptions,
  Transport,
} from '@nestjs/microservices';
import {
  HealthCheck,
  HealthCheckService,
  HttpHealthIndicator,
  MicroserviceHealthIndicator,
} from '@nestjs/terminus';

/**
 * Readiness probe used by Kubernetes (see k8s/api-gateway.yaml).
 * Only pings dependencies - no business traffic goes through here.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly microservice: MicroserviceHealthIndicator,
    private readonly http: HttpHealthIndicator,
    private readonly config: ConfigService,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () =>
        this.microservice.pingCheck<TcpClientOptions>('auth-service', {
          transport: Transport.TCP,
          options: {
            host: this.config.get('AUTH_SERVICE_HOST'),
            port: this.config.get<number>('AUTH_SERVICE_PORT'),
          },
        }),
      () =>
        this.microservice.pingCheck<RmqOptions>('rabbitmq', {
          transport: Transport.RMQ,
          options: { urls: [this.config.get('RABBITMQ_URL')] },
        }),
      () =>
        this.microservice.pingCheck<NatsOptions>('nats', {
          transport: Transport.NATS,
          options: { servers: this.config.get<string>('NATS_SERVERS').split(',') },
        }),
      () =>
        this.microservice.pingCheck<RedisOptions>('redis', {
          transport: Transport.REDIS,
          options: {
            host: this.config.get('REDIS_HOST'),
            port: this.config.get<number>('REDIS_PORT'),
          },
        }),
      // Upstream payment provider status page: informative only, payments-service owns the integration.
      () =>
        this.http.pingCheck(
          'paystream-status',
          this.config.get('PAYSTREAM_STATUS_URL', 'https://status.paystream.io/api/v2/status.json'),
        ),
    ]);
  }

  @Get('live')
  live() {
    return { status: 'ok' };
  }
}
