import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ServerPingResponse, ServerVersionResponseDto } from 'src/dtos/server.dto';
import { Authenticated } from 'src/middleware/auth.guard';
import { VersionService } from 'src/services/version.service';

@ApiTags('Server')
@Controller('server')
export class ServerController {
  constructor(private versionService: VersionService) {}

  // used by the docker HEALTHCHECK (bin/photovault-healthcheck) and the web hooks
  @Get('ping')
  pingServer(): ServerPingResponse {
    return { res: 'pong' };
  }

  @Get('version')
  getServerVersion(): ServerVersionResponseDto {
    return this.versionService.getVersion();
  }

  @Get('version-check')
  @Authenticated({ admin: true })
  async triggerVersionCheck(): Promise<void> {
    // does not call GitHub here: queues the job for the microservices worker
    await this.versionService.handleQueueVersionCheck();
  }
}
