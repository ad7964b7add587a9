import { Controller, Get, Module, Provider } from '@nestjs/common';
import { DalService } from '@pingwell/dal';
import { SharedModule } from './app/shared/shared.module';
import { EventsController } from './app/events/events.controller';
import { TriggerEvent } from './app/events/usecases/trigger-event.usecase';
import { StorageController } from './app/storage/storage.controller';
import { MarkMessageAs } from './app/widgets/usecases/mark-message-as.usecase';
import { GitHubStrategy } from './app/auth/github.strategy';
import { config } from './config';

const authProviders: Provider[] = [];
if (config.GITHUB_OAUTH_CLIENT_ID) {
  authProviders.push(GitHubStrategy);
}

@Controller('health-check')
class HealthController {
  constructor(private dal: DalService) {}

  @Get()
  check() {
    return { status: this.dal.isConnected() ? 'ok' : 'degraded' };
  }
}

@Module({
  imports: [SharedModule],
  controllers: [HealthController, EventsController, StorageController],
  providers: [TriggerEvent, MarkMessageAs, ...authProviders],
})
export class AppModule {}
