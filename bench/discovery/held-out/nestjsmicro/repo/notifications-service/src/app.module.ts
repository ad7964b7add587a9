import { BullModule } from '@nestjs/bull';
import { Controller, Get, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { HealthCheck, HealthCheckService, MicroserviceHealthIndicator, TerminusModule } from '@nestjs/terminus';
import { RedisOptions, Transport } from '@nestjs/microservices';
import { MailService } from './mail/mail.service';
import { NotificationsProcessor } from './notifications/notifications.processor';

@Controller('health')
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly ms: MicroserviceHealthIndicator,
    private readonly config: ConfigService,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () =>
        this.ms.pingCheck<RedisOptions>('redis', {
          transport: Transport.REDIS,
          options: { host: this.config.get('REDIS_HOST'), port: this.config.get<number>('REDIS_PORT') },
        }),
    ]);
  }
}

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    TerminusModule,
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        redis: {
          host: config.get('REDIS_HOST', 'localhost'),
          port: config.get<number>('REDIS_PORT', 6379),
        },
        prefix: 'brindle',
      }),
    }),
    BullModule.registerQueue({ name: 'notifications' }),
  ],
  controllers: [HealthController],
  providers: [NotificationsProcessor, MailService],
})
export class AppModule {}
